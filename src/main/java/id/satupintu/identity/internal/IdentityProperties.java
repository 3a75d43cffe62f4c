package id.satupintu.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Security settings of sign-in and one-time codes (documented in docs/operations.md).
 *
 * @param dataKey                 secret for HMACs and encryption of personal data; empty: generated into the data dir
 * @param sessionAbsoluteTimeout  a session ends this long after sign-in, however active
 * @param loginMaxFailures        failed sign-ins in a row before the account is locked
 * @param loginLockout            how long a lock lasts
 * @param otpTtl                  how long a one-time code is valid (at most 10 minutes)
 * @param otpMaxAttempts          wrong guesses before a code is void
 * @param otpMaxSendsPerWindow    codes sent to one account per window
 * @param otpSendWindow           the window for the previous limit
 */
@ConfigurationProperties("satupintu.security")
record IdentityProperties(String dataKey, Duration sessionAbsoluteTimeout, int loginMaxFailures, Duration loginLockout,
                          Duration otpTtl, int otpMaxAttempts, int otpMaxSendsPerWindow, Duration otpSendWindow) {

    IdentityProperties {
        dataKey = dataKey == null ? "" : dataKey;
        sessionAbsoluteTimeout = sessionAbsoluteTimeout == null ? Duration.ofHours(8) : sessionAbsoluteTimeout;
        loginMaxFailures = loginMaxFailures <= 0 ? 5 : loginMaxFailures;
        loginLockout = loginLockout == null ? Duration.ofMinutes(15) : loginLockout;
        otpTtl = otpTtl == null || otpTtl.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : otpTtl;
        otpMaxAttempts = otpMaxAttempts <= 0 ? 5 : otpMaxAttempts;
        otpMaxSendsPerWindow = otpMaxSendsPerWindow <= 0 ? 3 : otpMaxSendsPerWindow;
        otpSendWindow = otpSendWindow == null ? Duration.ofMinutes(15) : otpSendWindow;
    }

    static Path keyFile(String dataDir) {
        return Path.of(dataDir, "secret.key");
    }
}
