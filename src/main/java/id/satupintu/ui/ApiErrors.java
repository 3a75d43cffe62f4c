package id.satupintu.ui;

import id.satupintu.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/** Every failure of a JSON endpoint answers as problem+json in the caller's language, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private final ProblemDetails problems;

    ApiErrors(MessageSource messages) {
        this.problems = new ProblemDetails(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException exception) {
        return respond(problems.of(exception));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception; // left to the security filter chain's entry point and access-denied handler
    }

    /**
     * A request the container could not read: most often an upload above {@code spring.servlet.multipart.*} limits,
     * noticed when something (the language switch, the CSRF check) first reads a parameter.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadable(org.apache.tomcat.util.http.InvalidParameterException exception) {
        HttpStatus status = clientStatusOf(exception).orElse(HttpStatus.BAD_REQUEST);
        return respond(problems.forStatus(status, problems.text("error.detail." + status.value(),
                problems.text("error.detail.400", "The request could not be read."))));
    }

    /** The 4xx status a failure to read the request stands for, if it is one. */
    static java.util.Optional<HttpStatus> clientStatusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return java.util.Optional.of(HttpStatus.PAYLOAD_TOO_LARGE);
            }
            if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException invalid) {
                HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
                boolean tooLarge = invalid.getCause() != null && invalid.getCause().getClass().getSimpleName().contains("SizeLimitExceeded");
                return java.util.Optional.of(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE
                        : status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST);
            }
        }
        return java.util.Optional.empty();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected error in API call", exception);
        return respond(problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR,
                problems.text("error.unexpected", "Something went wrong on our side.")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.forStatus(HttpStatus.BAD_REQUEST,
                problems.text("error.validation", "The request has invalid fields."));
        problem.setProperty("code", "error.validation");
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", problems.text(error.getCode() == null ? "" : "validation." + error.getCode(),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Object localized = body instanceof ProblemDetail problem ? localize(problem, status) : body;
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(localized);
    }

    private ProblemDetail localize(ProblemDetail problem, HttpStatusCode status) {
        problem.setTitle(problems.text("error.status." + status.value(), String.valueOf(problem.getTitle())));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
