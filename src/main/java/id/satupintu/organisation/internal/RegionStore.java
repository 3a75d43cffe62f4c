package id.satupintu.organisation.internal;

import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class RegionStore {

    private static final String COLUMNS = "select tenant_id, code, level, name, parent_code from regions ";

    private final JdbcClient jdbc;

    RegionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegionView> byCode(TenantId tenant, String code) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and code = :code")
                .param("tenant", tenant.code())
                .param("code", code)
                .query(RegionStore::map)
                .optional();
    }

    List<RegionView> byLevel(TenantId tenant, RegionLevel level) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and level = :level order by code")
                .param("tenant", tenant.code())
                .param("level", level.name())
                .query(RegionStore::map)
                .list();
    }

    List<RegionView> byParent(TenantId tenant, RegionLevel level, String parentCode) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and level = :level and parent_code = :parent order by code")
                .param("tenant", tenant.code())
                .param("level", level.name())
                .param("parent", parentCode)
                .query(RegionStore::map)
                .list();
    }

    /** Inserts unless the code exists; true if inserted. */
    boolean insertIfAbsent(RegionView region) {
        return jdbc.sql("insert into regions (tenant_id, code, level, name, parent_code) "
                        + "values (:tenant, :code, :level, :name, :parent) on conflict do nothing")
                .param("tenant", region.tenant().code())
                .param("code", region.code())
                .param("level", region.level().name())
                .param("name", region.name())
                .param("parent", region.parentCode().orElse(null))
                .update() == 1;
    }

    private static RegionView map(ResultSet row, int number) throws SQLException {
        return new RegionView(TenantId.of(row.getString("tenant_id")), row.getString("code"),
                RegionLevel.valueOf(row.getString("level")), row.getString("name"),
                Optional.ofNullable(row.getString("parent_code")));
    }
}
