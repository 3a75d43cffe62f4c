package id.satupintu.shared;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person or device as other modules see it: identifiers and roles only, no personal data beyond
 * the display name.
 */
public record Viewer(UUID accountId, TenantId tenant, String displayName, Set<Role> roles, Optional<UUID> agencyId) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
