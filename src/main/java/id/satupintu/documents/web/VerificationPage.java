package id.satupintu.documents.web;

import id.satupintu.documents.IssuedDocuments;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the QR code of an issued document leads: anyone can confirm a document is genuine. It shows only what
 * the document itself shows, plus the fingerprint of the PDF as issued.
 */
@PageController
class VerificationPage {

    private final IssuedDocuments documents;

    VerificationPage(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/verifikasi")
    String form(@RequestParam(name = "kode", required = false) @Nullable String code) {
        return code == null || code.isBlank() ? "documents/verify-form" : "redirect:/verifikasi/" + code.strip();
    }

    @GetMapping("/verifikasi/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("document", documents.verify(code));
        return "documents/verification";
    }

    @Bean
    static AccessRules documentVerificationIsPublic() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/verifikasi", "/verifikasi/*").permitAll();
    }
}
