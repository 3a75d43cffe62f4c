package id.satupintu.audit;

import java.util.List;
import java.util.OptionalLong;

/**
 * A page of audit entries, newest first.
 *
 * @param older the {@code beforeSeq} that fetches the next, older page; empty on the oldest page
 */
public record AuditPage(List<AuditEntry> entries, OptionalLong older) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
