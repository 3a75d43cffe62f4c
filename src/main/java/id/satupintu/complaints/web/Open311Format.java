package id.satupintu.complaints.web;

import org.jspecify.annotations.NullMarked;

import java.util.Locale;
import java.util.Optional;

/**
 * The two formats of Open311 GeoReport v2, chosen by the path's suffix ({@code services.xml}, {@code services.json}).
 * The spec requires XML; most new clients read JSON. Content types are the ones GeoReport's discovery document
 * names, always with an explicit UTF-8 charset so clients never guess the encoding of Indonesian text.
 */
@NullMarked
enum Open311Format {

    JSON("json", "application/json;charset=UTF-8", "application/json"),
    XML("xml", "text/xml;charset=UTF-8", "text/xml");

    private final String suffix;
    private final String contentType;
    private final String discoveryName;

    Open311Format(String suffix, String contentType, String discoveryName) {
        this.suffix = suffix;
        this.contentType = contentType;
        this.discoveryName = discoveryName;
    }

    String suffix() {
        return suffix;
    }

    String contentType() {
        return contentType;
    }

    /** How the discovery document lists the format (a media type without parameters). */
    String discoveryName() {
        return discoveryName;
    }

    /** The format a path suffix asks for; empty for anything else (answered 404 in JSON). */
    static Optional<Open311Format> of(String suffix) {
        String wanted = suffix.toLowerCase(Locale.ROOT);
        for (Open311Format format : values()) {
            if (format.suffix.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a request path's last segment ({@code …/requests/ADU-….xml}), JSON when it names none. */
    static Open311Format ofPath(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? of(path.substring(dot + 1)).orElse(JSON) : JSON;
    }
}
