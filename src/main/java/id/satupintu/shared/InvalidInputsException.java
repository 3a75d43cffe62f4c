package id.satupintu.shared;

import java.util.List;

/** Several fields are wrong at once: a form should show them all, not one per submission. */
public class InvalidInputsException extends InvalidInputException {

    private final List<InvalidInputException> problems;

    public InvalidInputsException(List<InvalidInputException> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey(), problems.getFirst().getMessage(),
                problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInputException> problems() {
        return problems;
    }

    /** Throws when any problem was collected: one as itself, several together. */
    public static void throwIfAny(List<InvalidInputException> problems) {
        if (problems.size() == 1) {
            throw problems.getFirst();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
    }
}
