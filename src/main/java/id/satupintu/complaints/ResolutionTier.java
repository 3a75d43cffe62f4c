package id.satupintu.complaints;

/**
 * Resolution deadlines published as service standards on SIPPN (working days): a light complaint, a normative
 * one, one without a supervisory element, one needing investigation. Each category names its tier.
 */
public enum ResolutionTier {
    LIGHT(2), NORMATIVE(5), NO_SUPERVISION(14), INVESTIGATION(60);

    private final int workingDays;

    ResolutionTier(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}
