package id.satupintu.audit.web;

import id.satupintu.audit.AuditLog;
import id.satupintu.audit.AuditPage;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** The auditor's pages: the tenant's latest entries, fifty at a time, and the chain check. */
@PageController
class AuditPages {

    static final String ENTRIES = "/audit";
    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditPages(AuditLog auditLog, MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping(ENTRIES)
    String entries(TenantId tenant, @RequestParam(required = false) @Nullable Long before, Model model) {
        AuditPage page = before == null ? auditLog.latest(tenant, PAGE_SIZE) : auditLog.page(tenant, before, PAGE_SIZE);
        model.addAttribute("entries", page.entries().stream().map(EntryRow::of).toList());
        model.addAttribute("before", before == null ? "" : before.toString());
        model.addAttribute("older", page.older().isPresent() ? ENTRIES + "?before=" + page.older().getAsLong() : "");
        return "audit/entries";
    }

    // A read that changes nothing, so GET: an auditor can bookmark it or reload it.
    @GetMapping(ENTRIES + "/verifikasi")
    String verify(TenantId tenant, Locale locale, Model model) {
        model.addAttribute("result", VerificationView.of(auditLog.verify(tenant), messages, locale));
        return "audit/verification";
    }
}
