package id.satupintu.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The address citizens reach this deployment at ({@code satupintu.public-url}), read once: links in notifications,
 * QR codes on documents and receipts, Open311 answers. Never ends with a slash.
 */
@ConfigurationProperties("satupintu")
public record PublicUrl(@Name("public-url") String base) {

    public PublicUrl {
        base = base == null || base.isBlank() ? "http://localhost:8080" : base.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
    }

    /** The absolute address of {@code path} (which starts with a slash). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public String toString() {
        return base;
    }
}
