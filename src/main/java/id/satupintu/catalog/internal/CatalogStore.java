package id.satupintu.catalog.internal;

import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Versions of services and bundles; the newest version of each code is current. */
@Repository
class CatalogStore {

    enum Kind { SERVICE, BUNDLE }

    record Row(String code, int version, String definition, String checksum) {
    }

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> current(TenantId tenant, Kind kind) {
        return jdbc.sql("""
                select v.code, v.version, v.definition, v.checksum from catalog_versions v
                where v.tenant_id = :tenant and v.kind = :kind and v.version = (
                    select max(w.version) from catalog_versions w
                    where w.tenant_id = v.tenant_id and w.kind = v.kind and w.code = v.code)
                order by v.code""")
                .param("tenant", tenant.code()).param("kind", kind.name())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
    }

    Optional<Row> version(TenantId tenant, Kind kind, String code, int version) {
        return jdbc.sql("select code, version, definition, checksum from catalog_versions "
                        + "where tenant_id = :tenant and kind = :kind and code = :code and version = :version")
                .param("tenant", tenant.code()).param("kind", kind.name()).param("code", code).param("version", version)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).optional();
    }

    int latestVersion(TenantId tenant, Kind kind, String code) {
        Integer latest = jdbc.sql("select max(version) from catalog_versions where tenant_id = :tenant and kind = :kind and code = :code")
                .param("tenant", tenant.code()).param("kind", kind.name()).param("code", code)
                .query(Integer.class).optional().orElse(null);
        return latest == null ? 0 : latest;
    }

    Optional<String> lastLoad(TenantId tenant) {
        return jdbc.sql("select sources_checksum from catalog_loads where tenant_id = :tenant")
                .param("tenant", tenant.code()).query(String.class).optional();
    }

    void rememberLoad(TenantId tenant, String checksum, Instant at) {
        int updated = jdbc.sql("update catalog_loads set sources_checksum = :checksum, loaded_at = :at where tenant_id = :tenant")
                .param("checksum", checksum).param("at", Timestamp.from(at)).param("tenant", tenant.code()).update();
        if (updated == 0) {
            // another node starting at the same moment may have inserted it: either row says the same
            jdbc.sql("insert into catalog_loads (tenant_id, sources_checksum, loaded_at) values (:tenant, :checksum, :at) on conflict do nothing")
                    .param("tenant", tenant.code()).param("checksum", checksum).param("at", Timestamp.from(at)).update();
        }
    }

    void insert(TenantId tenant, Kind kind, String code, int version, @Nullable String agency, String definition, String checksum,
                String source, Instant at) {
        jdbc.sql("""
                insert into catalog_versions (tenant_id, kind, code, version, agency, definition, checksum, source, published_at)
                values (:tenant, :kind, :code, :version, :agency, :definition, :checksum, :source, :at)""")
                .param("tenant", tenant.code()).param("kind", kind.name()).param("code", code).param("version", version)
                .param("agency", agency).param("definition", definition).param("checksum", checksum)
                .param("source", source).param("at", Timestamp.from(at)).update();
    }
}
