package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tenant codes for tests, so that tests sharing one database with other tests (and with earlier runs on
 * PostgreSQL) never meet each other's rows.
 *
 * <p>Codes come from province numbers no real province has (40–49) and the 9x range, 2,000 codes in all. A code is
 * handed out at most once per JVM (the whole suite runs in one), so two tests never share a tenant by chance: with
 * random picks from a small range they did (a birthday collision made one test see another's application).
 * {@link #fresh(Organisation)} also skips codes an earlier run left registered in the database.
 */
public final class TestTenants {

    private static final Set<TenantId> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private TestTenants() {
    }

    /** {@code count} distinct tenant codes no other caller in this JVM got. */
    public static TenantId[] distinct(int count) {
        List<TenantId> tenants = new ArrayList<>(count);
        while (tenants.size() < count) {
            tenants.add(next());
        }
        return tenants.toArray(TenantId[]::new);
    }

    /** A tenant code no other caller in this JVM got (the {@code taken} ones included). */
    public static TenantId otherThan(TenantId... taken) {
        return next();
    }

    /** A tenant code no other caller in this JVM got and that is not registered in the database yet. */
    public static TenantId fresh(Organisation organisation) {
        TenantId tenant = next();
        while (organisation.tenant(tenant).isPresent()) {
            tenant = next();
        }
        return tenant;
    }

    private static TenantId next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int province = random.nextBoolean() ? 40 + random.nextInt(10) : 90 + random.nextInt(10);
            TenantId tenant = TenantId.of("%02d.%02d".formatted(province, random.nextInt(100)));
            if (HANDED_OUT.add(tenant)) {
                return tenant;
            }
        }
        throw new IllegalStateException("All 2,000 test tenant codes are handed out in this JVM");
    }

    /** An agency code no other test uses: {@code prefix-} and eight random characters. */
    public static String agencyCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
