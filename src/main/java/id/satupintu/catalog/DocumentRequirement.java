package id.satupintu.catalog;

/** A document the applicant uploads with the form. */
public record DocumentRequirement(String code, LocalizedText names, boolean required) {
}
