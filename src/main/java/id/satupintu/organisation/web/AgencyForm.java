package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyChange;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.NewAgency;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The agency form as typed, kept as text so that a wrong value can be shown back to the admin unchanged.
 * {@code code} counts only when creating (it never changes); {@code version} and {@code active} only when editing.
 */
public record AgencyForm(@Nullable String code, @Nullable String kind, @Nullable String nameId,
                         @Nullable String nameEn, @Nullable String shortName, @Nullable String regionCode,
                         @Nullable Boolean active, @Nullable Integer version) {

    static AgencyForm empty() {
        return new AgencyForm("", "", "", "", "", "", true, 0);
    }

    static AgencyForm of(AgencyView agency) {
        return new AgencyForm(agency.code(), agency.kind().name(), agency.nameId(), agency.nameEn(),
                agency.shortName(), agency.regionCode().orElse(""), agency.active(), agency.version());
    }

    public String value(@Nullable String text) {
        return text == null ? "" : text;
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    public int versionOrZero() {
        return version == null ? 0 : version;
    }

    /** The checks that need no database, all at once; the module checks again and checks the rest. */
    FormProblems problems(boolean creating) {
        FormProblems.Collector problems = new FormProblems.Collector();
        if (creating && !value(code).strip().toLowerCase(Locale.ROOT).matches(NewAgency.CODE_PATTERN)) {
            problems.add("code", "organisation.agency.code.invalid");
        }
        if (parsedKind().isEmpty()) {
            problems.add("kind", "organisation.agency.kind.required");
        }
        text(problems, "nameId", nameId, NewAgency.NAME_MAX);
        text(problems, "nameEn", nameEn, NewAgency.NAME_MAX);
        text(problems, "shortName", shortName, NewAgency.SHORT_NAME_MAX);
        return problems.done();
    }

    NewAgency toNewAgency() {
        return new NewAgency(value(code), parsedKind().orElseThrow(), value(nameId), value(nameEn), value(shortName),
                region());
    }

    AgencyChange toChange() {
        return new AgencyChange(parsedKind().orElseThrow(), value(nameId), value(nameEn), value(shortName), region(),
                isActive());
    }

    private Optional<String> region() {
        return Optional.of(value(regionCode).strip()).filter(text -> !text.isEmpty());
    }

    private Optional<AgencyKind> parsedKind() {
        return Arrays.stream(AgencyKind.values()).filter(candidate -> candidate.name().equals(kind)).findFirst();
    }

    private static void text(FormProblems.Collector problems, String field, @Nullable String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            problems.add(field, "organisation.agency." + field + ".required");
        } else if (stripped.length() > max) {
            problems.add(field, "organisation.agency." + field + ".tooLong", max);
        }
    }
}
