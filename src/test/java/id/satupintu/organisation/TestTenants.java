package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random tenants and codes, so that tests sharing one PostgreSQL database with other tests (and earlier runs)
 * never meet each other's rows.
 */
public final class TestTenants {

    private TestTenants() {
    }

    /** {@code count} distinct tenant codes of the form 9x.yy. */
    public static TenantId[] distinct(int count) {
        Set<TenantId> tenants = new HashSet<>();
        while (tenants.size() < count) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            tenants.add(TenantId.of("9%d.%02d".formatted(random.nextInt(10), random.nextInt(100))));
        }
        return tenants.toArray(TenantId[]::new);
    }

    /** A tenant code none of {@code taken}. */
    public static TenantId otherThan(TenantId... taken) {
        Set<TenantId> excluded = Set.of(taken);
        TenantId tenant;
        do {
            tenant = distinct(1)[0];
        } while (excluded.contains(tenant));
        return tenant;
    }

    /** An agency code no other test uses: {@code prefix-} and eight random characters. */
    public static String agencyCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
