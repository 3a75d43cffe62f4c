package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintStatus;

import java.util.Locale;

/**
 * Small text helpers of the complaint pages that {@link id.satupintu.ui.Dates} and
 * {@link id.satupintu.ui.TrackingCodeText} do not cover: short excerpts for lists and the badge colour of a status.
 */
public final class ComplaintFormat {

    private ComplaintFormat() {
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
