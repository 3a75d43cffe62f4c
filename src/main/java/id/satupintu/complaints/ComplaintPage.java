package id.satupintu.complaints;

import java.util.List;

/** One page of a list; {@code hasMore} instead of a total, so a list never counts a million rows. */
public record ComplaintPage<T>(List<T> items, int page, int size, boolean hasMore) {

    public ComplaintPage {
        items = List.copyOf(items);
    }
}
