package id.satupintu.documents.internal;

import id.satupintu.documents.Receipts;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.TenantView;
import id.satupintu.shared.PublicUrl;
import id.satupintu.shared.TenantId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * A receipt as one A4 PDF page: the tracking code large enough to read out, what was applied for, when it is due,
 * who works on it, and a QR code (drawn as for issued documents, {@link DocumentPdf#qr}) to the public status page.
 */
@Service
class ReceiptPdf implements Receipts {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final float MARGIN = 50;

    private final Organisation organisation;
    private final PublicUrl publicUrl;

    ReceiptPdf(Organisation organisation, PublicUrl publicUrl) {
        this.organisation = organisation;
        this.publicUrl = publicUrl;
    }

    @Override
    public String statusUrl(String trackingCode) {
        return publicUrl.of("/status/" + trackingCode);
    }

    @Override
    public byte[] render(TenantId tenant, Receipt receipt) {
        boolean english = "en".equals(receipt.language());
        Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("id");
        String tenantName = organisation.tenant(tenant).map(TenantView::name).orElse(tenant.code());
        List<String> agencies = receipt.agencyCodes().stream().distinct()
                .map(code -> organisation.agencyByCode(tenant, code).map(agency -> agency.name(receipt.language())).orElse(code))
                .toList();
        String subject = english && !receipt.subjectNameEn().isBlank() ? receipt.subjectNameEn() : receipt.subjectNameId();
        String statusUrl = statusUrl(receipt.trackingCode());
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle((english ? "Application receipt " : "Tanda terima permohonan ") + receipt.trackingCode());
            info.setAuthor(tenantName);
            info.setProducer("SatuPintu");
            GregorianCalendar created = GregorianCalendar.from(receipt.submittedAt().atZone(JAKARTA));
            info.setCreationDate(created);
            info.setModificationDate((Calendar) created.clone());
            float width = page.getMediaBox().getWidth();
            float textWidth = width - 2 * MARGIN;
            float y = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                DocumentPdf.line(text, Fonts.BOLD, 11, MARGIN, y, tenantName.toUpperCase(Locale.ROOT));
                DocumentPdf.line(text, Fonts.REGULAR, 10, MARGIN, y - 15, "SatuPintu");
                text.setLineWidth(1.2f);
                text.moveTo(MARGIN, y - 25);
                text.lineTo(width - MARGIN, y - 25);
                text.stroke();
                y -= 60;
                DocumentPdf.line(text, Fonts.BOLD, 18, MARGIN, y, english ? "Application receipt" : "Tanda terima permohonan");
                y -= 24;
                for (String part : wrap(Fonts.BOLD, 13, subject, textWidth)) {
                    DocumentPdf.line(text, Fonts.BOLD, 13, MARGIN, y, part);
                    y -= 17;
                }
                y -= 20;
                DocumentPdf.line(text, Fonts.REGULAR, 11, MARGIN, y, english ? "Tracking code" : "Kode lacak");
                y -= 32;
                DocumentPdf.line(text, Fonts.BOLD, 28, MARGIN, y, String.join("  ", receipt.trackingCode().split("-")));
                y -= 18;
                DocumentPdf.line(text, Fonts.REGULAR, 9, MARGIN, y, english ? "Keep this code: you need it to follow your application."
                        : "Simpan kode ini: Anda memerlukannya untuk memantau permohonan.");
                y -= 34;
                DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
                DateTimeFormatter time = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy, HH.mm", locale);
                y = field(text, y, english ? "Submitted" : "Diajukan", time.format(receipt.submittedAt().atZone(JAKARTA)) + " WIB", textWidth);
                y = field(text, y, english ? "Due by" : "Selesai paling lambat", day.format(receipt.dueAt().atZone(JAKARTA)), textWidth);
                y = field(text, y, english ? "Handled by" : "Ditangani oleh", agencies.isEmpty() ? "-" : agencies.getFirst(), textWidth);
                for (String agency : agencies.stream().skip(1).toList()) {
                    y = field(text, y, "", agency, textWidth);
                }
                y -= 16;
                DocumentPdf.line(text, Fonts.BOLD, 11, MARGIN, y, english ? "What happens next" : "Langkah selanjutnya");
                y -= 16;
                List<String> next = english
                        ? List.of("1. The agencies above check your application; you need not visit any office.",
                                "2. If something must be corrected, we tell you by e-mail or SMS; the clock stops until you answer.",
                                "3. When it is done, download your documents from \"My applications\" in SatuPintu.")
                        : List.of("1. Instansi di atas memeriksa permohonan Anda; Anda tidak perlu datang ke kantor.",
                                "2. Bila ada yang perlu diperbaiki, kami memberi tahu lewat e-mail atau SMS; waktu layanan berhenti sampai Anda menjawab.",
                                "3. Setelah selesai, unduh dokumen Anda di \"Permohonan saya\" di SatuPintu.");
                for (String item : next) {
                    for (String part : wrap(Fonts.REGULAR, 10, item, textWidth)) {
                        DocumentPdf.line(text, Fonts.REGULAR, 10, MARGIN, y, part);
                        y -= 14;
                    }
                }
                PDImageXObject qr = LosslessFactory.createFromImage(pdf, DocumentPdf.qr(statusUrl));
                text.drawImage(qr, width - MARGIN - 120, 60, 120, 120);
                DocumentPdf.line(text, Fonts.REGULAR, 9, MARGIN, 130, english ? "Follow your application: scan the QR code or open"
                        : "Pantau permohonan Anda: pindai kode QR atau buka");
                DocumentPdf.line(text, Fonts.REGULAR, 9, MARGIN, 117, statusUrl);
                DocumentPdf.line(text, Fonts.REGULAR, 8, MARGIN, 90, english ? "This receipt is proof that your application was received. It is not a permit."
                        : "Tanda terima ini bukti permohonan Anda telah diterima. Tanda terima ini bukan izin.");
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Receipt could not be rendered", e);
        }
    }

    private static float field(PDPageContentStream text, float y, String label, String value, float textWidth) throws IOException {
        float valueX = MARGIN + 150;
        List<String> parts = wrap(Fonts.BOLD, 11, value, textWidth - 150);
        DocumentPdf.line(text, Fonts.REGULAR, 11, MARGIN, y, label);
        for (String part : parts) {
            DocumentPdf.line(text, Fonts.BOLD, 11, valueX, y, part);
            y -= 16;
        }
        return y - 2;
    }

    /** Splits a text into lines no wider than {@code width} at spaces. */
    private static List<String> wrap(PDType1Font font, float size, String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : DocumentPdf.printable(font, value).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Loaded on the first receipt, not with the application: PDFBox's font metrics take a noticeable part of a start. */
    private static final class Fonts {
        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }
}
