package id.satupintu.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    /** Where people live: times are stored in UTC and shown, and working days counted, in this zone. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
