package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters of the public list (and Open311 GET requests). Empty means "any".
 *
 * @param text     words searched in description and address (Bahasa Indonesia full text on PostgreSQL)
 * @param page     0-based
 * @param size     at most 1,000
 */
public record ComplaintQuery(Optional<String> categoryCode, Optional<String> agencyCode,
                             Optional<ComplaintStatus> status, Optional<Boolean> open, Optional<String> kecamatanCode,
                             Optional<Instant> from, Optional<Instant> to, Optional<String> text, boolean overdueOnly,
                             int page, int size) {

    public static final int MAX_SIZE = 1000;

    public static ComplaintQuery all(int page, int size) {
        return new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, page, size);
    }
}
