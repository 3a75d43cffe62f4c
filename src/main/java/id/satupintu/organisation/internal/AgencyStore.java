package id.satupintu.organisation.internal;

import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class AgencyStore {

    private static final String COLUMNS = "select id, tenant_id, code, kind, name_id, name_en, short_name, region_code, "
            + "active, version, created_at, updated_at from agencies ";
    private static final Comparator<AgencyView> BY_KIND_AND_NAME = Comparator
            .comparing(AgencyView::kind).thenComparing(AgencyView::nameId, String.CASE_INSENSITIVE_ORDER);

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgencyView> all(TenantId tenant) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant")
                .param("tenant", tenant.code())
                .query(AgencyStore::map)
                .list().stream().sorted(BY_KIND_AND_NAME).toList();
    }

    Optional<AgencyView> byId(TenantId tenant, UUID id) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code())
                .param("id", id)
                .query(AgencyStore::map)
                .optional();
    }

    /** One indexed row (agencies_region) instead of the tenant's whole list, which submits used to read per step. */
    Optional<AgencyView> activeOffice(TenantId tenant, AgencyKind kind, String regionCode) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and region_code = :region and kind = :kind and active "
                        + "order by code limit 1")
                .param("tenant", tenant.code())
                .param("region", regionCode)
                .param("kind", kind.name())
                .query(AgencyStore::map)
                .optional();
    }

    Optional<AgencyView> byCode(TenantId tenant, String code) {
        return jdbc.sql(COLUMNS + "where tenant_id = :tenant and code = :code")
                .param("tenant", tenant.code())
                .param("code", code)
                .query(AgencyStore::map)
                .optional();
    }

    /**
     * Inserts unless the tenant has an agency with the code; true if inserted. A conflict is skipped instead of
     * raised because on PostgreSQL a failed insert would abort the whole transaction.
     */
    boolean insertIfAbsent(AgencyView agency) {
        return jdbc.sql("""
                        insert into agencies (id, tenant_id, code, kind, name_id, name_en, short_name, region_code, active,
                                              created_at, updated_at, version)
                        values (:id, :tenant, :code, :kind, :nameId, :nameEn, :shortName, :region, :active,
                                :createdAt, :updatedAt, :version)
                        on conflict do nothing""")
                .param("id", agency.id())
                .param("tenant", agency.tenant().code())
                .param("code", agency.code())
                .param("kind", agency.kind().name())
                .param("nameId", agency.nameId())
                .param("nameEn", agency.nameEn())
                .param("shortName", agency.shortName())
                .param("region", agency.regionCode().orElse(null))
                .param("active", agency.active())
                .param("createdAt", Timestamps.utc(agency.createdAt()))
                .param("updatedAt", Timestamps.utc(agency.updatedAt()))
                .param("version", agency.version())
                .update() == 1;
    }

    /** Writes the new values only if nobody changed the row since {@code expectedVersion}; false otherwise. */
    boolean update(AgencyView agency, int expectedVersion, Instant now) {
        return jdbc.sql("""
                        update agencies set kind = :kind, name_id = :nameId, name_en = :nameEn, short_name = :shortName,
                               region_code = :region, active = :active, updated_at = :updatedAt, version = version + 1
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("kind", agency.kind().name())
                .param("nameId", agency.nameId())
                .param("nameEn", agency.nameEn())
                .param("shortName", agency.shortName())
                .param("region", agency.regionCode().orElse(null))
                .param("active", agency.active())
                .param("updatedAt", Timestamps.utc(now))
                .param("tenant", agency.tenant().code())
                .param("id", agency.id())
                .param("version", expectedVersion)
                .update() == 1;
    }

    private static AgencyView map(ResultSet row, int number) throws SQLException {
        return new AgencyView(row.getObject("id", UUID.class), TenantId.of(row.getString("tenant_id")),
                row.getString("code"), AgencyKind.valueOf(row.getString("kind")), row.getString("name_id"),
                row.getString("name_en"), row.getString("short_name"), Optional.ofNullable(row.getString("region_code")),
                row.getBoolean("active"), row.getInt("version"), Timestamps.read(row, "created_at"),
                Timestamps.read(row, "updated_at"));
    }
}
