package id.satupintu.applications.internal;

import id.satupintu.shared.InvalidInputException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.util.Set;

/** What may be uploaded: PDF, JPEG or PNG as recognised from the bytes (never the name), within the size limit. */
@Component
public class UploadPolicy {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final long maxBytes;

    /** Tika reads its whole MIME-type database when created: only on the first upload, not at start-up. */
    private static final class Sniffer {
        static final Tika TIKA = new Tika();
    }

    UploadPolicy(ApplicationsProperties properties) {
        this.maxBytes = properties.maxUploadSize().toBytes();
    }

    /** The largest accepted upload in whole megabytes (at least 1), as the upload pages state it. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /** The sniffed media type. */
    String check(String field, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException(field, "application.upload.empty", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "application.upload.tooLarge", "The file is larger than " + maxBytes + " bytes",
                    maxBytes / (1024 * 1024));
        }
        String type = Sniffer.TIKA.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw new InvalidInputException(field, "application.upload.type", "Only PDF, JPEG or PNG files are accepted, this is " + type);
        }
        return type;
    }

    /** The name as shown back: no path, no control characters, at most 120 characters. */
    static String cleanName(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "berkas";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
