package id.satupintu.identity;

/**
 * A string was offered as a NIK but breaks one of its structural rules. The message never contains the
 * offered value, so the exception can be logged safely.
 */
public final class InvalidNikException extends id.satupintu.shared.InvalidInputException {

    /** Which rule the offered NIK broke; checked in this order, the first broken rule wins. */
    public enum Reason {
        /** Not exactly 16 ASCII digits. */
        FORMAT("a NIK is exactly 16 digits"),
        /** First two digits are not a Kemendagri province code. */
        PROVINCE("the province code is unknown"),
        /** Regency/city code (digits 3-4) is 00. */
        REGENCY("the regency/city code is 00"),
        /** District (kecamatan) code (digits 5-6) is 00. */
        DISTRICT("the district (kecamatan) code is 00"),
        /** Birth date DDMMYY (DD + 40 for women) is not a calendar date. */
        BIRTH_DATE("the birth date is not a valid date"),
        /** Serial number (last 4 digits) is 0000. */
        SERIAL("the serial number is 0000");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public InvalidNikException(Reason reason) {
        super("nik", "identity.nik." + reason.name().toLowerCase(java.util.Locale.ROOT), "Invalid NIK: " + reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
