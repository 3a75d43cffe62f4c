package id.satupintu.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.satupintu.documents.DocumentToIssue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;

/** An issued document as one A4 PDF page: title, number, fields, and a QR code to its verification page. */
final class DocumentPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private DocumentPdf() {
    }

    static byte[] render(DocumentToIssue document, String tenantName, String verificationUrl, Instant issuedAt) {
        boolean english = "en".equals(document.language());
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(english ? document.titleEn() : document.titleId());
            info.setAuthor(document.issuer());
            info.setProducer("SatuPintu");
            GregorianCalendar created = GregorianCalendar.from(issuedAt.atZone(JAKARTA));
            info.setCreationDate(created);
            info.setModificationDate((Calendar) created.clone());
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                line(text, BOLD, 11, 50, top, tenantName.toUpperCase(Locale.ROOT));
                line(text, REGULAR, 10, 50, top - 15, document.issuer());
                text.setLineWidth(1.2f);
                text.moveTo(50, top - 25);
                text.lineTo(width - 50, top - 25);
                text.stroke();
                line(text, BOLD, 18, 50, top - 60, english ? document.titleEn() : document.titleId());
                line(text, REGULAR, 11, 50, top - 80, (english ? "Number: " : "Nomor: ") + document.number());
                float y = top - 120;
                for (DocumentToIssue.Field field : document.fields()) {
                    line(text, REGULAR, 11, 50, y, field.label());
                    line(text, BOLD, 11, 220, y, field.value());
                    y -= 20;
                }
                String date = DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.ENGLISH : Locale.forLanguageTag("id"))
                        .format(issuedAt.atZone(JAKARTA));
                line(text, REGULAR, 11, 50, y - 20, (english ? "Issued on " : "Diterbitkan pada ") + date
                        + (english ? " for application " : " untuk permohonan ") + document.reference());
                PDImageXObject qr = LosslessFactory.createFromImage(pdf, qr(verificationUrl));
                text.drawImage(qr, width - 50 - 110, 60, 110, 110);
                line(text, REGULAR, 8, 50, 110, english ? "Check that this document is genuine: scan the QR code or open"
                        : "Periksa keaslian dokumen ini: pindai kode QR atau buka");
                line(text, REGULAR, 8, 50, 98, verificationUrl);
                line(text, REGULAR, 8, 50, 86, english ? "Issued electronically through SatuPintu; valid without a wet signature."
                        : "Diterbitkan secara elektronik melalui SatuPintu; sah tanpa tanda tangan basah.");
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered", e);
        }
    }

    static BufferedImage qr(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 330, 330,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR code cannot hold " + content.length() + " characters", e);
        }
    }

    static void line(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(font, value));
        stream.endText();
    }

    /** The standard PDF fonts cover Latin-1; anything else (rare in Indonesian names) prints as '?', never fails. */
    static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException unsupported) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
