package id.satupintu.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.satupintu.shared.TenantId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "satupintu.public-url=https://layanan.surabaya.example")
@AutoConfigureMockMvc
class IssuedDocumentTest {

    static final TenantId SURABAYA = TenantId.of("35.78");

    @Autowired
    IssuedDocuments documents;
    @Autowired
    MockMvc mvc;

    IssuedDocument issueBirthCertificate() {
        return documents.issue(SURABAYA, new DocumentToIssue("Kutipan Akta Kelahiran", "Birth certificate extract",
                "3578-LT-28112026-0001", "Ayu Lestari", "Dinas Kependudukan dan Pencatatan Sipil",
                List.of(new DocumentToIssue.Field("Nama anak", "Ayu Lestari"), new DocumentToIssue.Field("Tempat lahir", "Surabaya")),
                "PMH-7KQ4-M9XD", "id"));
    }

    @Test
    void theIssuedPdfSaysWhatItIsAndItsQrLeadsToItsVerificationPage() throws Exception {
        IssuedDocument issued = issueBirthCertificate();
        byte[] pdf = documents.pdf(SURABAYA, issued.id()).orElseThrow();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(issued.sha256());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kutipan Akta Kelahiran", "3578-LT-28112026-0001", "Ayu Lestari", "PMH-7KQ4-M9XD");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
            assertThat(qr).isEqualTo("https://layanan.surabaya.example/verifikasi/" + issued.verificationCode());
        }
    }

    @Test
    void theVerificationPageConfirmsAGenuineDocumentWithoutSigningIn() throws Exception {
        IssuedDocument issued = issueBirthCertificate();
        mvc.perform(get("/verifikasi/" + issued.verificationCode().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ASLI")))
                .andExpect(content().string(containsString(issued.sha256())))
                .andExpect(content().string(containsString("3578-LT-28112026-0001")));
    }

    @Test
    void anUnknownCodeIsNotConfirmed() throws Exception {
        mvc.perform(get("/verifikasi/ABCDEFGHJKMNPQRS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dokumen tidak ditemukan")))
                .andExpect(content().string(not(containsString("ASLI"))));
    }
}
