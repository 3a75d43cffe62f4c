package id.satupintu.identity.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * API keys of kiosks and outside systems. A key is 32 random bytes shown once; only its SHA-256 is stored (a
 * random key needs no slow hash), so a leaked database gives no usable key.
 */
@Service
public class ApiKeyService implements id.satupintu.identity.ApiClients {

    public enum Kind { KIOSK, CLIENT }

    public record ApiKeyView(UUID id, TenantId tenant, Kind kind, String name, Optional<String> regionCode, String hint,
                             Instant createdAt, Optional<Instant> lastUsedAt, boolean revoked) {
    }

    /** A new key: {@link #key} is shown to the admin once and never stored. */
    public record IssuedKey(ApiKeyView view, String key) {
    }

    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiKeyService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedKey issue(TenantId tenant, Kind kind, String name, Optional<String> regionCode, Optional<UUID> createdBy) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInputException("name", "identity.apikey.name", "A name of 1-120 characters is needed");
        }
        String key = "spk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(KeyGenerators.secureRandom(32).generateKey());
        return store(tenant, kind, trimmed, regionCode, createdBy, key);
    }

    /** For the demo city: a key with a known value, created once. */
    @Transactional
    public ApiKeyView ensure(TenantId tenant, Kind kind, String name, Optional<String> regionCode, String key) {
        return findByKey(key).map(Found::view).orElseGet(() -> store(tenant, kind, name, regionCode, Optional.empty(), key).view());
    }

    private IssuedKey store(TenantId tenant, Kind kind, String name, Optional<String> regionCode, Optional<UUID> createdBy, String key) {
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into api_keys (id, tenant_id, kind, name, region_code, key_hash, key_hint, created_by, created_at)
                values (:id, :tenant, :kind, :name, :region, :hash, :hint, :by, :now)""")
                .param("id", id).param("tenant", tenant.code()).param("kind", kind.name()).param("name", name)
                .param("region", regionCode.orElse(null)).param("hash", sha256(key))
                .param("hint", key.substring(Math.max(0, key.length() - 4))).param("by", createdBy.orElse(null))
                .param("now", Timestamp.from(now)).update();
        audit.record(tenant, "apikey.issued", "api_key", id.toString(), java.util.Map.of("kind", kind.name()));
        return new IssuedKey(find(tenant, id).orElseThrow(), key);
    }

    @Transactional
    public void revoke(TenantId tenant, UUID id) {
        int changed = jdbc.sql("update api_keys set revoked_at = :now where tenant_id = :tenant and id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("tenant", tenant.code()).param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException("api key", id);
        }
        audit.record(tenant, "apikey.revoked", "api_key", id.toString());
    }

    public List<ApiKeyView> list(TenantId tenant) {
        return jdbc.sql("select * from api_keys where tenant_id = :tenant order by created_at desc")
                .param("tenant", tenant.code()).query(ApiKeyService::map).list();
    }

    public Optional<ApiKeyView> find(TenantId tenant, UUID id) {
        return jdbc.sql("select * from api_keys where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query(ApiKeyService::map).optional();
    }

    record Found(ApiKeyView view, Viewer viewer) {
    }

    @Override
    public Optional<Viewer> authenticate(String key) {
        return authenticateKey(key == null ? "" : key.strip()).map(Found::viewer);
    }

    /** The live key with this value, if any; notes its use at most once a minute. */
    Optional<Found> authenticateKey(String key) {
        Optional<Found> found = findByKey(key).filter(f -> !f.view().revoked());
        found.ifPresent(f -> {
            Instant now = clock.instant();
            if (f.view().lastUsedAt().map(last -> last.plus(LAST_USED_GRANULARITY).isBefore(now)).orElse(true)) {
                jdbc.sql("update api_keys set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", f.view().id()).update();
            }
        });
        return found;
    }

    private Optional<Found> findByKey(String key) {
        if (key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select * from api_keys where key_hash = :hash").param("hash", sha256(key))
                .query(ApiKeyService::map).optional()
                .map(view -> new Found(view, new Viewer(view.id(), view.tenant(), view.name(),
                        Set.of(view.kind() == Kind.KIOSK ? Role.KIOSK : Role.API_CLIENT), Optional.empty())));
    }

    private static ApiKeyView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiKeyView(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                Kind.valueOf(rs.getString("kind")), rs.getString("name"), Optional.ofNullable(rs.getString("region_code")),
                rs.getString("key_hint"), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant),
                rs.getTimestamp("revoked_at") != null);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
