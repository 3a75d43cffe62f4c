package id.satupintu.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What anyone holding a tracking code may see: no name, NIK, answers, uploads or officer.
 *
 * @param steps each step's name, agency and state, in order
 */
public record PublicStatus(String trackingCode, String subjectCode, boolean bundle, ApplicationStatus status,
                           Instant submittedAt, Instant dueAt, Optional<Instant> completedAt, boolean overdue,
                           List<PublicStep> steps, List<TimelineEntry> timeline) {

    public PublicStatus {
        steps = List.copyOf(steps);
        timeline = List.copyOf(timeline);
    }

    public record PublicStep(String serviceCode, String nameId, String nameEn, String agencyCode, StepStatus status,
                             Optional<Instant> dueAt, Optional<Instant> completedAt) {
        public String name(String lang) {
            return "en".equals(lang) ? nameEn : nameId;
        }
    }
}
