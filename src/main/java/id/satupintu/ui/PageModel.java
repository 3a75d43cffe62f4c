package id.satupintu.ui;

import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.NavLink;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Adds {@code page} and {@code t} to the model of every HTML controller. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    private final MessageSource messages;
    private final List<NavLink> links;

    PageModel(MessageSource messages, List<NavLink> links) {
        this.messages = messages;
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    @ModelAttribute("t")
    I18n t(HttpServletRequest request) {
        return i18n(request);
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return build(request);
    }

    I18n i18n(HttpServletRequest request) {
        return new I18n(messages, RequestContextUtils.getLocale(request));
    }

    Page build(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "id";
        String other = "en".equals(lang) ? "id" : "en";
        String path = Optional.ofNullable((String) request.getAttribute("jakarta.servlet.forward.request_uri"))
                .orElse(request.getRequestURI());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Optional<Viewer> viewer = Viewers.current();
        Set<id.satupintu.shared.Role> roles = viewer.map(Viewer::roles).orElse(Set.of());
        List<NavLink> nav = links.stream()
                .filter(link -> link.visibleTo(roles))
                .toList();
        return new Page(lang, path, other, path + "?lang=" + other,
                // Spring Security's default names; asking the token for them would load it and open a session.
                "_csrf", "X-CSRF-TOKEN",
                csrf == null ? () -> "" : csrf::getToken,
                viewer, nav);
    }
}
