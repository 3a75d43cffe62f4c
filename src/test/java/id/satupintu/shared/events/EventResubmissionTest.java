package id.satupintu.shared.events;

import id.satupintu.shared.Ids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a dead node leaves behind is delivered again, what is still running is not, failed deliveries wait their
 * back-off, and only the node holding the lease resubmits. Passes are run by hand here (the schedule is an hour).
 */
@SpringBootTest(properties = {"satupintu.events.retry-interval=1h", "satupintu.events.lease-duration=2h",
        "satupintu.events.stale-after=1m", "satupintu.events.retry-backoff=5s"})
class EventResubmissionTest {

    /** An event a listener of this test handles; the listener is what a resubmission invokes again. */
    record Probe(UUID id) {
    }

    static class ProbeListener {

        private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(Probe probe) {
            handled.add(probe.id());
        }

        /** A method, not the field: the bean is a proxy (asynchronous, transactional). */
        Set<UUID> handled() {
            return handled;
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        ProbeListener probeListener() {
            return new ProbeListener();
        }
    }

    @Autowired
    EventResubmission resubmission;
    @Autowired
    EventPublicationRepository publications;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ProbeListener listener;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now();

    @Autowired
    ResubmissionLease lease;
    @Autowired
    EventProperties properties;

    @BeforeEach
    void thisNodeHoldsTheLease() {
        RabbitTestSupport.holdResubmissionLease(jdbc, lease, properties);
    }

    @AfterEach
    void releaseTheLease() {
        lease.release(); // for the other test contexts sharing a PostgreSQL database
    }

    @Test
    void publicationsADeadNodeLeftPublishedProcessingOrMidResendAreDeliveredAgain() {
        UUID published = leftBehind(Status.PUBLISHED, now.minus(Duration.ofMinutes(5)));
        UUID processing = leftBehind(Status.PROCESSING, now.minus(Duration.ofMinutes(5)));
        UUID midResend = leftBehind(Status.RESUBMITTED, now.minus(Duration.ofMinutes(5)));

        resubmission.pass();

        awaitHandled(published, processing, midResend);
        assertThat(incomplete(published, processing, midResend)).isEmpty();
    }

    @Test
    void aDeliveryStillRunningIsNotSentAgain() {
        UUID running = leftBehind(Status.PROCESSING, now.minus(Duration.ofSeconds(10)));
        // an old event whose re-delivery started a moment ago: Modulith's staleness monitor (publication date) would fail it
        UUID oldButResentJustNow = leftBehind(Status.RESUBMITTED, now.minus(Duration.ofHours(3)), now.minusSeconds(2));

        resubmission.pass();

        assertThat(listener.handled()).doesNotContain(running, oldButResentJustNow);
        assertThat(statusOf(running)).isEqualTo(Status.PROCESSING.name());
        assertThat(statusOf(oldButResentJustNow)).isEqualTo(Status.RESUBMITTED.name());
    }

    @Test
    void aFailedDeliveryWaitsForItsBackOff() {
        UUID justFailed = leftBehind(Status.FAILED, now.minus(Duration.ofSeconds(1)));
        UUID failedLongAgo = leftBehind(Status.FAILED, now.minus(Duration.ofSeconds(30)));

        resubmission.pass();

        awaitHandled(failedLongAgo);
        assertThat(listener.handled()).doesNotContain(justFailed);
        assertThat(statusOf(justFailed)).isEqualTo(Status.FAILED.name());
    }

    @Test
    void aNodeWithoutTheLeaseResubmitsNothing() {
        jdbc.sql("UPDATE event_lease SET holder = 'another-node', expires_at = :until")
                .param("until", Timestamp.from(now.plus(Duration.ofMinutes(1)))).update();
        UUID failed = leftBehind(Status.FAILED, now.minus(Duration.ofMinutes(5)));

        resubmission.pass();

        assertThat(listener.handled()).doesNotContain(failed);
        assertThat(statusOf(failed)).isEqualTo(Status.FAILED.name());
    }

    @Test
    void oneNodeAtATimeHoldsTheLeaseAndAnotherTakesOverWhenItLapsesOrIsReleased() {
        lease.release(); // this context's node steps aside for two nodes with a clock of their own
        MovableClock clock = new MovableClock(now);
        ResubmissionLease first = new ResubmissionLease(jdbc, clock);
        ResubmissionLease second = new ResubmissionLease(jdbc, clock);
        Duration lease = Duration.ofSeconds(15);

        assertThat(first.acquire(lease)).isTrue();
        assertThat(second.acquire(lease)).as("held by the first").isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(first.acquire(lease)).as("renewed by its holder").isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(second.acquire(lease)).as("renewed 10 s ago, good for 5 s more").isFalse();
        clock.advance(Duration.ofSeconds(6));
        assertThat(second.acquire(lease)).as("the first died: its lease lapsed").isTrue();
        assertThat(first.acquire(lease)).isFalse();
        second.release();
        assertThat(first.acquire(lease)).as("released at a clean shutdown").isTrue();
    }

    @Test
    void backOffDoublesPerAttemptUpToTheMaximum() {
        EventProperties properties = new EventProperties(null, null, false, null, Duration.ofSeconds(1),
                Duration.ofSeconds(30), 0, null, null);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(properties::backoffAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    /** A publication to the probe listener as a node left it, published and last attempted at {@code at}. */
    private UUID leftBehind(Status status, Instant at) {
        return leftBehind(status, at, at);
    }

    private UUID leftBehind(Status status, Instant published, Instant lastAttempt) {
        UUID id = Ids.newId();
        TargetEventPublication publication = publications.create(
                TargetEventPublication.of(new Probe(id), probeListenerId(), published));
        jdbc.sql("UPDATE event_publication SET status = :status, last_resubmission_date = :attempt WHERE id = :id")
                .param("status", status.name()).param("attempt", Timestamp.from(lastAttempt))
                .param("id", publication.getIdentifier()).update();
        return id;
    }

    private static PublicationTargetIdentifier probeListenerId() {
        try {
            var method = ProbeListener.class.getDeclaredMethod("on", Probe.class);
            return PublicationTargetIdentifier.of(
                    new TransactionalApplicationListenerMethodAdapter("probe", ProbeListener.class, method).getListenerId());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private String statusOf(UUID probe) {
        return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + probe + "%").query(String.class).single();
    }

    private List<UUID> incomplete(UUID... probes) {
        Set<UUID> wanted = Set.of(probes);
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof Probe probe && wanted.contains(probe.id()))
                .map(p -> ((Probe) p.getEvent()).id()).toList();
    }

    private void awaitHandled(UUID... probes) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> listener.handled().containsAll(List.of(probes)) && incomplete(probes).isEmpty());
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
