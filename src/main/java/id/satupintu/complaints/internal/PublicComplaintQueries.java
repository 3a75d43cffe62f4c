package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.MapCluster;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of what the public reads: the filtered list, the map's cells, the updates of listed complaints. Only rows
 * marked {@code listed} are ever read here.
 */
@Repository
class PublicComplaintQueries {

    private final JdbcClient jdbc;
    private final boolean postgres;

    PublicComplaintQueries(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = ComplaintStore.isPostgres(dataSource);
    }

    /** One page of publicly listed complaints, newest first; one row more than the page says whether more follow. */
    List<ComplaintRow> publicList(TenantId tenant, ComplaintQuery query, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = publicWhere(tenant, query, now, params);
        params.put("limit", query.size() + 1);
        params.put("offset", (long) query.page() * query.size());
        return jdbc.sql("select " + ComplaintStore.COLUMNS + " from complaints c where " + where
                        + " order by submitted_at desc, id desc limit :limit offset :offset")
                .params(params).query(ComplaintStore::complaint).list();
    }

    List<MapCluster> clusters(TenantId tenant, ComplaintQuery query, Instant now, double south, double west,
                              double north, double east, double cell) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = publicWhere(tenant, query, now, params) + " and lat between :south and :north and lon between :west and :east";
        params.put("south", south);
        params.put("north", north);
        params.put("west", west);
        params.put("east", east);
        params.put("cell", cell);
        ComplaintStore.overdueParams(params, now);
        return jdbc.sql("select avg(lat) as lat, avg(lon) as lon, count(*) as n, sum(late) as late, min(tracking_code) as code "
                        + "from (select floor(lat / :cell) as gy, floor(lon / :cell) as gx, lat, lon, tracking_code, "
                        + "case when " + ComplaintStore.overdueSql() + " then 1 else 0 end as late from complaints c where " + where
                        + ") cells group by gy, gx order by n desc limit 2000")
                .params(params)
                .query((rs, n) -> new MapCluster(rs.getDouble("lat"), rs.getDouble("lon"), rs.getInt("n"),
                        rs.getInt("late"), rs.getString("code")))
                .list();
    }

    private String publicWhere(TenantId tenant, ComplaintQuery query, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("tenant_id = :tenant and listed = true");
        params.put("tenant", tenant.code());
        query.categoryCode().ifPresent(code -> {
            where.append(" and category_code = :category");
            params.put("category", code);
        });
        query.status().ifPresent(status -> {
            where.append(" and status = :status");
            params.put("status", status.name());
        });
        query.open().ifPresent(open -> {
            where.append(open ? " and status in (:open)" : " and status not in (:open)");
            params.put("open", ComplaintStore.OPEN);
        });
        query.kecamatanCode().ifPresent(code -> {
            where.append(" and kecamatan_code = :kecamatan");
            params.put("kecamatan", code);
        });
        query.from().ifPresent(from -> {
            where.append(" and submitted_at >= :from");
            params.put("from", ComplaintStore.ts(from));
        });
        query.to().ifPresent(to -> {
            where.append(" and submitted_at <= :to");
            params.put("to", ComplaintStore.ts(to));
        });
        query.agencyCode().ifPresent(agency -> {
            where.append(" and exists (select 1 from complaint_tasks t where t.complaint_id = c.id and t.agency_code = :agency "
                    + "and t.status in (:counted))");
            params.put("agency", agency);
            params.put("counted", ComplaintStore.COUNTED_TASKS);
        });
        if (query.overdueOnly()) {
            where.append(" and ").append(ComplaintStore.overdueSql());
            ComplaintStore.overdueParams(params, now);
        }
        query.text().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(text -> {
            if (postgres) {
                where.append(" and search_vector @@ plainto_tsquery('indonesian', :text)");
                params.put("text", text);
            } else {
                List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("\\s+"));
                for (int i = 0; i < Math.min(words.size(), 8); i++) {
                    where.append(" and lower(coalesce(description, '') || ' ' || coalesce(address, '')) like :w").append(i);
                    params.put("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
                }
            }
        });
        return where.toString();
    }

    /** Public events of listed complaints with {@code from <= at < to}, oldest first. */
    List<id.satupintu.complaints.PublicUpdate> publicUpdates(TenantId tenant, Instant from, Instant to, int limit) {
        return jdbc.sql("select t.id, c.tracking_code, t.kind, t.at, t.agency_code, t.message from complaint_timeline t "
                        + "join complaints c on c.id = t.complaint_id where t.tenant_id = :tenant and t.at >= :from and t.at < :to "
                        + "and c.listed = true order by t.at, t.id limit :limit")
                .param("tenant", tenant.code()).param("from", ComplaintStore.ts(from)).param("to", ComplaintStore.ts(to)).param("limit", limit)
                .query((rs, n) -> new id.satupintu.complaints.PublicUpdate(rs.getObject("id", UUID.class),
                        rs.getString("tracking_code"), ComplaintEventKind.ofCode(rs.getString("kind")), ComplaintStore.instant(rs, "at"),
                        Optional.ofNullable(rs.getString("agency_code")),
                        ComplaintEventKind.ofCode(rs.getString("kind")).messagePublic()
                                ? Optional.ofNullable(rs.getString("message")) : Optional.empty()))
                .list();
    }

}
