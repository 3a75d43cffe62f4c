package id.satupintu.identity.web;

import id.satupintu.identity.AccountView;
import id.satupintu.identity.NewStaff;
import id.satupintu.identity.internal.AccountService;
import id.satupintu.identity.internal.ApiKeyService;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Identity over JSON: who am I, staff accounts and API keys (admins). */
@RestController
@Tag(name = "identity", description = "Accounts, staff and API keys")
class IdentityApi {

    private final AccountService accounts;
    private final ApiKeyService keys;

    IdentityApi(AccountService accounts, ApiKeyService keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    record Me(UUID id, String tenant, String displayName, Set<Role> roles, Optional<UUID> agencyId) {
        static Me of(Viewer viewer) {
            return new Me(viewer.accountId(), viewer.tenant().code(), viewer.displayName(), viewer.roles(), viewer.agencyId());
        }
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in person or the device of the API key")
    Me me() {
        return Viewers.current().map(Me::of).orElseThrow(() -> new NotFoundException("account", "current"));
    }

    @GetMapping("/api/v1/staff")
    @Operation(summary = "Staff accounts of the admin's tenant")
    List<AccountView> staff(TenantId tenant) {
        return accounts.staff(tenant);
    }

    record NewStaffRequest(
            @NotBlank @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{2,59}") String username,
            @NotBlank @Size(max = 120) String displayName,
            @Nullable UUID agencyId,
            @NotEmpty Set<Role> roles,
            @Size(max = 200) @Nullable String email) {
    }

    record StaffCreatedResponse(AccountView account, String initialPassword) {
    }

    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account; the initial password is in this answer only")
    StaffCreatedResponse createStaff(TenantId tenant, @Valid @RequestBody NewStaffRequest request) {
        if (!AccountService.staffRoles().containsAll(request.roles())) {
            throw new InvalidInputException("roles", "identity.roles.invalid", "Only staff roles may be given");
        }
        var created = accounts.createStaff(tenant, new NewStaff(request.username(), request.displayName(),
                Optional.ofNullable(request.agencyId()), EnumSet.copyOf(request.roles()), Optional.ofNullable(request.email())));
        return new StaffCreatedResponse(created.account(), created.initialPassword());
    }

    @GetMapping("/api/v1/api-keys")
    @Operation(summary = "API keys of kiosks and outside systems (never the keys themselves)")
    List<ApiKeyService.ApiKeyView> apiKeys(TenantId tenant) {
        return keys.list(tenant);
    }

    record NewApiKeyRequest(ApiKeyService.@Nullable Kind kind, @NotBlank @Size(max = 120) String name,
                            @Size(max = 20) @Nullable String regionCode) {
    }

    @PostMapping("/api/v1/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a kiosk or outside system; the key is in this answer only")
    ApiKeyService.IssuedKey issue(TenantId tenant, @Valid @RequestBody NewApiKeyRequest request) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "identity.apikey.kind", "kind must be KIOSK or CLIENT");
        }
        return keys.issue(tenant, request.kind(), request.name(), Optional.ofNullable(request.regionCode()),
                Viewers.current().map(Viewer::accountId));
    }

    @DeleteMapping("/api/v1/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key")
    void revoke(TenantId tenant, @PathVariable UUID id) {
        keys.revoke(tenant, id);
    }
}
