package id.satupintu.identity;

/**
 * Protection of personal data other modules keep (e.g. the e-mail an outside client gives for a complaint's
 * reporter): sealed with the platform's data key (AES-GCM) so a database copy alone does not reveal it, and keyed
 * fingerprints for look-ups that must not be reversible. All nodes share the key ({@code SATUPINTU_DATA_KEY}).
 */
public interface PersonalDataVault {

    /** The value encrypted; every call gives a different text. */
    String seal(String value);

    /** The value a {@link #seal} produced. */
    String open(String sealed);

    /** A keyed hash (hex): equal inputs give equal outputs; nobody without the key can compute or reverse one. */
    String fingerprint(String value);
}
