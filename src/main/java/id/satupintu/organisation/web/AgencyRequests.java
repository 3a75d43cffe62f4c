package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyChange;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.NewAgency;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;

/** Bodies of the agency API's writes. Fields are nullable as JSON may omit them; validation refuses that. */
final class AgencyRequests {

    /** The names of {@link AgencyKind}, for validation messages that name the field (a test keeps them equal). */
    static final String KIND_PATTERN = "DINAS|BADAN|SATPOL|SEKRETARIAT|INSPEKTORAT|KECAMATAN|KELURAHAN";

    private AgencyRequests() {
    }

    record Create(
            @NotBlank @Pattern(regexp = NewAgency.CODE_PATTERN) @Nullable String code,
            @NotBlank @Pattern(regexp = KIND_PATTERN) @Nullable String kind,
            @NotBlank @Size(max = NewAgency.NAME_MAX) @Nullable String nameId,
            @NotBlank @Size(max = NewAgency.NAME_MAX) @Nullable String nameEn,
            @NotBlank @Size(max = NewAgency.SHORT_NAME_MAX) @Nullable String shortName,
            @Size(max = 20) @Nullable String regionCode) {

        NewAgency toNewAgency() {
            return new NewAgency(Objects.requireNonNull(code), AgencyKind.valueOf(Objects.requireNonNull(kind)),
                    Objects.requireNonNull(nameId), Objects.requireNonNull(nameEn), Objects.requireNonNull(shortName),
                    Optional.ofNullable(regionCode));
        }
    }

    /** @param version the version read before the change; a stale one is answered 409 */
    record Update(
            @NotBlank @Pattern(regexp = KIND_PATTERN) @Nullable String kind,
            @NotBlank @Size(max = NewAgency.NAME_MAX) @Nullable String nameId,
            @NotBlank @Size(max = NewAgency.NAME_MAX) @Nullable String nameEn,
            @NotBlank @Size(max = NewAgency.SHORT_NAME_MAX) @Nullable String shortName,
            @Size(max = 20) @Nullable String regionCode,
            @NotNull @Nullable Boolean active,
            @NotNull @Min(0) @Nullable Integer version) {

        AgencyChange toChange() {
            return new AgencyChange(AgencyKind.valueOf(Objects.requireNonNull(kind)), Objects.requireNonNull(nameId),
                    Objects.requireNonNull(nameEn), Objects.requireNonNull(shortName), Optional.ofNullable(regionCode),
                    Objects.requireNonNull(active));
        }

        int expectedVersion() {
            return Objects.requireNonNull(version);
        }
    }
}
