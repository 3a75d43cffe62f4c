package id.satupintu.audit.web;

import id.satupintu.audit.AuditEntry;
import id.satupintu.shared.Clocks;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** An audit entry as a table row: time in Asia/Jakarta, details as {@code key=value} pairs. */
public record EntryRow(long seq, String recordedAt, String recordedAtIso, String actorId, String actorRole, String action,
                       String objectType, String objectId, String clientIp, String details, String hash) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Clocks.JAKARTA);

    static EntryRow of(AuditEntry entry) {
        return new EntryRow(entry.seq(), TIME.format(entry.recordedAt()),
                entry.recordedAt().atZone(Clocks.JAKARTA).toOffsetDateTime().toString(), entry.actorId(), entry.actorRole(),
                entry.action(), entry.objectType(), entry.objectId(), entry.clientIp(),
                entry.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                entry.hash());
    }

    /** The fragment id of the row, so that a verification result can link straight to it. */
    public String anchor() {
        return "entri-" + seq;
    }

    public String shortHash() {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
