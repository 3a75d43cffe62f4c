package id.satupintu.identity.internal;

import id.satupintu.identity.AccountKind;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes {@code accounts}; every statement names the tenant. */
@Repository
class AccountStore {

    private static final String COLUMNS = """
            id, tenant_id, kind, username, display_name, password_hash, email, email_verified, phone, phone_verified,
            nik_hash, nik_masked, nik_cipher, agency_id, roles, status, preferred_lang, failed_logins, locked_until,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Account a) {
        try {
            jdbc.sql("insert into accounts (" + COLUMNS + ") values (:id, :tenant, :kind, :username, :displayName, "
                            + ":passwordHash, :email, :emailVerified, :phone, :phoneVerified, :nikHash, :nikMasked, :nikCipher, "
                            + ":agencyId, :roles, :status, :lang, 0, null, :createdAt, :updatedAt, 0)")
                    .param("id", a.id())
                    .param("tenant", a.tenant().code())
                    .param("kind", a.kind().name())
                    .param("username", a.username())
                    .param("displayName", a.displayName())
                    .param("passwordHash", a.passwordHash())
                    .param("email", a.email().orElse(null))
                    .param("emailVerified", a.emailVerified())
                    .param("phone", a.phone().orElse(null))
                    .param("phoneVerified", a.phoneVerified())
                    .param("nikHash", a.nikHash().orElse(null))
                    .param("nikMasked", a.nikMasked().orElse(null))
                    .param("nikCipher", a.nikCipher().orElse(null))
                    .param("agencyId", a.agencyId().orElse(null))
                    .param("roles", Account.formatRoles(a.roles()))
                    .param("status", a.status().name())
                    .param("lang", a.preferredLanguage())
                    .param("createdAt", Timestamp.from(a.createdAt()))
                    .param("updatedAt", Timestamp.from(a.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("identity.account.exists", "An account with these details already exists");
        }
    }

    Optional<Account> byId(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accounts where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id)
                .query(AccountStore::map).optional();
    }

    /** Finds by whatever a person signs in with: staff user name, NIK (as its HMAC), e-mail or phone. */
    Optional<Account> byLogin(TenantId tenant, String column, String value) {
        if (!List.of("username", "nik_hash", "email", "phone").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select " + COLUMNS + " from accounts where tenant_id = :tenant and " + column + " = :value")
                .param("tenant", tenant.code()).param("value", value)
                .query(AccountStore::map).optional();
    }

    boolean exists(TenantId tenant, String column, String value) {
        return byLogin(tenant, column, value).isPresent();
    }

    List<Account> staff(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from accounts where tenant_id = :tenant and kind = 'STAFF' order by display_name")
                .param("tenant", tenant.code()).query(AccountStore::map).list();
    }

    List<Account> staffOfAgency(TenantId tenant, UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from accounts where tenant_id = :tenant and agency_id = :agency order by display_name")
                .param("tenant", tenant.code()).param("agency", agencyId).query(AccountStore::map).list();
    }

    void recordFailedLogin(UUID id, int maxFailures, Instant lockUntil, Instant now) {
        jdbc.sql("""
                update accounts set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= :max then :lockUntil else locked_until end,
                    updated_at = :now
                where id = :id""")
                .param("max", maxFailures).param("lockUntil", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void recordSuccessfulLogin(UUID id) {
        jdbc.sql("update accounts set failed_logins = 0, locked_until = null where id = :id and (failed_logins > 0 or locked_until is not null)")
                .param("id", id).update();
    }

    void activate(UUID id, boolean emailVerified, boolean phoneVerified, Instant now) {
        jdbc.sql("""
                update accounts set status = 'ACTIVE', email_verified = email_verified or :email,
                    phone_verified = phone_verified or :phone, updated_at = :now, version = version + 1
                where id = :id""")
                .param("email", emailVerified).param("phone", phoneVerified)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void setPreferredLanguage(UUID id, String lang) {
        jdbc.sql("update accounts set preferred_lang = :lang where id = :id and preferred_lang <> :lang")
                .param("lang", lang).param("id", id).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                TenantId.of(rs.getString("tenant_id")),
                AccountKind.valueOf(rs.getString("kind")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Optional.ofNullable(rs.getString("email")),
                rs.getBoolean("email_verified"),
                Optional.ofNullable(rs.getString("phone")),
                rs.getBoolean("phone_verified"),
                Optional.ofNullable(rs.getString("nik_hash")),
                Optional.ofNullable(rs.getString("nik_masked")),
                Optional.ofNullable(rs.getString("nik_cipher")),
                Optional.ofNullable(rs.getObject("agency_id", UUID.class)),
                Account.parseRoles(rs.getString("roles")),
                Account.Status.valueOf(rs.getString("status")),
                rs.getString("preferred_lang"),
                rs.getInt("failed_logins"),
                Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
