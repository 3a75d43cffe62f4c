package id.satupintu.catalog;

import java.util.List;

/** Stages run one after another; the steps of one stage run at the same time (one step: a plain sequential step). */
public record WorkflowStage(List<WorkflowStep> steps) {

    public WorkflowStage {
        steps = List.copyOf(steps);
    }

    public boolean parallel() {
        return steps.size() > 1;
    }
}
