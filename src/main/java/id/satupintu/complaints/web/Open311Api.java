package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.TenantView;
import id.satupintu.shared.PublicUrl;
import id.satupintu.shared.TenantId;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over the complaints module, so that apps and services
 * built for other cities (FixMyStreet, the CUTR Java client, SeeClickFix) can list our complaint categories, file
 * complaints on a citizen's behalf and follow them without any SatuPintu-specific code.
 *
 * <p>This class: discovery, the services (categories), and every other path under {@code /open311};
 * {@link Open311RequestsApi} serves the requests. Everything read is the public view of complaints ({@link PublicComplaints#publicList}, {@link PublicComplaint}):
 * confidential complaints never appear and nothing identifies a reporter, whatever a client filed with them.
 * Filing needs an API key of the jurisdiction's city, carried as GeoReport's {@code api_key} form parameter (the
 * security chain lets every call through; the key is checked here). Every failure on these paths, including an
 * unknown path or method, is answered in GeoReport's own error format, because that is the only shape its clients
 * parse.
 */
@RestController
@Tag(name = "Open311", description = "Open311 GeoReport v2: complaint categories as services, complaints as "
        + "service requests. Each endpoint answers in JSON or XML by its suffix (.json, .xml).")
@NullMarked
class Open311Api {

    static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint's behaviour last changed, as the discovery document announces (must lie in the past). */
    static final String CHANGESET = "2026-11-28T00:00:00+07:00";
    /** The endpoints and their methods, to tell "wrong method" (405) from "no such endpoint" (404). */
    private static final Map<PathPattern, Set<HttpMethod>> ENDPOINTS = endpoints();

    private final ComplaintFiling filing;
    private final Organisation organisation;
    private final Open311Context context;
    private final Open311Writer writer;
    private final String publicUrl;
    private final String endpointType;
    private final @Nullable String testUrl;

    Open311Api(ComplaintFiling filing, Organisation organisation, Open311Context context, Open311Writer writer,
               PublicUrl publicUrl, Open311Properties settings) {
        this.filing = filing;
        this.organisation = organisation;
        this.context = context;
        this.writer = writer;
        this.publicUrl = publicUrl.base();
        // an instance running on demo data is a test endpoint: what is filed there reaches no real city
        this.endpointType = settings.demoData() ? "test" : "production";
        this.testUrl = settings.testUrl();
    }

    @GetMapping({BASE + "/discovery.{format}", "/open311/discovery.{format}"})
    @Operation(summary = "Discovery: this endpoint's URL, formats and contact",
            description = "Also at /open311/discovery.{format}, where validators look for it. Lists a second, test "
                    + "endpoint when satupintu.open311.test-url names one (e.g. a staging instance).")
    ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        String city = organisation.tenant(tenant).map(TenantView::name).orElse("SatuPintu");
        List<Map<String, Object>> endpoints = new ArrayList<>();
        endpoints.add(endpoint(publicUrl + BASE, endpointType));
        if (testUrl != null) {
            endpoints.add(endpoint(testUrl, "test"));
        }
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", city + " — SatuPintu, " + publicUrl);
        discovery.put("key_service", "API keys (api_key) are issued by the city's SatuPintu administrators: "
                + publicUrl + "/admin/kunci-api");
        discovery.put("endpoints", endpoints);
        return writer.answer(HttpStatus.OK, answer, Open311Document.object("discovery", discovery));
    }

    private static Map<String, Object> endpoint(String url, String type) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", url);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", type);
        endpoint.put("formats", List.of(Open311Format.XML.discoveryName(), Open311Format.JSON.discoveryName()));
        return endpoint;
    }

    @GetMapping(BASE + "/services.{format}")
    @Operation(summary = "Service list: one service per complaint category")
    @Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, description = "tenant code, e.g. 35.78; default: the host's city")
    ResponseEntity<byte[]> services(@PathVariable String format, HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        String lang = Open311Context.language(request, params);
        List<Map<String, Object>> services = filing.categories(tenant).stream()
                .map(category -> service(category, lang)).toList();
        return writer.answer(HttpStatus.OK, answer, Open311Document.list("services", "service", services));
    }

    private static Map<String, Object> service(ComplaintCategory category, String lang) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", category.name(lang));
        service.put("description", category.description(lang));
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", String.join(", ", category.keywords()));
        service.put("group", category.group());
        return service;
    }

    @GetMapping(BASE + "/services/{service_code}.{format}")
    @Operation(summary = "Service definition: our categories ask no extra attributes, so the list is empty")
    @ApiResponse(responseCode = "404", description = "no such service_code")
    ResponseEntity<byte[]> serviceDefinition(@PathVariable("service_code") String serviceCode, @PathVariable String format,
                                             HttpServletRequest request) {
        Open311Format answer = Open311Context.format(format);
        Open311Params params = new Open311Params(request);
        TenantId tenant = context.jurisdiction(request, params);
        ComplaintCategory category = filing.category(tenant, serviceCode)
                .orElseThrow(() -> Open311Error.notFound("No service with this service_code"));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", List.of());
        return writer.answer(HttpStatus.OK, answer, Open311Document.object("service_definition", definition));
    }

    // ---- everything else under /open311 ----

    /**
     * Paths and methods nothing above serves: 405 (with {@code Allow}) for a known endpoint called with another
     * method, 404 otherwise, both in GeoReport's error format rather than the platform's problem+json.
     */
    @Hidden
    @RequestMapping({"/open311", "/open311/**"})
    ResponseEntity<byte[]> elsewhere(HttpServletRequest request) {
        String path = Open311Context.path(request);
        Open311Format answer = Open311Format.ofPath(path);
        Set<HttpMethod> allowed = allowedMethods(path);
        if (allowed.isEmpty()) {
            throw Open311Error.notFound("No such Open311 endpoint: see " + BASE + "/discovery.json");
        }
        String allow = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        if (HttpMethod.OPTIONS.matches(request.getMethod())) {
            return ResponseEntity.ok().header(HttpHeaders.ALLOW, allow).build();
        }
        ResponseEntity<byte[]> refused = writer.error(HttpStatus.METHOD_NOT_ALLOWED, answer,
                request.getMethod() + " is not allowed here; use " + allow);
        return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders()).header(HttpHeaders.ALLOW, allow)
                .body(refused.getBody());
    }

    static Set<HttpMethod> allowedMethods(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Map.Entry<PathPattern, Set<HttpMethod>> endpoint : ENDPOINTS.entrySet()) {
            PathPattern.PathMatchInfo match = endpoint.getKey().matchAndExtract(container);
            if (match != null && Open311Format.of(match.getUriVariables().getOrDefault("format", "")).isPresent()) {
                return endpoint.getValue();
            }
        }
        return Set.of();
    }

    private static Map<PathPattern, Set<HttpMethod>> endpoints() {
        Map<PathPattern, Set<HttpMethod>> endpoints = new LinkedHashMap<>();
        Set<HttpMethod> read = Set.of(HttpMethod.GET, HttpMethod.HEAD);
        for (String path : List.of("/discovery.{format}", "/services.{format}", "/services/{code}.{format}",
                "/requests/{id}.{format}", "/tokens/{token}.{format}", "/servicerequestupdates.{format}")) {
            endpoints.put(PathPatternParser.defaultInstance.parse(BASE + path), read);
        }
        endpoints.put(PathPatternParser.defaultInstance.parse("/open311/discovery.{format}"), read);
        endpoints.put(PathPatternParser.defaultInstance.parse(BASE + "/requests.{format}"),
                Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST));
        return Map.copyOf(endpoints);
    }

    /** Every failure of these endpoints in GeoReport's format. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception failure, HttpServletRequest request) {
        return context.failed(failure, request);
    }
}
