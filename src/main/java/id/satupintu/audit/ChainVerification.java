package id.satupintu.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of walking one tenant's audit chain from its first entry to its head.
 *
 * @param entriesChecked entries found intact (on a broken chain: those before the first broken one)
 * @param firstBrokenSeq where the chain breaks: the edited or relinked entry, the first missing one, or the first
 *                       entry not covered by the head; empty when the chain is intact
 * @param problem        what is wrong there; empty when the chain is intact
 */
public record ChainVerification(boolean valid, long entriesChecked, OptionalLong firstBrokenSeq,
                                Optional<Problem> problem, Instant checkedAt) {

    public enum Problem {
        /** The entry's content no longer matches its hash: the row was edited. */
        HASH_MISMATCH,
        /** Sequence numbers skip this one: the row was deleted. */
        GAP,
        /** The entry does not point at the hash of the one before it: rows were reordered or inserted. */
        LINK_BROKEN,
        /** The head disagrees with the last entry: entries were removed from, or added at, the end. */
        HEAD_MISMATCH
    }

    public static ChainVerification intact(long entriesChecked, Instant checkedAt) {
        return new ChainVerification(true, entriesChecked, OptionalLong.empty(), Optional.empty(), checkedAt);
    }

    public static ChainVerification broken(long entriesChecked, long firstBrokenSeq, Problem problem, Instant checkedAt) {
        return new ChainVerification(false, entriesChecked, OptionalLong.of(firstBrokenSeq), Optional.of(problem), checkedAt);
    }
}
