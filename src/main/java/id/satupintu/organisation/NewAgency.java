package id.satupintu.organisation;

import java.util.Optional;

/**
 * An agency to create.
 *
 * @param regionCode required for KECAMATAN and KELURAHAN offices (a region of that level), refused otherwise
 */
public record NewAgency(String code, AgencyKind kind, String nameId, String nameEn, String shortName,
                        Optional<String> regionCode) {

    /** A lowercase slug: letters, digits and hyphens. */
    public static final String CODE_PATTERN = "[a-z0-9-]{2,40}";
    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 60;
}
