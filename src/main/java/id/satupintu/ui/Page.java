package id.satupintu.ui;

import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.NavLink;

import java.util.List;
import java.util.Optional;

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
        String csrfToken,
        Optional<Viewer> viewer,
        List<NavLink> nav) {

    public boolean signedIn() {
        return viewer.isPresent();
    }

    public String displayName() {
        return viewer.map(Viewer::displayName).orElse("");
    }
}
