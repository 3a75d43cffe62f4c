package id.satupintu.audit.web;

import id.satupintu.audit.AuditEntry;
import id.satupintu.audit.AuditLog;
import id.satupintu.audit.AuditPage;
import id.satupintu.audit.ChainVerification;
import id.satupintu.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The audit trail of the caller's tenant, for auditors' tools. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditApi(AuditLog auditLog, MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** @param older pass as {@code before} to get the next, older page; null on the oldest page */
    record EntriesResource(List<AuditEntry> entries, @Nullable Long older) {
    }

    /**
     * @param firstBrokenSeq null when the chain is intact
     * @param problem        HASH_MISMATCH (edited), GAP (deleted), LINK_BROKEN (reordered or inserted),
     *                       HEAD_MISMATCH (removed or added at the end); null when intact
     * @param message        the result in words, in the caller's language
     */
    record VerificationResource(boolean valid, long entriesChecked, @Nullable Long firstBrokenSeq,
                                ChainVerification.@Nullable Problem problem, Instant checkedAt, String message) {
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries of the tenant, newest first")
    EntriesResource entries(TenantId tenant,
                            @Parameter(description = "only entries with a smaller sequence number (paging)")
                            @RequestParam(required = false) @Nullable Long before,
                            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") int size) {
        AuditPage page = auditLog.page(tenant, before == null ? Long.MAX_VALUE : before, size);
        return new EntriesResource(page.entries(), page.older().isPresent() ? page.older().getAsLong() : null);
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the tenant's hash chain and name the first broken entry")
    VerificationResource verification(TenantId tenant, Locale locale) {
        ChainVerification result = auditLog.verify(tenant);
        return new VerificationResource(result.valid(), result.entriesChecked(),
                result.firstBrokenSeq().isPresent() ? result.firstBrokenSeq().getAsLong() : null,
                result.problem().orElse(null), result.checkedAt(),
                VerificationView.of(result, messages, locale).summary());
    }
}
