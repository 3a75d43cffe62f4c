package id.satupintu.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures per client address, on top of the per-account lock: stops one address from guessing across many
 * accounts. Kept per node (in memory); the per-account lock in the database holds across nodes.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_ADDRESS = 30;
    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15)).maximumSize(100_000).build();

    boolean blocked(String address) {
        AtomicInteger count = failures.getIfPresent(address);
        return count != null && count.get() >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String address) {
        failures.get(address, ignored -> new AtomicInteger()).incrementAndGet();
    }
}
