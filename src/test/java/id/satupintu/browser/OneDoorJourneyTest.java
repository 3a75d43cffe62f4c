package id.satupintu.browser;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-door promise in a real browser: a citizen applies for a service that needs two offices (the civil
 * registry, then the applicant's kelurahan) with an upload; the officer of each approves in their own inbox; the
 * citizen downloads the issued PDF and its QR code leads to a page saying it is genuine. Then a life-event bundle
 * fans out to several agencies under one tracking code. Every page passes axe and looks right on a phone.
 */
class OneDoorJourneyTest extends BrowserTestSupport {

    static final String PASSWORD = "SatuPintu2026";
    static final String KELURAHAN = "35.78.04.1005";
    static final String KELURAHAN_OFFICE = "kel-3578041005";

    @Test
    void aCitizenAppliesTwoOfficesApproveAndTheIssuedDocumentVerifiesAsGenuine() throws IOException {
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);

        open("/layanan/kia");
        inspect("apply-service-page");
        submit("form[action='/layanan/kia/ajukan']");
        assertThat(currentPath()).endsWith("/wilayah");
        String applicationPath = currentPath().substring(0, currentPath().length() - "/wilayah".length());
        inspect("apply-kelurahan");
        new Select(find("#kelurahan")).selectByValue(KELURAHAN);
        submit("form[action$='/wilayah']");

        assertThat(currentPath()).endsWith("/isian");
        submit("form[action$='/isian']");
        assertThat(findAll(".error-summary a")).as("errors of the empty form, linked from the summary").isNotEmpty();
        inspect("apply-form-errors");
        type("namaAnak", "Rara Putri Lestari");
        setValue("tanggalLahir", "2026-10-20");
        inspect("apply-form");
        submit("form[action$='/isian']");

        assertThat(currentPath()).endsWith("/dokumen");
        upload("akta-kelahiran-anak", "tidak-benar.pdf", "ini bukan pdf".getBytes());
        assertThat(find(".error").getText()).isNotBlank();
        inspect("apply-upload-refused");
        upload("akta-kelahiran-anak", "akta.pdf", minimalPdf());
        inspect("apply-documents");
        find("p.continue a.button").click();

        assertThat(currentPath()).endsWith("/periksa");
        inspect("apply-check-answers");
        screenshotsAt("apply-check-answers", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        submit("form[action$='/kirim']");

        assertThat(currentPath()).endsWith("/tanda-terima");
        String code = find(".tracking-code").getDomAttribute("data-code");
        assertThat(code).matches("PMH-[0-9A-Z]{5}-[0-9A-Z]{5}");
        inspect("apply-receipt");
        screenshotsAt("apply-receipt", Viewport.DESKTOP);
        byte[] receipt = download(applicationPath + "/tanda-terima.pdf");
        assertThat(qrIn(receipt)).endsWith("/status/" + code);

        open("/status/" + code);
        assertThat(find("main").getText()).contains(code).doesNotContain("Siti");
        inspect("public-status");

        signOut();
        approveInInbox("petugas.dispendukcapil", code);
        approveInInbox("petugas." + KELURAHAN_OFFICE, code);

        signIn("siti@contoh.id", PASSWORD);
        open(applicationPath);
        inspect("my-application-completed");
        assertThat(findAll("ol.timeline li, .timeline li")).hasSizeGreaterThanOrEqualTo(4);
        String documentHref = find("a[href*='/dokumen-terbit/']").getDomAttribute("href");
        byte[] issued = download(documentHref);
        String verification = qrIn(issued);
        assertThat(verification).contains("/verifikasi/");

        open(URI.create(verification).getPath());
        assertThat(find(".verdict").getText()).isNotBlank();
        assertThat(findAll(".verdict.ok, .notice.ok.verdict")).hasSize(1);
        inspect("issued-document-genuine");
    }

    @Test
    void aBirthBundleFansOutToSeveralAgenciesUnderOneTrackingCode() throws IOException {
        resize(Viewport.PHONE);
        signIn("budi@contoh.id", PASSWORD);
        open("/layanan/paket/peristiwa-kelahiran");
        inspect("bundle-page");
        submit("form[action='/layanan/paket/peristiwa-kelahiran/ajukan']");
        new Select(find("#kelurahan")).selectByValue(KELURAHAN);
        submit("form[action$='/wilayah']");

        type("namaAnak", "Bima Santoso");
        find("input[name='jenisKelamin'][value='L']").click();
        type("tempatLahir", "RSUD Dr. Soetomo");
        setValue("tanggalLahir", "2026-11-02");
        type("anakKe", "2");
        WebElement attendant = find("[name='penolongKelahiran']");
        if ("select".equals(attendant.getTagName())) {
            new Select(attendant).selectByValue("bidan");
        } else {
            find("input[name='penolongKelahiran'][value='bidan']").click();
        }
        type("nomorKk", "3578041203090007");
        type("nikSaksi1", "3578040101800003");
        type("nikSaksi2", "3578044202820004");
        inspect("bundle-form");
        submit("form[action$='/isian']");

        assertThat(currentPath()).endsWith("/dokumen");
        List<String> documents = findAll("form[enctype='multipart/form-data'] input[name='dokumen']").stream()
                .map(input -> input.getDomAttribute("value")).toList();
        assertThat(documents).doesNotContain("akta-kelahiran-anak", "bukti-kelahiran");
        for (String document : documents) {
            upload(document, document + ".pdf", minimalPdf());
        }
        inspect("bundle-documents");
        find("p.continue a.button").click();
        submit("form[action$='/kirim']");

        String code = find(".tracking-code").getDomAttribute("data-code");
        open("/status/" + code);
        String status = find("main").getText();
        inspect("bundle-public-status");
        assertThat(status).contains(code);
        signOut();

        // the first steps are with the kelurahan office (birth certificate) and the civil registry (family card)
        for (String officer : List.of("petugas." + KELURAHAN_OFFICE, "petugas.dispendukcapil")) {
            signIn(officer, PASSWORD);
            open("/kotak-masuk");
            assertThat(find("main").getText()).as("inbox of %s", officer).contains(code);
            signOut();
        }
    }

    // ---- officers -------------------------------------------------------------------------------------------

    /** Signs in as the officer, finds the application in the inbox, claims its open step and approves it. */
    private void approveInInbox(String officer, String code) {
        signIn(officer, PASSWORD);
        open("/kotak-masuk");
        inspect("inbox-" + officer.replace('.', '-'));
        screenshotsAt("inbox-" + officer.replace('.', '-'), Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        WebElement row = find("a[href*='/kotak-masuk/'][data-code='" + code + "'], a[href*='/kotak-masuk/']:not([href*='beban'])");
        List<WebElement> caseLinks = findAll("a[href^='/kotak-masuk/']").stream()
                .filter(link -> link.getText().replace(" ", "").contains(code.replace("-", "").substring(3, 8))
                        || link.getText().contains(code))
                .toList();
        (caseLinks.isEmpty() ? row : caseLinks.getFirst()).click();
        waitUntil(d -> currentPath().matches("/kotak-masuk/[0-9a-f-]{36}.*"));
        inspect("case-" + officer.replace('.', '-'));
        screenshotsAt("case-" + officer.replace('.', '-'), Viewport.DESKTOP);
        submit("form[action$='/ambil']");
        submit("form[action$='/setujui']");
        assertThat(find("main").getText()).isNotBlank();
        signOut();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find("#" + id), value);
    }

    /** Uploads a file into the document slot of that code and waits for the page that answers. */
    private void upload(String documentCode, String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("sp-upload-");
        Path file = dir.resolve(name);
        Files.write(file, content);
        String form = "form[enctype='multipart/form-data']:has(input[name='dokumen'][value='" + documentCode + "'])";
        find(form + " input[type=file]").sendKeys(file.toAbsolutePath().toString());
        submit(form);
    }

    /** Fetches a file with the browser's own session, as a click on the link would. */
    private byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.arrayBuffer(); })
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('ERROR ' + e));""", path);
        assertThat(String.valueOf(base64)).as("download of %s", path).doesNotStartWith("ERROR");
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    private static String qrIn(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no QR code found on the first page", e);
        }
    }

    private static byte[] minimalPdf() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
