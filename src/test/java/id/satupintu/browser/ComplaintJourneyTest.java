package id.satupintu.browser;

import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ComplaintDesk;
import id.satupintu.complaints.AgencyTasks;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's whole life in a real browser: a citizen files it with a photo at a point on the map; the complaint
 * desk verifies and dispatches it; Dinas Sumber Daya Air dan Bina Marga resolves it with a proof photo; the citizen
 * disputes ("closed, not fixed"); the desk reopens it; the agency resolves it again; the citizen confirms and rates
 * it; the public list and map show it. Every page passes axe, in the window sizes people use.
 */
class ComplaintJourneyTest extends BrowserTestSupport {

    static final String PASSWORD = "SatuPintu2026";
    static final TenantId SURABAYA = TenantId.of("35.78");

    @Autowired
    ComplaintLookup lookup;
    @Autowired
    ComplaintDesk deskWork;
    @Autowired
    AgencyTasks agencyTasks;
    @Autowired
    Organisation organisation;
    @Autowired
    Accounts accounts;

    @Test
    void aComplaintIsFiledHandledDisputedReopenedResolvedAndRated() throws IOException {
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/lapor");
        inspect("complaint-file-form");
        new Select(find("#kategori")).selectByValue("jalan-rusak");
        type("uraian", "Aspal ambles di depan rumah nomor 27, lubangnya dalam dan tergenang air saat hujan.");
        // the point a tap on the map would set (the map itself draws no tiles offline)
        setValue("lat", "-7.28512");
        setValue("lon", "112.73163");
        type("alamat", "Jl. Dr. Soetomo 27");
        find("input[name='privasi'][value='PUBLIC']").click();
        find("#foto").sendKeys(photoFile("lubang.jpg").toString());
        submit("form[action='/pengaduan/lapor']");
        if (currentPath().equals("/pengaduan/lapor")) {
            // similar complaints nearby were offered first: file a new one anyway
            inspect("complaint-similar-offered");
            submit("form[action='/pengaduan/lapor']:has(input[name='lanjut'])");
        }
        assertThat(currentPath()).startsWith("/pengaduan/terkirim/");
        String code = currentPath().substring("/pengaduan/terkirim/".length());
        assertThat(code).matches("ADU-[0-9A-Z]{5}-[0-9A-Z]{5}");
        inspect("complaint-filed");
        screenshotsAt("complaint-filed", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        signOut();

        // the complaint desk verifies and sends it to the roads department
        resize(Viewport.DESKTOP);
        signIn("petugas.diskominfo", PASSWORD);
        open("/pengaduan/kelola");
        inspect("complaint-desk-queue");
        find("a[data-code='" + code + "']").click();
        String casePath = currentPath();
        inspect("complaint-desk-case");
        submit("form[action$='/verifikasi']");
        assertThat(find("[role=status]").getText()).isNotBlank();
        WebElement roads = find("#tujuan-dsdabm");
        if (!roads.isSelected()) {
            roads.click();
        }
        // the kelurahan office of the place is suggested too (the point lies in Kelurahan Darmo, by Surabaya's
        // boundaries); the roads department alone handles this one
        Select office = new Select(find("#tujuan-kantor"));
        assertThat(office.getFirstSelectedOption().getAttribute("value")).isEqualTo("kel-3578041005");
        office.selectByValue("");
        inspect("complaint-desk-dispatch");
        submit("form[action$='/teruskan']");
        signOut();

        // the roads department fixes it and shows a photo
        resolveAsRoads(casePath, "Lubang sudah ditambal dan dipadatkan.", "complaint-agency-case");

        // the citizen disputes: closed, not fixed
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/" + code);
        inspect("complaint-resolved-citizen");
        type("alasan", "Tambalannya sudah retak lagi setelah hujan semalam.");
        submit("form[action$='/sanggah']");
        assertThat(find(".badge.bad").getText()).isNotBlank();
        inspect("complaint-disputed");
        signOut();

        // the desk reopens it
        resize(Viewport.DESKTOP);
        signIn("petugas.diskominfo", PASSWORD);
        open(casePath);
        type("alasan-buka", "Pelapor menyanggah, mohon ditambal ulang.");
        submit("form[action$='/buka-kembali']");
        inspect("complaint-reopened");
        signOut();

        resolveAsRoads(casePath, "Ditambal ulang dengan aspal panas.", "complaint-agency-case-again");

        // the citizen confirms and rates
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/" + code);
        submit("form[action$='/konfirmasi']");
        find("input[name='bintang'][value='4']").click();
        type("komentar", "Akhirnya beres, terima kasih.");
        submit("form[action$='/nilai']");
        inspect("complaint-closed-rated");
        open("/pengaduan/saya");
        assertThat(find("main").getText()).contains(code);
        inspect("complaint-mine");
        signOut();

        // anyone sees it in the public list and on the map, without the reporter
        open("/pengaduan");
        assertThat(find("main").getText()).contains(code).doesNotContain("Siti");
        inspect("complaint-public-list");
        screenshotsAt("complaint-public-list", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        open("/pengaduan/peta");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-overlay-pane path, .leaflet-marker-icon")));
        inspect("complaint-public-map");
        screenshotsAt("complaint-public-map", Viewport.DESKTOP);
        open("/pengaduan/" + code);
        assertThat(find("main").getText()).doesNotContain("Siti").doesNotContain("siti@contoh.id");
        inspect("complaint-public-page");
    }

    private void resolveAsRoads(String casePath, String note, String page) throws IOException {
        resize(Viewport.DESKTOP);
        signIn("petugas.dsdabm", PASSWORD);
        open("/pengaduan/kelola");
        open(casePath);
        inspect(page);
        String form = "form[action*='/tugas/'][action$='/selesai']";
        find(form + " textarea[name='catatan']").sendKeys(note);
        find(form + " input[type=file]").sendKeys(photoFile("bukti.jpg").toString());
        submit(form);
        assertThat(find("[role=status]").getText()).isNotBlank();
        signOut();
    }

    @Test
    void anAnonymousReporterFollowsUpWithTheSecretShownOnceConfirmsAndRates() throws IOException {
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/lapor");
        new Select(find("#kategori")).selectByValue("sampah");
        type("uraian", "Tumpukan sampah di pinggir Kali Mas dekat jembatan, sudah seminggu tidak diangkut.");
        type("alamat", "Jl. Kali Mas Barat 12");
        find("input[name='privasi'][value='ANONYMOUS']").click();
        submit("form[action='/pengaduan/lapor']");
        if (currentPath().equals("/pengaduan/lapor")) {
            submit("form[action='/pengaduan/lapor']:has(input[name='lanjut'])");
        }
        assertThat(currentPath()).startsWith("/pengaduan/terkirim/");
        String code = currentPath().substring("/pengaduan/terkirim/".length());
        String secret = find(".secret-code").getDomAttribute("data-secret");
        assertThat(secret).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
        inspect("complaint-filed-anonymous");
        screenshotsAt("complaint-filed-anonymous", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        String link = find(".follow-up a.button").getDomAttribute("href");
        signOut();

        // the city handles it (in the background of this test)
        ReporterSecret key = new ReporterSecret(SURABAYA, code, secret);
        UUID id = lookup.followUp(key).orElseThrow().id();
        Viewer desk = officer("diskominfo");
        deskWork.verify(desk, id);
        ComplaintView dispatched = deskWork.dispatch(desk, id, List.of("dlh"), Optional.empty());
        agencyTasks.resolveTask(officer("dlh"), dispatched.tasks().getFirst().id(), "Sampah sudah diangkut truk DLH.",
                Optional.of(new NewComplaint.Photo("bukti.jpg", Files.readAllBytes(photoFile("bukti-dlh.jpg")))));

        // nobody signed in: typed by hand at the form, then the link
        open("/pengaduan/lanjut");
        inspect("complaint-follow-up-form");
        type("kode", code.toLowerCase(java.util.Locale.ROOT));
        type("rahasia", secret.replace("-", " "));
        find("form[action='/pengaduan/lanjut'] button[type=submit]").click();
        waitUntil(d -> currentPath().equals(link));
        assertThat(find("main").getText()).contains("Sampah sudah diangkut truk DLH.");
        inspect("complaint-follow-up");
        screenshotsAt("complaint-follow-up", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);
        submit("form[action='" + link + "/konfirmasi']");
        find("#bintang-5 + label").click();
        type("komentar", "Cepat, terima kasih.");
        submit("form[action='" + link + "/nilai']");
        assertThat(lookup.followUp(key).orElseThrow().rating()).contains(5);
        inspect("complaint-follow-up-rated");
    }

    private Viewer officer(String agencyCode) {
        AgencyView agency = organisation.agencyByCode(SURABAYA, agencyCode).orElseThrow();
        AccountView staff = accounts.staffOfAgency(SURABAYA, agency.id()).stream()
                .filter(account -> account.roles().contains(Role.OFFICER)).findFirst().orElseThrow();
        return new Viewer(staff.id(), SURABAYA, staff.displayName(), staff.roles(), Optional.of(agency.id()));
    }

    @Test
    void aPhotoOverTheLimitIsRefusedInTheBrowserBeforeSendingAndNothingTypedIsLost() throws IOException {
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/lapor");
        type("uraian", "Lampu jalan mati sejak tiga hari di gang lima.");
        // 9 MB: over the 8 MB photo limit (and close to the server's multipart limit, past which a form is lost)
        byte[] large = new byte[9 * 1024 * 1024];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        Path file = Files.createTempDirectory("sp-large-").resolve("besar.jpg");
        Files.write(file, large);
        find("#foto").sendKeys(file.toAbsolutePath().toString());

        JavascriptExecutor js = (JavascriptExecutor) driver;
        // not a photo the browser can scale down (only its first bytes are JPEG): refused as it is
        waitUntil(d -> String.valueOf(js.executeScript("return document.getElementById('foto').validationMessage;"))
                .contains("besar.jpg"));
        assertThat((String) js.executeScript("return document.getElementById('foto').validationMessage;"))
                .contains("8 MB");
        js.executeScript("window.notReloaded = true;");
        find("form[action='/pengaduan/lapor'] button[type=submit]:not([aria-hidden='true'])").click();
        assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(find("#uraian").getDomProperty("value")).isEqualTo("Lampu jalan mati sejak tiga hari di gang lima.");

        // choosing again, a photo within the limit, clears the refusal
        js.executeScript("document.getElementById('foto').value = '';");
        find("#foto").sendKeys(photoFile("kecil.jpg").toString());
        waitUntil(d -> String.valueOf(js.executeScript("return document.getElementById('foto').validationMessage;")).isEmpty());
        signOut();
    }

    @Test
    void aLargePhoneSizedPhotoIsScaledDownInTheBrowserBeforeItIsSent() throws IOException {
        resize(Viewport.PHONE);
        signIn("siti@contoh.id", PASSWORD);
        open("/pengaduan/lapor");
        Path large = noisyPhoto("kamera-hp.jpg", 3000, 2250);
        long original = Files.size(large);
        find("#foto").sendKeys(large.toString());

        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitUntil(d -> find("#foto-status").getText().contains("siap dikirim"));
        long sent = ((Number) js.executeScript("return document.getElementById('foto').files[0].size;")).longValue();
        assertThat(sent).isLessThan(original / 3);
        assertThat((String) js.executeScript("return document.getElementById('foto').files[0].type;")).isEqualTo("image/jpeg");
        assertThat((String) js.executeScript("return document.getElementById('foto').validationMessage;")).isEmpty();
        String scaledSize = (String) js.executeScript("""
                return new Promise(function (done) {
                  createImageBitmap(document.getElementById('foto').files[0])
                      .then(function (b) { done(b.width + 'x' + b.height); });
                });""");
        assertThat(scaledSize).isEqualTo("1600x1200");
        inspect("complaint-file-photo-scaled");
        signOut();
    }

    /** A photo of noise (which JPEG cannot compress well) the size a phone camera takes: several MB. */
    private static Path noisyPhoto(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = random.nextInt(0x1000000);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Path file = Files.createTempDirectory("sp-camera-").resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file.toAbsolutePath();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find("#" + id), value);
    }

    private static Path photoFile(String name) throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(110, 110, 115));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(40, 40, 40));
        g.fillOval(250, 250, 300, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        Path file = Files.createTempDirectory("sp-photo-").resolve(name);
        Files.write(file, out.toByteArray());
        return file.toAbsolutePath();
    }
}
