package id.satupintu.complaints.web;

import id.satupintu.shared.Clocks;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.NullMarked;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query or form parameters of an Open311 call, read leniently the way real clients send them: a blank value is
 * no value, and so is the literal {@code null} (the CUTR Java client's way of writing a missing one); a repeated
 * parameter counts once; dates come in any ISO 8601 shape clients use, even with an unencoded {@code +}. What cannot
 * be read is a 400 naming the parameter, never a framework error.
 */
@NullMarked
final class Open311Params {

    /** Longer than any field we store (a description holds 4,000 characters): refused before it reaches the service. */
    static final int MAX_LENGTH = 8000;
    private static final String NULL = "null";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final DateTimeFormatter ISO_WITH_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    /** A "+07:00" offset sent unencoded in a query string arrives as " 07:00". */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}(:?\\d{2})?)$");

    private final HttpServletRequest request;

    Open311Params(HttpServletRequest request) {
        this.request = request;
    }

    /**
     * The first value, stripped; empty when absent, blank or the literal {@code null} (the CUTR Java client writes a
     * missing value that way into its multipart form and its query strings).
     */
    Optional<String> text(String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank() || NULL.equals(value.strip())) {
            return Optional.empty();
        }
        if (value.length() > MAX_LENGTH) {
            throw Open311Error.badRequest(name + " is too long (at most " + MAX_LENGTH + " characters)");
        }
        return Optional.of(value.strip());
    }

    String required(String name) {
        return text(name).orElseThrow(() -> Open311Error.badRequest(name + " is required"));
    }

    /** A comma-separated list (and repeated parameters), each value stripped, blanks dropped. */
    List<String> list(String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value.length() > MAX_LENGTH) {
                throw Open311Error.badRequest(name + " is too long (at most " + MAX_LENGTH + " characters)");
            }
        }
        return Arrays.stream(values).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty() && !NULL.equals(value)).distinct().toList();
    }

    Optional<Double> number(String name) {
        return text(name).map(value -> {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw Open311Error.badRequest(name + " must be a decimal number, e.g. -7.2915");
            }
        });
    }

    /**
     * An ISO 8601 date-time. Without an offset it is read in Asia/Jakarta; a date alone means the start of that day,
     * or its end for {@code end_date}.
     */
    Optional<Instant> instant(String name, boolean endOfDay) {
        return text(name).map(value -> parseInstant(value, endOfDay).orElseThrow(() -> Open311Error.badRequest(
                name + " must be an ISO 8601 date-time, e.g. 2026-11-28T10:15:30+07:00")));
    }

    static Optional<Instant> parseInstant(String typed, boolean endOfDay) {
        String value = UNENCODED_PLUS.matcher(typed.strip()).replaceFirst("+$1");
        if (value.length() > 40) {
            return Optional.empty();
        }
        try {
            if (!value.contains("T") && !value.contains("t")) {
                LocalDate day = LocalDate.parse(value);
                return plausible((endOfDay ? day.plusDays(1).atStartOfDay(Clocks.JAKARTA).minusNanos(1)
                        : day.atStartOfDay(Clocks.JAKARTA)).toInstant());
            }
            var parsed = ISO_WITH_OFFSET.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(Clocks.JAKARTA).toInstant();
            return plausible(instant);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Years a database timestamp holds without surprises; anything else is a typo. */
    private static Optional<Instant> plausible(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
    }
}
