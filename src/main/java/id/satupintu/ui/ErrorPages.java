package id.satupintu.ui;

import id.satupintu.shared.DomainException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The last stop of every failure the controllers did not answer themselves (unknown URL, a filter's 403,
 * an exception): a friendly page in the person's language, or problem+json for API callers. Never a trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final ProblemDetails problems;
    private final PageModel pageModel;

    ErrorPages(MessageSource messages, PageModel pageModel) {
        this.problems = new ProblemDetails(messages);
        this.pageModel = pageModel;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable throwable && status.is5xxServerError()) {
            log.error("Unhandled error for {} {}", request.getMethod(), originalUri(request), throwable);
        }
        if (wantsProblem(request)) {
            ProblemDetail problem = problems.forStatus(status, problems.text("error.detail." + status.value(),
                    problems.text("error.unexpected", "Something went wrong on our side.")));
            problem.setInstance(java.net.URI.create(originalUri(request)));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return page(request, status, "error.detail." + status.value());
    }

    ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey) {
        ModelAndView view = new ModelAndView("ui/error", Map.of(
                "page", pageModel.build(request),
                "t", pageModel.i18n(request),
                "status", status.value(),
                "messageKey", messageKey), status);
        return view;
    }

    ModelAndView page(HttpServletRequest request, DomainException exception) {
        return page(request, ProblemDetails.statusOf(exception), exception.messageKey());
    }

    static boolean wantsProblem(HttpServletRequest request) {
        String uri = originalUri(request);
        if (uri.startsWith("/api/") || uri.startsWith("/actuator") || uri.startsWith("/v3/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
    }

    private static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String s ? s : request.getRequestURI();
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            java.util.Optional<HttpStatus> client = ApiErrors.clientStatusOf(failure);
            if (client.isPresent()) {
                return client.get();
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
