package id.satupintu.identity.internal;

import id.satupintu.shared.Ids;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TooManyRequestsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Six-digit one-time codes: kept only as a keyed hash, valid for at most ten minutes, used once, void after a
 * few wrong guesses, and sent at most a few times per window to one account.
 */
@Component
class OtpCodes {

    enum Purpose { CONFIRM_CONTACT }

    enum Outcome { ACCEPTED, WRONG, EXPIRED_OR_USED }

    private final JdbcClient jdbc;
    private final PersonalDataKey key;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OtpCodes(JdbcClient jdbc, PersonalDataKey key, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** Makes a new code, voiding earlier unused ones, and returns it for delivery. */
    @Transactional
    String issue(TenantId tenant, UUID accountId, Purpose purpose, String channel) {
        Instant now = clock.instant();
        int recent = jdbc.sql("select count(*) from otp_codes where account_id = :account and created_at > :since")
                .param("account", accountId).param("since", Timestamp.from(now.minus(properties.otpSendWindow())))
                .query(Integer.class).single();
        if (recent >= properties.otpMaxSendsPerWindow()) {
            throw new TooManyRequestsException("identity.otp.tooMany", "Too many codes requested; wait and try again");
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("update otp_codes set consumed_at = :now where account_id = :account and purpose = :purpose and consumed_at is null")
                .param("now", Timestamp.from(now)).param("account", accountId).param("purpose", purpose.name()).update();
        jdbc.sql("""
                insert into otp_codes (id, tenant_id, account_id, purpose, channel, code_hash, expires_at, attempts, created_at)
                values (:id, :tenant, :account, :purpose, :channel, :hash, :expires, 0, :now)""")
                .param("id", Ids.newId()).param("tenant", tenant.code()).param("account", accountId)
                .param("purpose", purpose.name()).param("channel", channel).param("hash", hash(accountId, code))
                .param("expires", Timestamp.from(now.plus(properties.otpTtl()))).param("now", Timestamp.from(now))
                .update();
        return code;
    }

    /**
     * Checks a code against the account's live codes. Runs in its own transaction so that a wrong guess is
     * counted even when the caller's work rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Outcome verify(UUID accountId, Purpose purpose, String code) {
        Instant now = clock.instant();
        Optional<Live> live = jdbc.sql("""
                select id, code_hash, attempts from otp_codes
                where account_id = :account and purpose = :purpose and consumed_at is null and expires_at > :now
                  and attempts < :max
                order by created_at desc""")
                .param("account", accountId).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .param("max", properties.otpMaxAttempts())
                .query((rs, row) -> new Live(rs.getObject("id", UUID.class), rs.getString("code_hash")))
                .list().stream().findFirst();
        if (live.isEmpty()) {
            return Outcome.EXPIRED_OR_USED;
        }
        String normalised = code == null ? "" : code.replaceAll("\\s", "");
        if (normalised.matches("\\d{6}") && key.hmacMatches(accountId + ":" + normalised, live.get().hash())) {
            int consumed = jdbc.sql("update otp_codes set consumed_at = :now where id = :id and consumed_at is null")
                    .param("now", Timestamp.from(now)).param("id", live.get().id()).update();
            return consumed == 1 ? Outcome.ACCEPTED : Outcome.EXPIRED_OR_USED;
        }
        jdbc.sql("update otp_codes set attempts = attempts + 1 where id = :id").param("id", live.get().id()).update();
        return Outcome.WRONG;
    }

    private String hash(UUID accountId, String code) {
        return key.hmac(accountId + ":" + code);
    }

    private record Live(UUID id, String hash) {
    }
}
