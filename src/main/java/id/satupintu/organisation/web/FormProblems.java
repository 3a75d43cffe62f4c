package id.satupintu.organisation.web;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong in a submitted form, as message keys in form order: the template shows them in an error summary
 * at the top, each linking to its field, and again next to the field (the GOV.UK pattern).
 */
public record FormProblems(List<Problem> all) {

    /**
     * One problem. {@code field} is the input it concerns (shown next to it), or {@link #WHOLE_FORM};
     * {@code anchor} is the id the summary links to.
     */
    public record Problem(String field, String anchor, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** The field of a problem with the form as a whole (someone else saved first): shown in the summary only. */
    public static final String WHOLE_FORM = "";

    public FormProblems {
        all = List.copyOf(all);
    }

    static FormProblems none() {
        return new FormProblems(List.of());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return of(field).isPresent();
    }

    public Optional<Problem> of(String field) {
        return all.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    /** The ids of what describes a field (its hint, its error), for {@code aria-describedby}; null for none. */
    public @Nullable String describedBy(String field, boolean hasHint) {
        String error = has(field) ? field + "-error" : "";
        String hint = hasHint ? field + "-hint" : "";
        String ids = (hint + " " + error).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** Collects problems in form order; the first one per field wins. */
    static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        Collector add(String field, String messageKey, Object... arguments) {
            if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
                problems.add(new Problem(field, field, messageKey, List.of(arguments)));
            }
            return this;
        }

        Collector addForWholeForm(String firstField, String messageKey, Object... arguments) {
            problems.add(new Problem(WHOLE_FORM, firstField, messageKey, List.of(arguments)));
            return this;
        }

        FormProblems done() {
            return new FormProblems(problems);
        }
    }
}
