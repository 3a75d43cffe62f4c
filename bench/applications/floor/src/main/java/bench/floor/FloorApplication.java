package bench.floor;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the submit benchmark (bench/applications/run.sh): {@code POST /submissions} takes a small JSON
 * body and writes pgbench's three rows (application, step, timeline) in one transaction through Spring's
 * JdbcClient and Hikari, then answers JSON. No security, no validation, no workflow, no outbox, no audit: what
 * any Spring Boot web app pays to turn an HTTP request into pgbench's transaction on this machine. SatuPintu's
 * submit can at best approach this figure; the distance between the two is the cost of the submit's own work.
 * {@code POST /complaints} does the same with the three rows of bench/complaints/run.sh's pgbench script
 * (complaint, task, event). The database comes from the command line (--spring.datasource.url=...); the tables
 * are pgbench's, created by the run.sh that starts this app.
 */
@SpringBootApplication
@RestController
public class FloorApplication {

    private final JdbcClient jdbc;

    FloorApplication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(FloorApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.application.name", "floor",
                "spring.threads.virtual.enabled", "true",
                "management.endpoints.web.exposure.include", "health"));
        app.run(args);
    }

    record Submission(String tenant, String payload) {
    }

    @PostMapping("/submissions")
    @Transactional
    public Map<String, Object> submit(@RequestBody Submission submission) {
        String code = "PMH-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long id = jdbc.sql("insert into bench_application (tenant_id, code, payload) values (?, ?, ?) returning id")
                .params(submission.tenant(), code, submission.payload()).query(Long.class).single();
        jdbc.sql("insert into bench_step (application_id, agency, status, due_at) values (?, 'kel-3578041005', 'OPEN', now() + interval '3 days')")
                .param(id).update();
        jdbc.sql("insert into bench_timeline (application_id, kind) values (?, 'submitted')").param(id).update();
        return Map.of("id", id, "trackingCode", code, "status", "SUBMITTED");
    }

    record Complaint(String tenant, String description, double lat, double lon) {
    }

    @PostMapping("/complaints")
    @Transactional
    public Map<String, Object> complain(@RequestBody Complaint complaint) {
        String code = "ADU-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long id = jdbc.sql("insert into bench_complaint (tenant_id, code, description, lat, lon) values (?, ?, ?, ?, ?) returning id")
                .params(complaint.tenant(), code, complaint.description(), complaint.lat(), complaint.lon()).query(Long.class).single();
        jdbc.sql("insert into bench_task (complaint_id, kind) values (?, 'verify')").param(id).update();
        jdbc.sql("insert into bench_event (complaint_id, kind) values (?, 'submitted')").param(id).update();
        return Map.of("service_request_id", code, "id", id);
    }
}
