package id.satupintu.complaints.web;

import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Clocks;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TooManyRequestsException;
import id.satupintu.shared.web.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.NullMarked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What every Open311 call needs: the city it is for ({@code jurisdiction_id} or the host's), its language, its
 * format, its times in GeoReport's shape, and its failures answered in GeoReport's error format, the only shape
 * its clients parse.
 */
@Component
@NullMarked
class Open311Context {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final Logger log = LoggerFactory.getLogger(Open311Context.class);

    private final Organisation organisation;
    private final CurrentTenant currentTenant;
    private final Open311Writer writer;

    Open311Context(Organisation organisation, CurrentTenant currentTenant, Open311Writer writer) {
        this.organisation = organisation;
        this.currentTenant = currentTenant;
        this.writer = writer;
    }

    /** ISO 8601 with the offset of Asia/Jakarta, to the second: {@code 2026-11-28T10:15:30+07:00}. */
    static String dateTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), Clocks.JAKARTA).format(DATE_TIME);
    }

    // ---- failures ----

    /** Every failure of an Open311 endpoint in GeoReport's format, in the format the path asked for. */
    ResponseEntity<byte[]> failed(Exception failure, HttpServletRequest request) {
        Open311Format answer = Open311Format.ofPath(path(request));
        return switch (failure) {
            case Open311Error refused -> writer.error(refused.status(), answer, refused.description());
            case InvalidInputException invalid -> writer.error(HttpStatus.BAD_REQUEST, answer,
                    invalid.field().isEmpty() ? String.valueOf(invalid.getMessage())
                            : open311Field(invalid.field()) + ": " + invalid.getMessage());
            case NotFoundException notFound -> writer.error(HttpStatus.NOT_FOUND, answer, "Not found");
            case TooManyRequestsException tooMany -> writer.error(HttpStatus.TOO_MANY_REQUESTS, answer, String.valueOf(tooMany.getMessage()));
            // GeoReport: "400 - General Service Error (any failure during create request processing, eg CRM is down)"
            case DomainException other -> writer.error(HttpStatus.BAD_REQUEST, answer, String.valueOf(other.getMessage()));
            case MaxUploadSizeExceededException tooLarge -> writer.error(HttpStatus.PAYLOAD_TOO_LARGE, answer, "The request is too large");
            case MultipartException unreadable -> writer.error(HttpStatus.BAD_REQUEST, answer, "The multipart request could not be read");
            case org.apache.tomcat.util.http.InvalidParameterException unreadable -> writer.error(
                    HttpStatus.BAD_REQUEST, answer, "The request parameters could not be read");
            default -> {
                log.error("Unexpected error in an Open311 call", failure);
                yield writer.error(HttpStatus.BAD_REQUEST, answer, "General service error: please try again later");
            }
        };
    }

    /** The GeoReport name of a field the complaints service complains about. */
    private static String open311Field(String field) {
        return switch (field) {
            case "category" -> "service_code";
            case "address" -> "address_string";
            case "place" -> "lat/long";
            case "photos" -> "media";
            default -> field;
        };
    }

    // ---- helpers ----

    static Open311Format format(String suffix) {
        return Open311Format.of(suffix)
                .orElseThrow(() -> Open311Error.notFound("Unknown format: use .json or .xml"));
    }

    /** The city named by {@code jurisdiction_id}, or the host's city when it is absent; unknown ones are 404. */
    TenantId jurisdiction(HttpServletRequest request, Open311Params params) {
        Optional<String> code = params.text("jurisdiction_id");
        if (code.isEmpty()) {
            return currentTenant.of(request);
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(code.get());
        } catch (InvalidInputException malformed) {
            throw Open311Error.notFound("Unknown jurisdiction_id");
        }
        if (organisation.tenant(tenant).isEmpty()) {
            throw Open311Error.notFound("Unknown jurisdiction_id");
        }
        return tenant;
    }

    /**
     * English or Indonesian: a {@code locale} or {@code lang} parameter first (some GeoReport clients send
     * {@code locale}), then Accept-Language; Indonesian by default.
     */
    static String language(HttpServletRequest request, Open311Params params) {
        Optional<String> explicit = params.text("locale").or(() -> params.text("lang"));
        if (explicit.isPresent()) {
            return explicit.get().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept == null || accept.isBlank()) {
            return "id";
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(accept), List.of("id", "en"));
            return "en".equals(best) ? "en" : "id";
        } catch (IllegalArgumentException unreadable) {
            return "id";
        }
    }

    static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
