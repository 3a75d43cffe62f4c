package id.satupintu.audit.internal;

import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Links pending audit entries into their tenants' chains on one background thread per node: right after an action
 * that recorded an entry commits ({@link #wake}; {@code satupintu.audit.link-delay}, 10 ms, later, so that under load
 * one link takes the entries of many commits), and in a sweep every {@code satupintu.audit.link-interval} (1 s)
 * that picks up entries other nodes recorded or a crash left behind. Readers that must see everything (the
 * auditor's pages and verification) call {@link #linkNow} first.
 *
 * <p>Linking happens in a transaction of its own after the action committed, never in the action's: the action's
 * transaction holds no chain lock, and many actions' entries are linked in one short transaction.
 */
@Component
class AuditLinker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLinker.class);

    private final AuditChain chain;
    private final TransactionTemplate transactions;
    private final Duration sweepInterval;
    private final Duration linkDelay;
    private final Set<TenantId> woken = ConcurrentHashMap.newKeySet();
    private volatile @Nullable Thread thread;
    private volatile boolean running;

    AuditLinker(AuditChain chain, PlatformTransactionManager transactionManager, AuditProperties properties) {
        this.chain = chain;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sweepInterval = properties.linkInterval();
        this.linkDelay = properties.linkDelay();
    }

    /** The tenant has a newly committed entry: link it soon. Never blocks. */
    void wake(TenantId tenant) {
        woken.add(tenant);
        Thread linker = thread;
        if (linker != null) {
            LockSupport.unpark(linker);
        }
    }

    /** Links the tenant's pending entries now, in this thread, in a transaction of its own. */
    int linkNow(TenantId tenant) {
        Integer linked = transactions.execute(status -> chain.link(tenant));
        return linked == null ? 0 : linked;
    }

    /** Links every tenant's pending entries now (the sweep). */
    void linkAll() {
        for (TenantId tenant : chain.pendingTenants()) {
            linkNow(tenant);
        }
    }

    private void loop() {
        long nextSweep = System.nanoTime();
        while (running) {
            try {
                if (!woken.isEmpty() && !linkDelay.isZero()) {
                    // a moment for more commits to arrive: under load one link transaction then takes many entries
                    Thread.sleep(linkDelay);
                }
                for (TenantId tenant : Set.copyOf(woken)) {
                    woken.remove(tenant);
                    linkNow(tenant);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    linkAll();
                    nextSweep = System.nanoTime() + sweepInterval.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the entries stay pending and the next sweep tries again; nothing is lost
                log.warn("Linking audit entries failed; retrying in {}: {}", sweepInterval, e.toString());
                nextSweep = System.nanoTime() + sweepInterval.toNanos();
            }
            if (woken.isEmpty() && running) {
                LockSupport.parkNanos(this, Math.max(TimeUnit.MILLISECONDS.toNanos(1), nextSweep - System.nanoTime()));
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("audit-linker").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread linker = thread;
        if (linker != null) {
            LockSupport.unpark(linker);
            try {
                linker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            linkAll();
        } catch (RuntimeException e) {
            log.warn("Linking audit entries at shutdown failed; the next start links them: {}", e.toString());
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
