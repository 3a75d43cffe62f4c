package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every published complaint event says about its complaint, so a scorecard or a dashboard updates without
 * calling back: which complaint, what kind of problem, where, how it came in. Never who reported it.
 */
public record ComplaintFacts(UUID complaintId, String trackingCode, String categoryCode, Optional<String> kecamatanCode,
                             Optional<String> kelurahanCode, Channel channel, Instant submittedAt) {
}
