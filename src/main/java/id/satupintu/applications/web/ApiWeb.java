package id.satupintu.applications.web;

import org.jspecify.annotations.Nullable;
import id.satupintu.applications.FileContent;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may reach the applications API. Security only sorts callers by role; which application or step a caller may
 * touch is decided by the applications service (others' cases answer 404).
 */
@Configuration(proxyBeanMethods = false)
class ApiWeb {

    private static final String CITIZEN = Role.CITIZEN.name();
    private static final String OFFICER = Role.OFFICER.name();
    private static final String HEAD = Role.AGENCY_HEAD.name();
    /** Idempotency keys: visible ASCII (UUIDs, ULIDs, random tokens), stored in a 100-character column. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @Bean
    AccessRules applicationsApiAccessRules() {
        return rules -> rules
                // anyone holding a tracking code: no personal data in the answer
                .requestMatchers(HttpMethod.GET, "/api/v1/status/*").permitAll()
                // files and the timeline of a case: its owner, or an officer of an agency it is routed to
                .requestMatchers(HttpMethod.GET, "/api/v1/applications/*/attachments/*", "/api/v1/applications/*/timeline",
                        "/api/v1/applications/*/parts/*/document").hasAnyRole(CITIZEN, OFFICER, HEAD)
                .requestMatchers("/api/v1/applications", "/api/v1/applications/**").hasRole(CITIZEN)
                .requestMatchers(HttpMethod.GET, "/api/v1/inbox/load").hasRole(HEAD)
                .requestMatchers("/api/v1/inbox", "/api/v1/inbox/**").hasAnyRole(OFFICER, HEAD);
    }

    /** An optional {@code Idempotency-Key} header, checked for shape (400 when it is not a usable key). */
    static Optional<String> idempotencyKey(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "applications.api.idempotencyKey",
                    "Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        return Optional.of(key);
    }

    /** A stored file as a download: its sniffed type, never rendered in the page of the API's origin. */
    static ResponseEntity<byte[]> download(FileContent file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.mediaType());
        } catch (IllegalArgumentException unknown) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
