package id.satupintu.complaints.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.http.HttpStatus;

/**
 * A refusal answered in GeoReport's own error format ({@code [{"code":400,"description":"…"}]}) rather than the
 * platform's problem+json: Open311 clients parse only that shape. The description is English, for the developer
 * of the client, as in every published GeoReport endpoint.
 */
@NullMarked
final class Open311Error extends RuntimeException {

    private final HttpStatus status;

    Open311Error(HttpStatus status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    static Open311Error badRequest(String description) {
        return new Open311Error(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Error forbidden(String description) {
        return new Open311Error(HttpStatus.FORBIDDEN, description);
    }

    static Open311Error notFound(String description) {
        return new Open311Error(HttpStatus.NOT_FOUND, description);
    }

    HttpStatus status() {
        return status;
    }

    String description() {
        return String.valueOf(getMessage());
    }
}
