package id.satupintu.shared.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Who resubmits failed event publications: one node at a time holds this lease (a row in {@code event_lease}) and
 * renews it on every pass; another node takes over once it has not been renewed for
 * {@code satupintu.events.lease-duration} (its holder died or hangs). One conditional update, the same on H2 and
 * PostgreSQL: of two nodes trying at once, the row lock lets exactly one through. Expiry is compared with each
 * node's clock, so clocks must agree to well within the lease duration (NTP does).
 */
@Component
class ResubmissionLease {

    private static final String NAME = "resubmission";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    ResubmissionLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease until {@code now + duration}; false while another node holds it. */
    boolean acquire(java.time.Duration duration) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE event_lease SET holder = :node, expires_at = :until
                         WHERE name = :name AND (holder = :node OR expires_at IS NULL OR expires_at < :now)""")
                .param("node", node).param("until", Timestamp.from(now.plus(duration)))
                .param("now", Timestamp.from(now)).param("name", NAME)
                .update() == 1;
    }

    /** Gives the lease up at once (a clean shutdown), so that another node need not wait for it to expire. */
    void release() {
        jdbc.sql("UPDATE event_lease SET holder = NULL, expires_at = NULL WHERE name = :name AND holder = :node")
                .param("name", NAME).param("node", node).update();
    }

    String node() {
        return node;
    }
}
