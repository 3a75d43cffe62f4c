package id.satupintu.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed moves of a state machine, listed once as (state, move) → next state; every pair not listed is refused.
 * A status enum keeps its table in a static field and answers from it, so what may happen next is written in one
 * place and tested pair by pair.
 */
public final class TransitionTable<S extends Enum<S>, M extends Enum<M>> {

    private final Map<S, Map<M, S>> rows;
    private final Class<S> states;
    private final Class<M> moves;

    private TransitionTable(Class<S> states, Class<M> moves) {
        this.states = states;
        this.moves = moves;
        this.rows = new EnumMap<>(states);
        for (S state : states.getEnumConstants()) {
            rows.put(state, new EnumMap<>(moves));
        }
    }

    /** An empty table of these states and moves; fill it with {@link #allow} while the status type initialises. */
    public static <S extends Enum<S>, M extends Enum<M>> TransitionTable<S, M> of(Class<S> states, Class<M> moves) {
        return new TransitionTable<>(states, moves);
    }

    /** Lists one allowed move; returns the table for the next. */
    public TransitionTable<S, M> allow(S from, M move, S to) {
        if (row(from).put(move, to) != null) {
            throw new IllegalStateException(states.getSimpleName() + " " + from + " lists " + move + " twice");
        }
        return this;
    }

    /** Where {@code move} leads from {@code from}; empty when the table does not allow it. */
    public Optional<S> after(S from, M move) {
        return Optional.ofNullable(row(from).get(move));
    }

    public boolean allows(S from, M move) {
        return row(from).containsKey(move);
    }

    /** The moves allowed from {@code from}. */
    public Set<M> moves(S from) {
        Set<M> allowed = row(from).keySet();
        return allowed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    /** The states one move away from {@code from}. */
    public Set<S> next(S from) {
        Set<S> next = EnumSet.noneOf(states);
        next.addAll(row(from).values());
        return Collections.unmodifiableSet(next);
    }

    /** Nothing can change a state without moves any more. */
    public boolean isFinal(S from) {
        return row(from).isEmpty();
    }

    private Map<M, S> row(S from) {
        // every state has its row: the constructor puts one in for each value
        return java.util.Objects.requireNonNull(rows.get(from), () -> "no row for " + from + " in " + moves.getSimpleName());
    }
}
