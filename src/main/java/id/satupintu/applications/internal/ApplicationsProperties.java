package id.satupintu.applications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of the applications module ({@code satupintu.applications.*}).
 *
 * @param maxUploadSize        largest accepted upload (each file)
 * @param breachCheckInterval  how often each node looks for passed deadlines
 * @param trackingPrefix       letters before each tracking code
 * @param publicStatusTtl      how long a node may answer the public status of a tracking code from memory (0: never)
 */
@ConfigurationProperties("satupintu.applications")
record ApplicationsProperties(DataSize maxUploadSize, Duration breachCheckInterval, String trackingPrefix,
                              Duration publicStatusTtl) {

    ApplicationsProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(5) : maxUploadSize;
        breachCheckInterval = breachCheckInterval == null ? Duration.ofMinutes(1) : breachCheckInterval;
        trackingPrefix = trackingPrefix == null || trackingPrefix.isBlank() ? "PMH" : trackingPrefix;
        publicStatusTtl = publicStatusTtl == null ? Duration.ofSeconds(2) : publicStatusTtl;
    }
}
