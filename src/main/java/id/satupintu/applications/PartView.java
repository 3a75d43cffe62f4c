package id.satupintu.applications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One service of an application: the only part of a plain application, one of several of a life-event bundle.
 *
 * @param documentId the document issued when the part was granted
 */
public record PartView(UUID id, String serviceCode, int serviceVersion, PartStatus status, Optional<UUID> documentId,
                       List<StepView> steps) {

    public PartView {
        steps = List.copyOf(steps);
    }

    public enum PartStatus {
        IN_PROGRESS, GRANTED, REJECTED;

        public boolean finished() {
            return this != IN_PROGRESS;
        }
    }
}
