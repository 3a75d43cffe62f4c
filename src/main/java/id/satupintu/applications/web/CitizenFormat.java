package id.satupintu.applications.web;

import id.satupintu.ui.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** How the citizen's pages write dates and tracking codes (Asia/Jakarta time, the page's language). */
public final class CitizenFormat {

    static final ZoneId JAKARTA = Dates.JAKARTA;

    private CitizenFormat() {
    }

    /** 28 November 2026 */
    public static String date(LocalDate date, String lang) {
        return Dates.date(date, lang);
    }

    public static String date(Instant at, String lang) {
        return Dates.date(at, lang);
    }

    public static String date(Optional<Instant> at, String lang) {
        return Dates.date(at, lang);
    }

    /** 28 November 2026, 14.05 WIB */
    public static String dateTime(Instant at, String lang) {
        return Dates.dateTime(at, lang);
    }

    /** For the datetime attribute of {@code <time>}. */
    public static String iso(Instant at) {
        return Dates.iso(at);
    }

    /** A file size people read: 512 B, 34 KB, 1,2 MB. */
    public static String size(long bytes, String lang) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
