package id.satupintu.applications.web;

import id.satupintu.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' pages in a real browser on the demo city: the Darmo kelurahan office's officer (whose inbox holds
 * the demo applications) opens the inbox, a case, the error of a rejection without a reason, on a phone and a desktop,
 * in both languages; an agency head opens the workload; each page passes the checks of {@link BrowserTestSupport#inspect}. The demo case is
 * left as it was found (claimed, then released).
 */
class InboxBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "SatuPintu2026";
    static final String OFFICER = "petugas.kel-3578041005";
    static final String HEAD = "kepala.dinkes";

    @Test
    void theInboxCaseAndWorkloadPassTheChecksOnPhoneAndDesktop() {
        resize(Viewport.PHONE);
        signIn(OFFICER, PASSWORD);
        assertThat(currentPath()).as("%s is signed in", OFFICER).isEqualTo("/");
        open("/kotak-masuk");
        inspect("inbox-list");
        screenshotsAt("inbox-list", Viewport.DESKTOP);
        List<WebElement> cases = findAll("table.inbox a[href^='/kotak-masuk/']");
        assertThat(cases).as("the demo applications are in the kelurahan office's inbox").isNotEmpty();
        String casePath = cases.getFirst().getDomAttribute("href");

        open(casePath);
        inspect("inbox-case");
        submit("form[action$='/ambil']");
        assertThat(find("main").getText()).contains("Langkah diambil");
        open(casePath);
        driver.executeScript("document.querySelectorAll('details.more-actions').forEach(d => d.open = true)");
        resize(Viewport.DESKTOP);
        inspect("inbox-case-claimed");
        submit("form[action$='/tolak']");
        assertThat(find(".error-summary").getText()).isNotBlank();
        inspect("inbox-case-reject-error");
        driver.executeScript("document.querySelectorAll('details.more-actions').forEach(d => d.open = true)");
        submit("form[action$='/lepas']");
        assertThat(find("main").getText()).contains("dikembalikan");

        open("/kotak-masuk?lang=en&urut=NEWEST");
        inspect("inbox-list-en");
        open("/kotak-masuk?selesai=true");
        inspect("inbox-decided-en");
        open("/kotak-masuk?lang=id");
        signOut();

        signIn(HEAD, PASSWORD);
        open("/kotak-masuk/beban");
        inspect("inbox-load");
        screenshotsAt("inbox-load", Viewport.PHONE);
        signOut();
    }
}
