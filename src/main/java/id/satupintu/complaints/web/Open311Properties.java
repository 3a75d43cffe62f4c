package id.satupintu.complaints.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the Open311 endpoint says about itself ({@code satupintu.open311.*}), and whether this instance runs on demo
 * data ({@code satupintu.demo.enabled}): then it is announced as a test endpoint, since what is filed there reaches
 * no real city.
 *
 * @param open311 {@code test-url}: a second, test endpoint listed in discovery (the validator wants two)
 */
@ConfigurationProperties("satupintu")
record Open311Properties(@Nullable Open311 open311, @Nullable Demo demo) {

    record Open311(@Nullable String testUrl) {
    }

    record Demo(boolean enabled) {
    }

    /** The configured test endpoint without a trailing slash, if any. */
    @Nullable String testUrl() {
        String url = open311 == null || open311.testUrl() == null ? "" : open311.testUrl().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.isEmpty() ? null : url;
    }

    boolean demoData() {
        return demo != null && demo.enabled();
    }
}
