package id.satupintu.catalog;

import id.satupintu.shared.Role;

import java.util.Optional;

/**
 * One step of a service's workflow. {@code agency} is an agency code, or {@code @kelurahan} / {@code @kecamatan}
 * for the office of the applicant's area (resolved at submission). Automatic steps need no officer: low-risk
 * permits are issued at once, as OSS-RBA does.
 */
public record WorkflowStep(String code, Optional<String> agency, Optional<Role> role, LocalizedText names,
                           int slaWorkingDays, boolean automatic) {

    public static final String APPLICANT_KELURAHAN = "@kelurahan";
    public static final String APPLICANT_KECAMATAN = "@kecamatan";
}
