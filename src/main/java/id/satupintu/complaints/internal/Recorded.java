package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEventKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the moves of a {@link Complaint} recorded since it was loaded or last saved: timeline lines, audit entries,
 * events, and rows to add (photos, supporters, a rating). {@link ComplaintRepository#save} writes them.
 */
final class Recorded {

    /** A timeline line to write. */
    record Line(Instant at, ComplaintEventKind kind, @Nullable String agency, @Nullable String message) {
    }

    /** An audit entry to write: officers' moves only ({@link ComplaintEventKind#audited()}). */
    record Audit(String action, String objectType, UUID objectId, Map<String, String> details) {
    }

    /** A photo to store with the complaint (a report photo when filing, a proof photo when a task is resolved). */
    record NewPhoto(UUID id, String kind, PhotoSanitizer.Photo photo) {
    }

    record NewRating(int stars, String comment) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Audit> audits = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final Set<ComplaintEventKind> told = EnumSet.noneOf(ComplaintEventKind.class);
    private final List<NewPhoto> photos = new ArrayList<>();
    private final List<UUID> supporters = new ArrayList<>();
    private @Nullable NewRating rating;

    /** A line; people are told of its kind once per save, however many lines of the kind (one per agency). */
    void line(Line line, ComplaintChanged change) {
        lines.add(line);
        if (line.kind().notifies() && told.add(line.kind())) {
            events.add(change);
        }
    }

    void audit(Audit audit) {
        audits.add(audit);
    }

    void event(Object event) {
        events.add(event);
    }

    void photo(NewPhoto photo) {
        photos.add(photo);
    }

    void supporters(List<UUID> people) {
        supporters.addAll(people);
    }

    void rating(NewRating newRating) {
        rating = newRating;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<Audit> audits() {
        return List.copyOf(audits);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<NewPhoto> photos() {
        return List.copyOf(photos);
    }

    List<UUID> supporters() {
        return List.copyOf(supporters);
    }

    Optional<NewRating> rating() {
        return Optional.ofNullable(rating);
    }

    void clear() {
        lines.clear();
        audits.clear();
        events.clear();
        told.clear();
        photos.clear();
        supporters.clear();
        rating = null;
    }
}
