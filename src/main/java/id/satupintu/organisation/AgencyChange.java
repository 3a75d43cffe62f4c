package id.satupintu.organisation;

import java.util.Optional;

/** New values for an agency; the code stays as it is. Same rules as {@link NewAgency}. */
public record AgencyChange(AgencyKind kind, String nameId, String nameEn, String shortName,
                           Optional<String> regionCode, boolean active) {
}
