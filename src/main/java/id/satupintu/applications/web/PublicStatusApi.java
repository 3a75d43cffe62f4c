package id.satupintu.applications.web;

import id.satupintu.applications.Applications;
import id.satupintu.applications.PublicStatus;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** Where an application stands, for anyone holding its tracking code: no sign-in, no personal data. */
@RestController
@Tag(name = "status", description = "Public status of an application by its tracking code")
class PublicStatusApi {

    /** The prefix of application codes, assumed when someone types only the ten symbols. */
    static final String APPLICATION_PREFIX = "PMH";

    private final Applications applications;

    PublicStatusApi(Applications applications) {
        this.applications = applications;
    }

    @GetMapping("/api/v1/status/{trackingCode}")
    @Operation(summary = "Public status of an application: steps, agencies, deadlines and timeline, no personal data",
            description = "The code is read as people type it: case, spaces and dashes are ignored, O reads as 0 and "
                    + "I/L as 1, the PMH prefix may be left out. A code whose check symbol does not match (a typo) "
                    + "answers 400; a well-formed code of no application of this city answers 404.")
    @ApiResponse(responseCode = "400", description = "not a tracking code (mistyped: the check symbol does not match)")
    @ApiResponse(responseCode = "404", description = "no application with this code")
    PublicStatus status(@Parameter(hidden = true) TenantId tenant,
                        @Parameter(description = "e.g. PMH-7KQ4M-9XD2K") @PathVariable String trackingCode) {
        TrackingCode code = parse(trackingCode).orElseThrow(() -> new InvalidInputException("trackingCode",
                "applications.api.trackingCode", "Not a tracking code: check it for typos"));
        return applications.publicStatus(tenant, code.value())
                .orElseThrow(() -> new NotFoundException("application", code.value()));
    }

    static Optional<TrackingCode> parse(String typed) {
        if (typed.length() > 60) {
            return Optional.empty();
        }
        return TrackingCode.parse(typed).or(() -> TrackingCode.parse(typed, APPLICATION_PREFIX));
    }
}
