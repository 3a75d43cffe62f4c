package bench;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Baseline for the start-up benchmark (bench/startup/run.sh): nothing but Spring MVC and actuator's
 * /actuator/health, with virtual threads on as in SatuPintu. The settings live here rather than in an
 * application.properties so that the whole app is this one file; command-line arguments still override them.
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BareApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.application.name", "bare",
                "spring.threads.virtual.enabled", "true",
                "management.endpoints.web.exposure.include", "health"));
        app.run(args);
    }
}
