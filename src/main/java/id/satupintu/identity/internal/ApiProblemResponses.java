package id.satupintu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Locale;

/** 401 and 403 of the API as problem+json, in the caller's language. */
@Component
class ApiProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) ->
                write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.detail.401");
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, exception) ->
                write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.detail.403");
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey) throws IOException {
        Locale locale = localeOf(request);
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error.status." + status, null, HttpStatus.valueOf(status).getReasonPhrase(), locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(detailKey, null, detailKey, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", detailKey);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Security filters run before Spring MVC's locale resolution: same rule, read directly. */
    private static Locale localeOf(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        boolean english = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en");
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if ("sp_lang".equals(cookie.getName())) {
                    english = cookie.getValue().startsWith("en");
                }
            }
        }
        return english ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }
}
