package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.PublicUpdate;
import id.satupintu.identity.ApiClients;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.PublicUrl;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Open311 service requests: filing a complaint on someone's behalf (with the city's API key), following public ones
 * by id, by filter, by token, and the updates FixMyStreet reads. Only the public view of complaints
 * ({@link PublicComplaint}) is ever answered: nothing identifies a reporter.
 */
@RestController
@Tag(name = "Open311")
@NullMarked
class Open311RequestsApi {

    static final String BASE = Open311Api.BASE;
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = ComplaintQuery.MAX_SIZE;
    /** service_request_id values one list call may name. */
    static final int MAX_IDS = 200;

    private final ComplaintFiling filing;
    private final PublicComplaints feed;
    private final Organisation organisation;
    private final ApiClients apiClients;
    private final Open311Context context;
    private final Open311Writer writer;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicUrl publicUrl;

    Open311RequestsApi(ComplaintFiling filing, PublicComplaints feed, Organisation organisation, ApiClients apiClients,
                       Open311Context context, Open311Writer writer, MessageSource messages, Clock clock,
                       PublicUrl publicUrl) {
        this.filing = filing;
        this.feed = feed;
        this.organisation = organisation;
        this.apiClients = apiClients;
        this.context = context;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    // ---- filing ----

    @PostMapping(BASE + "/requests.{format}")
    @Operation(summary = "Create a service request (file a complaint) on someone's behalf",
            description = "Form fields as GeoReport v2: api_key, service_code, lat + long or address_string, "
                    + "description (optional, at most 4,000 characters; without one the category names the problem), email, phone, first_name, last_name. The reporter's "
                    + "contact is kept for the city only and never shown. media_url is not fetched; a photo may be "
                    + "sent as a multipart file named media. An Idempotency-Key header makes a retry safe.")
    @ApiResponse(responseCode = "400", description = "missing or invalid field")
    @ApiResponse(responseCode = "403", description = "missing, unknown or revoked api_key, or a key of another city")
    ResponseEntity<byte[]> create(@PathVariable String format, HttpServletRequest request,
                                  @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        Viewer client = client(params, tenant);
        String lang = Open311Context.language(request, params);
        String serviceCode = params.required("service_code");
        ComplaintCategory category = filing.category(tenant, serviceCode)
                .orElseThrow(() -> Open311Error.notFound("service_code was not found in this jurisdiction"));
        Optional<GeoPoint> point = point(params);
        Optional<String> address = params.text("address_string");
        if (point.isEmpty() && address.isEmpty()) {
            throw Open311Error.badRequest(params.text("address_id").isPresent()
                    ? "address_id not supported: give lat and long, or address_string"
                    : "A location is required: lat and long, or address_string");
        }
        Optional<String> email = params.text("email");
        // brackets and dots are common in typed numbers, "(031) 123.4567"; spaces and dashes the service drops itself
        Optional<String> phone = params.text("phone").map(number -> number.replaceAll("[().]", ""));
        Optional<String> firstName = params.text("first_name");
        Optional<String> lastName = params.text("last_name");
        Optional<NewComplaint.ReporterContact> contact = email.isPresent() || phone.isPresent() || firstName.isPresent()
                || lastName.isPresent() ? Optional.of(new NewComplaint.ReporterContact(email, phone, firstName, lastName))
                : Optional.empty();
        List<NewComplaint.Photo> photos = photos(request);
        ComplaintView filed = filing.file(client, new NewComplaint(category.code(),
                params.text("description").orElse(""), point, address, PrivacyMode.PUBLIC, photos, Channel.OPEN311,
                contact, Optional.ofNullable(idempotencyKey).map(String::strip).filter(key -> !key.isEmpty()), lang));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", filed.trackingCode());
        created.put("service_notice", notice(lang, params.text("media_url").isPresent()));
        return writer.answer(HttpStatus.OK, answer, Open311Document.list("service_requests", "request", List.of(created)));
    }

    /** The API client of the {@code api_key}, which must belong to the jurisdiction's city. */
    private Viewer client(Open311Params params, TenantId tenant) {
        String key = params.text("api_key").orElseThrow(() -> Open311Error.forbidden("api_key is required to create a request"));
        Viewer client = apiClients.authenticate(key)
                .filter(viewer -> viewer.has(Role.API_CLIENT) || viewer.has(Role.KIOSK))
                .orElseThrow(() -> Open311Error.forbidden("Invalid api_key: unknown or revoked"));
        if (!client.tenant().equals(tenant)) {
            throw Open311Error.forbidden("This api_key is not valid for this jurisdiction_id");
        }
        return client;
    }

    private static Optional<GeoPoint> point(Open311Params params) {
        Optional<Double> lat = params.number("lat");
        Optional<Double> lon = params.number("long");
        if (lat.isPresent() != lon.isPresent()) {
            throw Open311Error.badRequest("lat and long must be given together");
        }
        return lat.map(latitude -> new GeoPoint(latitude, lon.orElseThrow()));
    }

    /** Photos uploaded as multipart files named {@code media} (remote media_url links are not fetched). */
    private static List<NewComplaint.Photo> photos(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        List<NewComplaint.Photo> photos = new ArrayList<>();
        for (MultipartFile file : multipart.getFiles("media")) {
            if (!file.isEmpty()) {
                try {
                    photos.add(new NewComplaint.Photo(String.valueOf(file.getOriginalFilename()), file.getBytes()));
                } catch (IOException e) {
                    throw Open311Error.badRequest("media could not be read");
                }
            }
        }
        return photos;
    }

    private String notice(String lang, boolean mediaUrlGiven) {
        Locale locale = Locale.forLanguageTag(lang);
        String notice = message("complaints.open311.notice", "en".equals(lang)
                ? "Received. The complaint desk verifies it within 3 working days."
                : "Diterima. Petugas pengaduan memverifikasinya dalam 3 hari kerja.", locale);
        if (mediaUrlGiven) {
            notice += " " + message("complaints.open311.mediaUrl", "en".equals(lang)
                    ? "media_url was not fetched: send the photo as a multipart file named media."
                    : "media_url tidak diunduh: kirim foto sebagai berkas multipart bernama media.", locale);
        }
        return notice;
    }

    private String message(String key, String fallback, Locale locale) {
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, fallback, locale), fallback);
    }

    // ---- following ----

    @GetMapping(BASE + "/requests.{format}")
    @Operation(summary = "Public service requests, newest first (at most 1,000)",
            description = "Filters: service_request_id (comma list; overrides the others), service_code (comma "
                    + "list), start_date and end_date (ISO 8601, at most 90 days apart; default the last 90 days), "
                    + "status (open or closed). Confidential complaints never appear.")
    @ApiResponse(responseCode = "400", description = "unreadable date or status, or a window above 90 days")
    ResponseEntity<byte[]> requests(@PathVariable String format, HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        String lang = Open311Context.language(request, params);
        List<String> ids = params.list("service_request_id");
        List<PublicComplaint> found;
        if (!ids.isEmpty()) {
            if (ids.size() > MAX_IDS) {
                throw Open311Error.badRequest("At most " + MAX_IDS + " service_request_id values at once");
            }
            Map<UUID, PublicComplaint> byId = new LinkedHashMap<>();
            for (String id : ids) {
                feed.publicComplaint(tenant, id).ifPresent(complaint -> byId.putIfAbsent(complaint.id(), complaint));
            }
            found = List.copyOf(byId.values());
        } else {
            found = search(tenant, params);
        }
        return requestList(answer, tenant, lang, found);
    }

    private List<PublicComplaint> search(TenantId tenant, Open311Params params) {
        Optional<Boolean> open = openFilter(params.list("status"));
        Optional<Instant> start = params.instant("start_date", false);
        Optional<Instant> end = params.instant("end_date", true);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw Open311Error.badRequest("end_date is before start_date");
        }
        if (start.isPresent() && end.isPresent() && Duration.between(start.get(), end.get()).compareTo(MAX_WINDOW) > 0) {
            throw Open311Error.badRequest("start_date and end_date may be at most 90 days apart");
        }
        Instant from = start.orElseGet(() -> end.orElseGet(clock::instant).minus(MAX_WINDOW));
        Optional<Instant> to = end.or(() -> start.map(first -> first.plus(MAX_WINDOW)));
        List<String> codes = params.list("service_code");
        List<Optional<String>> categories = codes.isEmpty() ? List.of(Optional.empty())
                : codes.stream().map(Optional::of).toList();
        List<PublicComplaint> found = new ArrayList<>();
        for (Optional<String> category : categories) {
            found.addAll(feed.publicList(tenant, new ComplaintQuery(category, Optional.empty(), Optional.empty(),
                    open, Optional.empty(), Optional.of(from), to, Optional.empty(), false, 0, MAX_REQUESTS)).items());
        }
        if (categories.size() > 1) {
            found.sort(Comparator.comparing(PublicComplaint::submittedAt).thenComparing(PublicComplaint::id).reversed());
        }
        return found.size() > MAX_REQUESTS ? found.subList(0, MAX_REQUESTS) : found;
    }

    /** {@code open}, {@code closed}, or both (= no filter), comma-separated as GeoReport allows. */
    private static Optional<Boolean> openFilter(List<String> statuses) {
        Set<Boolean> wanted = new LinkedHashSet<>();
        for (String status : statuses) {
            switch (status.toLowerCase(Locale.ROOT)) {
                case "open" -> wanted.add(true);
                case "closed" -> wanted.add(false);
                default -> throw Open311Error.badRequest("status must be open or closed");
            }
        }
        return wanted.size() == 1 ? Optional.of(wanted.iterator().next()) : Optional.empty();
    }

    @GetMapping(BASE + "/requests/{service_request_id}.{format}")
    @Operation(summary = "One public service request by its id (the tracking code)")
    @ApiResponse(responseCode = "404", description = "no public request with this id")
    ResponseEntity<byte[]> request(@PathVariable("service_request_id") String id, @PathVariable String format,
                                   HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        String lang = Open311Context.language(request, params);
        PublicComplaint complaint = feed.publicComplaint(tenant, id)
                .orElseThrow(() -> Open311Error.notFound("No service request with this service_request_id"));
        return requestList(answer, tenant, lang, List.of(complaint));
    }

    @GetMapping(BASE + "/servicerequestupdates.{format}")
    @Operation(summary = "Updates of public service requests in a time window, oldest first (at most 1,000)",
            description = "The service request updates extension FixMyStreet reads: start_date and end_date (ISO 8601, "
                    + "at most 90 days apart; default the last 24 hours). Each update has update_id, service_request_id, "
                    + "status (open, investigating, in_progress, fixed, closed, not_councils_responsibility, duplicate), "
                    + "updated_datetime, description and media_url. Confidential complaints never appear.")
    @ApiResponse(responseCode = "400", description = "unreadable date, or a window above 90 days")
    ResponseEntity<byte[]> updates(@PathVariable String format, HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        String lang = Open311Context.language(request, params);
        Optional<Instant> start = params.instant("start_date", false);
        Optional<Instant> end = params.instant("end_date", true);
        Instant to = end.orElseGet(() -> start.map(first -> first.plus(Duration.ofDays(1))).orElseGet(clock::instant));
        Instant from = start.orElseGet(() -> to.minus(Duration.ofDays(1)));
        if (!from.isBefore(to)) {
            throw Open311Error.badRequest("end_date must be after start_date");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw Open311Error.badRequest("start_date and end_date may be at most 90 days apart");
        }
        Map<String, String> agencyNames = new HashMap<>();
        organisation.agencies(tenant).forEach(agency -> agencyNames.put(agency.code(), agency.name(lang)));
        Locale locale = Locale.forLanguageTag(lang);
        List<Map<String, @Nullable Object>> entries = new ArrayList<>();
        for (PublicUpdate update : feed.publicUpdates(tenant, from, to.plusMillis(1), MAX_REQUESTS)) {
            Optional<String> status = update.kind().open311Status();
            if (status.isEmpty()) {
                continue; // a supporter joined, a deadline passed, a rating: nothing a client's report changes by
            }
            String agency = update.agencyCode().map(code -> agencyNames.getOrDefault(code, code)).orElse("");
            Map<String, @Nullable Object> entry = new LinkedHashMap<>();
            entry.put("update_id", update.id().toString());
            entry.put("service_request_id", update.trackingCode());
            entry.put("status", status.get());
            entry.put("updated_datetime", Open311Context.dateTime(update.at()));
            entry.put("description", update.message().orElseGet(() ->
                    messages.getMessage(update.kind().messageKey(), new Object[]{agency}, update.kind().code(), locale)));
            entry.put("media_url", "");
            entries.add(entry);
        }
        return writer.answer(HttpStatus.OK, answer, Open311Document.list("service_request_updates", "request_update", entries));
    }

    @GetMapping(BASE + "/tokens/{token}.{format}")
    @Operation(summary = "The service_request_id of a token returned when the request was created")
    @ApiResponse(responseCode = "404", description = "unknown token")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        PublicComplaint complaint = Open311Context.uuid(token).flatMap(id -> feed.publicComplaint(tenant, id))
                .orElseThrow(() -> Open311Error.notFound("No service request with this token"));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", complaint.trackingCode());
        entry.put("token", complaint.id().toString());
        return writer.answer(HttpStatus.OK, answer, Open311Document.list("service_requests", "request", List.of(entry)));
    }

    private ResponseEntity<byte[]> requestList(Open311Format answer, TenantId tenant, String lang, List<PublicComplaint> found) {
        Map<String, ComplaintCategory> categories = filing.categories(tenant).stream()
                .collect(Collectors.toMap(ComplaintCategory::code, Function.identity(), (a, b) -> a));
        Map<String, String> agencyNames = new HashMap<>();
        if (found.stream().anyMatch(complaint -> !complaint.agencies().isEmpty())) {
            organisation.agencies(tenant).forEach(agency -> agencyNames.put(agency.code(), agency.name(lang)));
        }
        List<Map<String, @Nullable Object>> entries = found.stream()
                .map(complaint -> entry(complaint, categories, agencyNames, lang)).toList();
        return writer.answer(HttpStatus.OK, answer, Open311Document.list("service_requests", "request", entries));
    }

    /** A complaint as a GeoReport request: only what {@link PublicComplaint} holds, so never its reporter. */
    private Map<String, @Nullable Object> entry(PublicComplaint complaint, Map<String, ComplaintCategory> categories,
                                      Map<String, String> agencyNames, String lang) {
        Map<String, @Nullable Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", complaint.trackingCode());
        entry.put("status", complaint.status().isOpen() ? "open" : "closed");
        entry.put("status_notes", complaint.statusNote().orElse(""));
        ComplaintCategory category = categories.get(complaint.categoryCode());
        entry.put("service_name", category == null ? complaint.categoryCode() : category.name(lang));
        entry.put("service_code", complaint.categoryCode());
        entry.put("description", complaint.description());
        entry.put("agency_responsible", complaint.agencies().stream()
                .map(code -> agencyNames.getOrDefault(code, code)).distinct().collect(Collectors.joining(", ")));
        entry.put("service_notice", "");
        entry.put("requested_datetime", Open311Context.dateTime(complaint.submittedAt()));
        entry.put("updated_datetime", Open311Context.dateTime(complaint.updatedAt()));
        entry.put("expected_datetime", complaint.expectedAt().map(Open311Context::dateTime).orElse(null));
        entry.put("address", complaint.address().orElse(""));
        entry.put("address_id", "");
        entry.put("zipcode", "");
        entry.put("lat", complaint.point().map(GeoPoint::lat).orElse(null));
        entry.put("long", complaint.point().map(GeoPoint::lon).orElse(null));
        entry.put("media_url", complaint.photoIds().isEmpty() ? ""
                : publicUrl.of("/pengaduan/foto/" + complaint.photoIds().getFirst()));
        return entry;
    }

    /** Every failure of these endpoints in GeoReport's format. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception failure, HttpServletRequest request) {
        return context.failed(failure, request);
    }
}
