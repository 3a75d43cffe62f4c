package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintStatus;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small text helpers of the complaint pages that {@link id.satupintu.ui.Dates} does not cover: tracking codes
 * printed in groups and spelled for screen readers, short excerpts for lists, and the badge colour of a status.
 * (The applications module has the same code helpers, but this module may not depend on it.)
 */
public final class ComplaintFormat {

    private ComplaintFormat() {
    }

    /** The groups of a tracking code ({@code ADU-7KQ4M-9XD2K} → ADU, 7KQ4M, 9XD2K) to print apart. */
    public static List<String> groups(String trackingCode) {
        return List.of(trackingCode.split("-"));
    }

    /** The code as a screen reader should say it: one symbol at a time, a pause between groups. */
    public static String spoken(String trackingCode) {
        return groups(trackingCode).stream()
                .map(group -> group.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", "));
    }

    /** The first words of a text, cut at a word boundary, with an ellipsis when something was left out. */
    public static String excerpt(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    /** The extra class of a status badge: green when done, red when refused or disputed, amber when waiting on the reporter. */
    public static String badge(ComplaintStatus status) {
        return switch (status) {
            case CLOSED -> "ok";
            case REJECTED, CLOSED_NOT_FIXED -> "bad";
            case RESOLVED -> "warn";
            default -> "";
        };
    }

    /** A coordinate as people read it on the page (five decimals, about a metre), in the page language. */
    public static String coordinate(double value, String lang) {
        return String.format("en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"), "%.5f", value);
    }

    /** A coordinate for a data attribute or a form field: always with a dot. */
    public static String plain(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
