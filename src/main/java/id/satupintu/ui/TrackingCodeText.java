package id.satupintu.ui;

import java.util.List;
import java.util.stream.Collectors;

/** How pages print a tracking code: in its groups, and spelled out for screen readers. */
public final class TrackingCodeText {

    private TrackingCodeText() {
    }

    /** The groups of a tracking code ({@code PMH-7KQ4M-9XD2K} → PMH, 7KQ4M, 9XD2K) to print apart. */
    public static List<String> groups(String trackingCode) {
        return List.of(trackingCode.split("-"));
    }

    /**
     * The code as a screen reader should say it: one symbol at a time, a pause between groups
     * ({@code P M H, 7 K Q 4 M, 9 X D 2 K}).
     */
    public static String spoken(String trackingCode) {
        return groups(trackingCode).stream()
                .map(group -> group.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", "));
    }
}
