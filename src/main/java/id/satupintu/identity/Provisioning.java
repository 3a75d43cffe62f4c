package id.satupintu.identity;

import id.satupintu.shared.TenantId;

/**
 * Accounts and keys created by the platform itself (a demo city, a first install), not through the forms.
 * Every method is idempotent: calling it again returns what exists.
 */
public interface Provisioning {

    /** Whether a staff user name is taken: lets a loader see that its last step already ran. */
    boolean staffExists(TenantId tenant, String username);

    /** Hash a password once and reuse it for many provisioned accounts (hashing is deliberately slow). */
    String encodePassword(String rawPassword);

    AccountView ensureStaff(TenantId tenant, NewStaff staff, String passwordHash);

    AccountView ensureCitizen(TenantId tenant, Nik nik, String fullName, String email, String phone, String passwordHash);

    /** A kiosk ({@code kiosk = true}) or outside system with a known key. Returns the key's id. */
    java.util.UUID ensureApiKey(TenantId tenant, boolean kiosk, String name, java.util.Optional<String> regionCode, String key);
}
