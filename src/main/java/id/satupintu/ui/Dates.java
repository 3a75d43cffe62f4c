package id.satupintu.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates and times on pages: Asia/Jakarta, Indonesian or English month names, "WIB" after times. */
public final class Dates {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Dates() {
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : INDONESIAN;
    }

    /** 28 November 2026 */
    public static String date(LocalDate date, String lang) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale(lang)).format(date);
    }

    public static String date(Instant at, String lang) {
        return date(at.atZone(JAKARTA).toLocalDate(), lang);
    }

    public static String date(Optional<Instant> at, String lang) {
        return at.map(instant -> date(instant, lang)).orElse("—");
    }

    /** 28 November 2026, 14.05 WIB */
    public static String dateTime(Instant at, String lang) {
        return DateTimeFormatter.ofPattern("en".equals(lang) ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy, HH.mm", locale(lang))
                .format(at.atZone(JAKARTA)) + " WIB";
    }

    /** For the datetime attribute of {@code <time>}. */
    public static String iso(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(JAKARTA));
    }
}
