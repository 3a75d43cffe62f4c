package id.satupintu.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How pending audit entries are linked into their chains (documented in docs/operations.md).
 *
 * @param linkInterval how often each node links what other nodes or a crash left pending
 * @param linkDelay    how long the linker waits after a commit before linking, so that under load one link
 *                     transaction takes the entries of many commits
 */
@ConfigurationProperties("satupintu.audit")
record AuditProperties(Duration linkInterval, Duration linkDelay) {

    AuditProperties {
        linkInterval = linkInterval == null || !linkInterval.isPositive() ? Duration.ofSeconds(1) : linkInterval;
        linkDelay = linkDelay == null || linkDelay.isNegative() ? Duration.ofMillis(10) : linkDelay;
    }
}
