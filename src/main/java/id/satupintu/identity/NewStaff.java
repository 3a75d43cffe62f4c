package id.satupintu.identity;

import id.satupintu.shared.Role;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A staff account to create: officers and agency heads name their agency. */
public record NewStaff(String username, String displayName, Optional<UUID> agencyId, Set<Role> roles, Optional<String> email) {

    public NewStaff {
        roles = Set.copyOf(roles);
    }
}
