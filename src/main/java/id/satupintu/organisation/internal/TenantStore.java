package id.satupintu.organisation.internal;

import id.satupintu.organisation.TenantKind;
import id.satupintu.organisation.TenantView;
import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class TenantStore {

    private final JdbcClient jdbc;

    TenantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TenantView> byCode(TenantId tenant) {
        return jdbc.sql("select code, name, kind, created_at from tenants where code = :code")
                .param("code", tenant.code())
                .query(TenantStore::map)
                .optional();
    }

    List<TenantView> all() {
        return jdbc.sql("select code, name, kind, created_at from tenants order by code")
                .query(TenantStore::map)
                .list();
    }

    /** Inserts unless the tenant exists (also when another node inserts it at the same moment); true if inserted. */
    boolean insertIfAbsent(TenantView tenant) {
        return jdbc.sql("insert into tenants (code, name, kind, created_at) values (:code, :name, :kind, :createdAt) "
                        + "on conflict do nothing")
                .param("code", tenant.id().code())
                .param("name", tenant.name())
                .param("kind", tenant.kind().name())
                .param("createdAt", Timestamps.utc(tenant.createdAt()))
                .update() == 1;
    }

    private static TenantView map(ResultSet row, int number) throws SQLException {
        return new TenantView(TenantId.of(row.getString("code")), row.getString("name"),
                TenantKind.valueOf(row.getString("kind")), Timestamps.read(row, "created_at"));
    }
}
