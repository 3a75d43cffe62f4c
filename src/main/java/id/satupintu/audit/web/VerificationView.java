package id.satupintu.audit.web;

import id.satupintu.audit.ChainVerification;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * A verification result in words: "Rantai utuh: 12 entri diperiksa" or "Rantai rusak pada entri #7: ...".
 *
 * @param entryHref the entries page scrolled to the first broken entry, or an empty string on an intact chain
 */
public record VerificationView(boolean valid, String summary, String explanation, long entriesChecked,
                               String entryHref) {

    static VerificationView of(ChainVerification result, MessageSource messages, Locale locale) {
        if (result.valid()) {
            return new VerificationView(true,
                    messages.getMessage("audit.verify.intact", new Object[]{result.entriesChecked()}, locale),
                    messages.getMessage("audit.verify.intact.explanation", null, locale), result.entriesChecked(), "");
        }
        long seq = result.firstBrokenSeq().orElseThrow();
        String problem = result.problem().orElseThrow().name();
        String explanation = messages.getMessage("audit.problem." + problem, new Object[]{seq}, locale);
        return new VerificationView(false,
                messages.getMessage("audit.verify.broken", new Object[]{seq, explanation}, locale),
                messages.getMessage("audit.verify.broken.explanation", new Object[]{result.entriesChecked()}, locale),
                result.entriesChecked(),
                AuditPages.ENTRIES + "?before=" + (seq + 1) + "#entri-" + seq);
    }
}
