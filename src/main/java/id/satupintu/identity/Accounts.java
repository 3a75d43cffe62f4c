package id.satupintu.identity;

import id.satupintu.shared.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity module's API for other modules: who an account is (roles, agency), never their NIK or full
 * contact details. Reading contact details for delivery goes through {@link #contactOf}.
 */
public interface Accounts {

    Optional<AccountView> find(TenantId tenant, UUID accountId);

    List<AccountView> staffOfAgency(TenantId tenant, UUID agencyId);

    /** Where to reach a person and in which language, for the notification module. */
    Optional<Contact> contactOf(TenantId tenant, UUID accountId);

    record Contact(Optional<String> email, Optional<String> phone, String language) {
    }
}
