package bench;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Baseline for the status-lookup benchmark (bench/applications/run.sh): a JSON answer of about the size of
 * SatuPintu's public status, with no database, no security and no templates. What SatuPintu does beyond this is
 * the cost the benchmark shows.
 */
@RestController
class StatusEndpoint {

    @GetMapping("/status/{code}")
    Map<String, Object> status(@PathVariable String code) {
        return Map.of("trackingCode", code, "status", "IN_PROGRESS", "submittedAt", "2026-11-28T03:15:00Z",
                "dueAt", "2026-12-09T16:59:59Z", "overdue", false,
                "steps", List.of(Map.of("nameId", "Verifikasi kelurahan", "agencyCode", "kel-3578041005", "status", "OPEN"),
                        Map.of("nameId", "Verifikasi dinas sosial", "agencyCode", "dinsos", "status", "WAITING")));
    }
}
