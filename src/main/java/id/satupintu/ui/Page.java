package id.satupintu.ui;

import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.NavLink;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the layout needs on every page: language, where we are, the CSRF token for forms, who is signed in, and
 * the navigation they may follow.
 */
public record Page(
        String lang,
        String path,
        String otherLang,
        String switchLanguageHref,
        String csrfParameter,
        String csrfHeader,
        Supplier<String> csrf,
        Optional<Viewer> viewer,
        List<NavLink> nav) {

    /**
     * The CSRF token, loaded only when a template asks for it: a page without a form then creates no session,
     * so anonymous visitors of public pages cost the server no session state.
     */
    public String csrfToken() {
        return csrf.get();
    }

    public boolean signedIn() {
        return viewer.isPresent();
    }

    public String displayName() {
        return viewer.map(Viewer::displayName).orElse("");
    }
}
