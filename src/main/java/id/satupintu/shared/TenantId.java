package id.satupintu.shared;

import java.util.regex.Pattern;

/**
 * A tenant is one regional government (kota/kabupaten), named by its Kemendagri code, e.g. {@code 35.78} for
 * Kota Surabaya. Every row and every query is scoped by it.
 */
public record TenantId(String code) {

    private static final Pattern KEMENDAGRI_REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");

    public TenantId {
        if (code == null || !KEMENDAGRI_REGENCY.matcher(code).matches()) {
            throw new InvalidInputException("tenant.invalid", "Tenant code must look like 35.78");
        }
    }

    public static TenantId of(String code) {
        return new TenantId(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
