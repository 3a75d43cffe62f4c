package id.satupintu.ui;

import id.satupintu.shared.ConflictException;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TooManyRequestsException;
import id.satupintu.shared.UnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Builds RFC 9457 problem details whose title and detail are in the caller's language. */
public final class ProblemDetails {

    private final MessageSource messages;

    public ProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    public static HttpStatus statusOf(DomainException exception) {
        return switch (exception) {
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case InvalidInputException ignored -> HttpStatus.BAD_REQUEST;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            case TooManyRequestsException ignored -> HttpStatus.TOO_MANY_REQUESTS;
            case UnavailableException ignored -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    public ProblemDetail of(DomainException exception) {
        HttpStatus status = statusOf(exception);
        ProblemDetail problem = forStatus(status, text(exception.messageKey(), exception.getMessage(), exception.arguments()));
        problem.setProperty("code", exception.messageKey());
        if (exception instanceof InvalidInputsException several) {
            problem.setProperty("errors", several.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", text(p.messageKey(), p.getMessage(), p.arguments())))
                    .toList());
        } else if (exception instanceof InvalidInputException invalid && !invalid.field().isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", problem.getDetail())));
        }
        return problem;
    }

    public ProblemDetail forStatus(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error.status." + status.value(), HttpStatus.valueOf(status.value()).getReasonPhrase()));
        return problem;
    }

    public String text(String key, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        // a MessageSource answers null only when the default message is null
        return Objects.requireNonNullElse(messages.getMessage(key, args, fallback, locale), fallback);
    }
}
