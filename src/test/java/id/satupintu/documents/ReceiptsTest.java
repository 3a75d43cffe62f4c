package id.satupintu.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "satupintu.public-url=https://layanan.surabaya.example/")
class ReceiptsTest {

    static final TenantId SURABAYA = TenantId.of("35.78");

    @Autowired
    Receipts receipts;

    @Test
    void theReceiptNamesTheCodeAndItsQrLeadsToThePublicStatusPage() throws Exception {
        String code = TrackingCode.generate("PMH").value();
        byte[] pdf = receipts.render(SURABAYA, new Receipts.Receipt(code, "Kelahiran anak", "Birth of a child",
                Instant.parse("2026-11-28T03:15:00Z"), Instant.parse("2026-12-09T09:00:00Z"),
                List.of("dispendukcapil", "kantor-yang-tidak-ada"), "id"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String[] groups = code.split("-");
            assertThat(text).contains("Tanda terima permohonan", "Kelahiran anak", groups[1], groups[2],
                    "28 November 2026, 10.15 WIB", "9 Desember 2026", "kantor-yang-tidak-ada",
                    "https://layanan.surabaya.example/status/" + code);
            assertThat(text).doesNotContain("Birth of a child");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
            assertThat(qr).isEqualTo("https://layanan.surabaya.example/status/" + code);
        }
    }

    @Test
    void anEnglishReceiptSpeaksEnglish() throws Exception {
        String code = TrackingCode.generate("PMH").value();
        byte[] pdf = receipts.render(SURABAYA, new Receipts.Receipt(code, "Kelahiran anak", "Birth of a child",
                Instant.parse("2026-11-28T03:15:00Z"), Instant.parse("2026-12-09T09:00:00Z"), List.of(), "en"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Application receipt", "Birth of a child", "Due by", "9 December 2026");
        }
        assertThat(receipts.statusUrl(code)).isEqualTo("https://layanan.surabaya.example/status/" + code);
    }
}
