package id.satupintu.shared;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitionTableTest {

    enum Light { RED, GREEN, BROKEN }

    enum Press { GO, STOP }

    private final TransitionTable<Light, Press> table = TransitionTable.of(Light.class, Press.class)
            .allow(Light.RED, Press.GO, Light.GREEN)
            .allow(Light.GREEN, Press.STOP, Light.RED);

    @Test
    void onlyListedMovesAreAllowed() {
        assertThat(table.after(Light.RED, Press.GO)).contains(Light.GREEN);
        assertThat(table.after(Light.RED, Press.STOP)).isEmpty();
        assertThat(table.allows(Light.GREEN, Press.STOP)).isTrue();
        assertThat(table.allows(Light.GREEN, Press.GO)).isFalse();
        assertThat(table.moves(Light.RED)).containsExactly(Press.GO);
        assertThat(table.next(Light.GREEN)).isEqualTo(Set.of(Light.RED));
    }

    @Test
    void aStateWithoutMovesIsFinal() {
        assertThat(table.isFinal(Light.BROKEN)).isTrue();
        assertThat(table.moves(Light.BROKEN)).isEmpty();
        assertThat(table.next(Light.BROKEN)).isEmpty();
        assertThat(table.isFinal(Light.RED)).isFalse();
    }

    @Test
    void aMoveListedTwiceFromOneStateIsAMistakeInTheTable() {
        assertThatThrownBy(() -> TransitionTable.of(Light.class, Press.class)
                .allow(Light.RED, Press.GO, Light.GREEN).allow(Light.RED, Press.GO, Light.BROKEN))
                .isInstanceOf(IllegalStateException.class);
    }
}
