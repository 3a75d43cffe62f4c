package id.satupintu.applications.internal;

import org.jspecify.annotations.Nullable;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.internal.Rows.PartRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One service of an {@link Application} with its steps, in stages. The workflow moves a part on as far as it goes:
 * it opens the next stage when one is done, passes automatic steps, and grants the part when every step was
 * approved or rejects it (cancelling what is left) when one was rejected.
 */
final class Part {

    private final Application application;
    private PartRow row;
    private final List<Step> steps = new ArrayList<>();
    private final boolean isNew;
    private boolean changed;

    Part(Application application, PartRow row, boolean isNew) {
        this.application = application;
        this.row = row;
        this.isNew = isNew;
    }

    void add(Step step) {
        steps.add(step);
        steps.sort(Comparator.comparingInt((Step s) -> s.row().stage()).thenComparingInt(s -> s.row().position()));
    }

    /** Moves on as far as the part goes now; true when it is finished afterwards. */
    boolean moveOn(Instant now) {
        while (true) {
            if (row.status().finished()) {
                return true;
            }
            if (steps.stream().anyMatch(step -> step.status() == StepStatus.REJECTED)) {
                steps.stream().filter(step -> !step.status().finished()).forEach(step -> step.cancel(now));
                finish(PartMove.REJECT, null, now);
                return true;
            }
            Optional<Integer> current = steps.stream().filter(step -> step.status() != StepStatus.APPROVED)
                    .map(Step::stage).min(Integer::compare);
            if (current.isEmpty()) {
                DocumentIssuer.Issued issued = application.issuer().issue(application, this, now);
                finish(PartMove.GRANT, issued.documentId(), now);
                application.documentIssued(issued, now);
                return true;
            }
            List<Step> waiting = steps.stream()
                    .filter(step -> step.stage() == current.get() && step.status() == StepStatus.WAITING).toList();
            if (waiting.isEmpty()) {
                return false; // the stage is being worked on
            }
            waiting.forEach(step -> step.open(now));
            if (waiting.stream().noneMatch(Step::automatic)) {
                return false;
            }
        }
    }

    private void finish(PartMove move, @Nullable UUID documentId, Instant now) {
        row = new PartRow(row.id(), row.applicationId(), row.position(), row.serviceCode(), row.serviceVersion(),
                move.from(row.status()), documentId, now);
        changed = true;
    }

    Application application() {
        return application;
    }

    PartRow row() {
        return row;
    }

    UUID id() {
        return row.id();
    }

    String serviceCode() {
        return row.serviceCode();
    }

    PartStatus status() {
        return row.status();
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    boolean isNew() {
        return isNew;
    }

    boolean changed() {
        return changed || isNew;
    }
}
