package id.satupintu.applications.web;

import id.satupintu.applications.InboxItem;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of an agency's inbox; {@code total} counts every step the filters match. */
@Schema(name = "InboxPage")
record ApiInboxPage(List<InboxItem> items, int total, int limit, int offset) {

    ApiInboxPage {
        items = List.copyOf(items);
    }
}
