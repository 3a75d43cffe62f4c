package id.satupintu.complaints;

/**
 * How much of the reporter the city keeps and shows. In every mode, public views and Open311 show nothing that
 * identifies a reporter.
 * <ul>
 *     <li>{@link #PUBLIC}: the complaint is listed publicly; officers see who reported it.</li>
 *     <li>{@link #CONFIDENTIAL}: the complaint is not listed publicly and the agencies do not see who reported it;
 *     the reporter follows it signed in.</li>
 *     <li>{@link #ANONYMOUS}: no identity is kept at all (not even the account), so nobody can be notified and the
 *     resolution closes on its own after the waiting period.</li>
 * </ul>
 */
public enum PrivacyMode {
    PUBLIC, CONFIDENTIAL, ANONYMOUS;

    /** Shown in the public list, map and Open311. */
    public boolean listedPublicly() {
        return this != CONFIDENTIAL;
    }
}
