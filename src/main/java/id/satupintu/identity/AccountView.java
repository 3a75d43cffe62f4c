package id.satupintu.identity;

import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An account as other modules may see it: no NIK, and contact details only masked. */
public record AccountView(UUID id, TenantId tenant, AccountKind kind, String username, String displayName,
                          Set<Role> roles, Optional<UUID> agencyId, String status,
                          String maskedNik, String maskedEmail, String maskedPhone, String preferredLanguage) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
