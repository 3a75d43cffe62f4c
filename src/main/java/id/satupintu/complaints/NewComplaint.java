package id.satupintu.complaints;

import java.util.List;
import java.util.Optional;

/**
 * What a reporter sends. A place is a point or an address (or both); photos are raw uploads, re-encoded before
 * they are stored.
 *
 * @param contact         for Open311 and API clients filing on someone's behalf: how to reach that person (not kept
 *                        for an anonymous complaint)
 * @param idempotencyKey  the same key from the same reporter (or client) returns the first complaint
 * @param joinInstead     never mind: use {@link Complaints#join} to add oneself to an existing complaint
 */
public record NewComplaint(String categoryCode, String description, Optional<GeoPoint> point, Optional<String> address,
                           PrivacyMode privacy, List<Photo> photos, Channel channel, Optional<ReporterContact> contact,
                           Optional<String> idempotencyKey, String language) {

    public NewComplaint {
        photos = List.copyOf(photos);
    }

    /** An uploaded photo as received. */
    public record Photo(String filename, byte[] content) {
    }

    /** A person an outside client files for; every part optional. */
    public record ReporterContact(Optional<String> email, Optional<String> phone, Optional<String> firstName,
                                  Optional<String> lastName) {
    }
}
