package id.satupintu.complaints;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static id.satupintu.complaints.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint state machine, every pair of states: the moves SP4N-LAPOR!'s flow allows, and every other refused.
 * Written out by hand (not derived from the enum) so a changed rule fails here.
 */
class ComplaintStatusTest {

    static final Set<String> ALLOWED = Set.of(
            "SUBMITTED>VERIFIED", "SUBMITTED>REJECTED", "SUBMITTED>MERGED",
            "VERIFIED>DISPATCHED", "VERIFIED>MERGED",
            "DISPATCHED>IN_PROGRESS", "DISPATCHED>RESOLVED", "DISPATCHED>MERGED",
            "IN_PROGRESS>RESOLVED",
            "RESOLVED>CLOSED", "RESOLVED>CLOSED_NOT_FIXED",
            "CLOSED_NOT_FIXED>DISPATCHED");

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(ComplaintStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(ComplaintStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void onlyTheListedMovesAreAllowed(ComplaintStatus from, ComplaintStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void finalStatesHaveNoWayOut(ComplaintStatus state) {
        assertThat(state.isFinal()).isEqualTo(state == REJECTED || state == CLOSED || state == MERGED);
        assertThat(state.next().isEmpty()).isEqualTo(state.isFinal());
    }

    static Stream<ComplaintStatus> states() {
        return Stream.of(values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void openMeansSomebodyInGovernmentStillHasToAct(ComplaintStatus state) {
        assertThat(state.isOpen()).isEqualTo(EnumSet.of(SUBMITTED, VERIFIED, DISPATCHED, IN_PROGRESS, CLOSED_NOT_FIXED).contains(state));
    }
}
