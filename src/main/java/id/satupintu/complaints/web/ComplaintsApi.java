package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NearbyComplaint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Complaints over JSON: the public list and a complaint by tracking code for anyone, filing for a signed-in citizen,
 * a kiosk or an outside client (API key), and the reporter's own complaints with confirm / dispute / rate. Nothing in
 * a public answer identifies a reporter.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "complaints", description = "Complaints (pengaduan): public list and map data, filing, the reporter's follow-up")
class ComplaintsApi {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final ComplaintFiling filing;
    private final ReporterFollowUp followUps;
    private final PublicComplaints feed;

    ComplaintsApi(ComplaintFiling filing, ReporterFollowUp followUps, PublicComplaints feed) {
        this.filing = filing;
        this.followUps = followUps;
        this.feed = feed;
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        AccessRules complaintsApiAccessRules() {
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/v1/complaint-categories", "/api/v1/complaints/nearby").permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/complaints/mine").hasRole(Role.CITIZEN.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/complaints", "/api/v1/complaints/*", "/api/v1/complaints/*/timeline").permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/v1/complaints").hasAnyRole(Role.CITIZEN.name(), Role.KIOSK.name(), Role.API_CLIENT.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/complaints/*/support", "/api/v1/complaints/*/confirmation",
                            "/api/v1/complaints/*/dispute", "/api/v1/complaints/*/rating").hasRole(Role.CITIZEN.name());
        }
    }

    // ---- shapes ----

    @Schema(name = "ComplaintCategory")
    record ApiCategory(String code, String name, String description, String group, String agency, String tier,
                       int resolutionWorkingDays, List<String> keywords) {
        static ApiCategory of(ComplaintCategory c, String lang) {
            return new ApiCategory(c.code(), c.name(lang), c.description(lang), c.group(), c.agencyCode(), c.tier().name(),
                    c.tier().workingDays(), c.keywords());
        }
    }

    @Schema(name = "PublicComplaint", description = "a complaint as anyone may see it; never anything about its reporter")
    record ApiPublicComplaint(String trackingCode, String category, String description, @Nullable Double lat,
                              @Nullable Double lon, @Nullable String address, @Nullable String kecamatan,
                              @Nullable String kelurahan, String status, boolean open, List<String> agencies, int supporters,
                              List<String> photos, Instant submittedAt, Instant updatedAt, @Nullable Instant expectedAt,
                              @Nullable String statusNote, boolean overdue) {
        static ApiPublicComplaint of(PublicComplaint c) {
            return new ApiPublicComplaint(c.trackingCode(), c.categoryCode(), c.description(),
                    c.point().map(GeoPoint::lat).orElse(null), c.point().map(GeoPoint::lon).orElse(null), c.address().orElse(null),
                    c.kecamatanCode().orElse(null), c.kelurahanCode().orElse(null), c.status().name(), c.status().isOpen(),
                    c.agencies(), c.supporters(), c.photoIds().stream().map(id -> "/pengaduan/foto/" + id).toList(),
                    c.submittedAt(), c.updatedAt(), c.expectedAt().orElse(null), c.statusNote().orElse(null), c.overdue());
        }
    }

    @Schema(name = "PublicComplaintPage")
    record ApiPage(List<ApiPublicComplaint> items, int page, int size, boolean hasMore) {
    }

    @Schema(name = "MyComplaint", description = "a complaint as its reporter (or a supporter) sees it")
    record ApiMyComplaint(UUID id, String trackingCode, String category, String description, String privacy, String status,
                          boolean reporter, int supporters, Instant submittedAt, Instant verifyDue,
                          @Nullable Instant resolveDue, @Nullable Instant autoCloseAt, @Nullable String statusNote,
                          @Nullable Integer rating, boolean overdue,
                          @Schema(description = "only in the answer to filing a complaint without a citizen account "
                                  + "(anonymous, or by an outside system), once: with the tracking code it lets the "
                                  + "reporter confirm, dispute and rate at /pengaduan/lanjut/{trackingCode}/{reporterSecret}")
                          @Nullable String reporterSecret) {
        static ApiMyComplaint of(ComplaintView c, Viewer viewer) {
            return new ApiMyComplaint(c.id(), c.trackingCode(), c.categoryCode(), c.description(), c.privacy().name(),
                    c.status().name(), c.reporterId().map(viewer.accountId()::equals).orElse(false), c.supporters(),
                    c.submittedAt(), c.verifyDue(), c.resolveDue().orElse(null), c.autoCloseAt().orElse(null),
                    c.statusNote().orElse(null), c.rating().orElse(null), c.overdue(), c.reporterSecret().orElse(null));
        }
    }

    @Schema(name = "ComplaintEvent")
    record ApiEvent(Instant at, String kind, @Nullable String agency, @Nullable String message) {
        static ApiEvent of(ComplaintEvent e) {
            return new ApiEvent(e.at(), e.kind().code(), e.agencyCode().orElse(null), e.message().orElse(null));
        }
    }

    @Schema(name = "Dispute")
    record ApiDispute(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "Rating")
    record ApiRating(@Min(1) @Max(5) int stars, @Nullable @Size(max = 1000) String comment) {
    }

    // ---- public ----

    @GetMapping("/complaint-categories")
    @Operation(summary = "Complaint categories of the city, each with its responsible agency and resolution tier")
    List<ApiCategory> categories(TenantId tenant, @RequestParam(name = "lang", defaultValue = "id") String lang) {
        return filing.categories(tenant).stream().map(c -> ApiCategory.of(c, lang)).toList();
    }

    @GetMapping("/complaints")
    @Operation(summary = "Public complaints, newest first",
            description = "Filters: category, agency, status, open, kecamatan, from/to (dates, Asia/Jakarta), q (words), overdue.")
    ApiPage list(TenantId tenant, @RequestParam(required = false) @Nullable String category,
                 @RequestParam(required = false) @Nullable String agency, @RequestParam(required = false) @Nullable String status,
                 @RequestParam(required = false) @Nullable Boolean open, @RequestParam(required = false) @Nullable String kecamatan,
                 @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                 @RequestParam(name = "q", required = false) @Nullable String text,
                 @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "20") int size) {
        ComplaintQuery query = new ComplaintQuery(blank(category), blank(agency), blank(status).map(ComplaintsApi::status),
                Optional.ofNullable(open), blank(kecamatan), blank(from).map(d -> day(d, "from", false)),
                blank(to).map(d -> day(d, "to", true)), blank(text), overdue, page, size);
        ComplaintPage<PublicComplaint> result = feed.publicList(tenant, query);
        return new ApiPage(result.items().stream().map(ApiPublicComplaint::of).toList(), result.page(), result.size(), result.hasMore());
    }

    @GetMapping("/complaints/nearby")
    @Operation(summary = "Open public complaints of a category within about 50 m, to join instead of filing again")
    List<NearbyComplaint> nearby(TenantId tenant, @RequestParam String category, @RequestParam double lat, @RequestParam double lon) {
        return filing.similarNearby(tenant, category, new GeoPoint(lat, lon));
    }

    @GetMapping("/complaints/{code}")
    @Operation(summary = "A public complaint by tracking code (404 for a confidential one)")
    ApiPublicComplaint one(TenantId tenant, @PathVariable String code) {
        return feed.publicComplaint(tenant, code).map(ApiPublicComplaint::of)
                .orElseThrow(() -> new NotFoundException("complaint", code));
    }

    @GetMapping("/complaints/{code}/timeline")
    @Operation(summary = "The public timeline of a complaint")
    List<ApiEvent> timeline(TenantId tenant, @PathVariable String code) {
        feed.publicComplaint(tenant, code).orElseThrow(() -> new NotFoundException("complaint", code));
        return feed.publicTimeline(tenant, code).stream().map(ApiEvent::of).toList();
    }

    // ---- filing and the reporter's follow-up ----

    @PostMapping(value = "/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "File a complaint (multipart: fields and up to 3 photos)",
            description = "201 with the complaint. A point (lat + lon) or an address is needed. privacy: PUBLIC, CONFIDENTIAL "
                    + "or ANONYMOUS. With an Idempotency-Key, a repeat (retry, double click) returns the same complaint, never a second.")
    ResponseEntity<ApiMyComplaint> file(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = false)
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestParam String category, @RequestParam String description,
            @RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
            @RequestParam(required = false) @Nullable String address,
            @RequestParam(defaultValue = "PUBLIC") String privacy,
            @RequestParam(defaultValue = "id") String lang,
            @RequestPart(name = "photo", required = false) @Nullable List<MultipartFile> photos) {
        Viewer reporter = Viewers.required();
        if ((lat == null) != (lon == null)) {
            throw new InvalidInputException(lat == null ? "lat" : "lon", "complaint.place.missing", "Give both lat and lon");
        }
        PrivacyMode mode = Arrays.stream(PrivacyMode.values()).filter(m -> m.name().equals(privacy)).findFirst()
                .orElseThrow(() -> new InvalidInputException("privacy", "complaint.privacy.invalid",
                        "privacy must be PUBLIC, CONFIDENTIAL or ANONYMOUS"));
        Optional<String> key = Optional.ofNullable(idempotencyKey).map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches()) {
            throw new InvalidInputException("Idempotency-Key", "complaint.idempotencyKey.tooLong",
                    "Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        List<NewComplaint.Photo> uploads = new ArrayList<>();
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                uploads.add(new NewComplaint.Photo(String.valueOf(photo.getOriginalFilename()), bytes(photo)));
            }
        }
        Channel channel = reporter.has(Role.KIOSK) ? Channel.KIOSK : reporter.has(Role.CITIZEN) ? Channel.WEB : Channel.API;
        ComplaintView filed = filing.file(reporter, new NewComplaint(category, description,
                lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon)), Optional.ofNullable(address), mode,
                uploads, channel, Optional.empty(), key, "en".equals(lang) ? "en" : "id"));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + filed.trackingCode())).body(ApiMyComplaint.of(filed, reporter));
    }

    @GetMapping("/complaints/mine")
    @Operation(summary = "The citizen's complaints (filed or supported), newest first")
    List<ApiMyComplaint> mine() {
        Viewer citizen = Viewers.required();
        return filing.mine(citizen).stream().map(c -> ApiMyComplaint.of(c, citizen)).toList();
    }

    @PostMapping("/complaints/{id}/support")
    @Operation(summary = "\"Saya juga\": support an open public complaint")
    ApiMyComplaint support(@PathVariable UUID id) {
        Viewer citizen = Viewers.required();
        return ApiMyComplaint.of(filing.join(citizen, id), citizen);
    }

    @PostMapping("/complaints/{id}/confirmation")
    @Operation(summary = "The reporter accepts the resolution")
    ApiMyComplaint confirm(@PathVariable UUID id) {
        Viewer citizen = Viewers.required();
        return ApiMyComplaint.of(followUps.confirm(citizen, id), citizen);
    }

    @PostMapping("/complaints/{id}/dispute")
    @Operation(summary = "The reporter disputes the resolution: closed, not fixed")
    ApiMyComplaint dispute(@PathVariable UUID id, @Valid @RequestBody ApiDispute dispute) {
        Viewer citizen = Viewers.required();
        return ApiMyComplaint.of(followUps.dispute(citizen, id, dispute.reason()), citizen);
    }

    @PostMapping("/complaints/{id}/rating")
    @Operation(summary = "The reporter rates the resolution (1-5 stars), once")
    ApiMyComplaint rate(@PathVariable UUID id, @Valid @RequestBody ApiRating rating) {
        Viewer citizen = Viewers.required();
        return ApiMyComplaint.of(followUps.rate(citizen, id, rating.stars(), rating.comment() == null ? "" : rating.comment()), citizen);
    }

    // ---- helpers ----

    /** The signed-in principal of an API call (this API's and {@link ComplaintWorkApi}'s). */
    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> blank(@Nullable String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static ComplaintStatus status(String value) {
        return Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "complaint.query.status", "Unknown status: " + value));
    }

    private static Instant day(String value, String field, boolean endOfDay) {
        try {
            LocalDate date = LocalDate.parse(value);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(id.satupintu.ui.Dates.JAKARTA).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "complaint.query.date", "Dates are written 2026-11-28");
        }
    }
}
