package id.satupintu.identity.internal;

import id.satupintu.identity.AccountKind;
import id.satupintu.identity.AccountView;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One row of {@code accounts}. Personal data is only ever held masked, hashed or encrypted here. */
record Account(UUID id, TenantId tenant, AccountKind kind, String username, String displayName, String passwordHash,
               Optional<String> email, boolean emailVerified, Optional<String> phone, boolean phoneVerified,
               Optional<String> nikHash, Optional<String> nikMasked, Optional<String> nikCipher,
               Optional<UUID> agencyId, Set<Role> roles, Status status, String preferredLanguage,
               int failedLogins, Optional<Instant> lockedUntil, Instant createdAt, Instant updatedAt, int version) {

    enum Status { PENDING, ACTIVE, DISABLED }

    boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    static Set<Role> parseRoles(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    AccountView view() {
        return new AccountView(id, tenant, kind, username, displayName, roles, agencyId, status.name(),
                nikMasked.orElse(""), email.map(Masks::email).orElse(""), phone.map(Masks::phone).orElse(""),
                preferredLanguage);
    }
}
