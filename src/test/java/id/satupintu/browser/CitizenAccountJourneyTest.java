package id.satupintu.browser;

import id.satupintu.notifications.Notification;
import id.satupintu.notifications.SentNotifications;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A citizen's first visit, in a real browser on a phone-sized window: register, confirm, sign in, English, sign out. */
class CitizenAccountJourneyTest extends BrowserTestSupport {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String PASSWORD = "peramban-uji-rahasia-7";
    static final String DEMO_CITIZEN = "siti@contoh.id";
    static final String DEMO_PASSWORD = "SatuPintu2026";
    static final Pattern ONE_TIME_CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    SentNotifications sent;
    @Autowired
    MessageSource messages;

    @Test
    void aCitizenRegistersConfirmsTheCodeSignsInSwitchesToEnglishAndSignsOut() {
        open("/");
        inspect("home");
        screenshotsAt("home", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);

        open("/daftar");
        inspect("register");
        screenshotsAt("register", Viewport.DESKTOP, Viewport.KIOSK_PORTRAIT);

        submit("form[action='/daftar']");
        WebElement summary = find(".error-summary[role=alert]");
        List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
        assertThat(links).as("links from the error summary to the fields").isNotEmpty();
        for (WebElement link : links) {
            String field = link.getDomAttribute("href").substring(1);
            assertThat(findAll("[id='" + field + "']")).as("the field the error link %s points to", "#" + field).hasSize(1);
        }
        inspect("register-errors");

        String name = "Warga Peramban " + UUID.randomUUID().toString().substring(0, 8);
        String email = "peramban-" + UUID.randomUUID() + "@contoh.id";
        type("nik", uniqueNik());
        type("fullName", name);
        type("email", email);
        type("password", PASSWORD);
        type("passwordConfirmation", PASSWORD);
        find("#consent").click();
        submit("form[action='/daftar']");
        assertThat(currentPath()).isEqualTo("/daftar/verifikasi");
        inspect("confirm");

        type("code", lastCodeSentTo(email));
        submit("form[action='/daftar/verifikasi']");
        assertThat(currentPath()).isEqualTo("/masuk?terdaftar");
        assertThat(find(".notice[role=status]").getText()).isEqualTo(text("identity.login.registered"));
        inspect("login-registered");

        signIn(email, PASSWORD);
        assertThat(currentPath()).isEqualTo("/");
        assertThat(find("h1").getText()).isEqualTo(text("home.welcome", name));
        inspect("home-signed-in");

        find("a.lang-switch").click();
        waitUntil(d -> "en".equals(find("html").getDomAttribute("lang")));
        assertThat(find("form[action='/keluar'] [type=submit]").getText()).isEqualTo(english("layout.logout"));
        assertThat(find("h1").getText()).isEqualTo(english("home.welcome", name));
        inspect("home-signed-in-en");

        signOut();
        assertThat(currentPath()).isEqualTo("/?keluar");
        assertThat(findAll("form[action='/keluar']")).as("the sign-out button").isEmpty();
        assertThat(find("header a[href='/masuk']").getText()).isEqualTo(english("layout.login"));
        assertThat(find("html").getDomAttribute("lang")).as("the language outlives the session").isEqualTo("en");
        inspect("home-signed-out-en");
    }

    @Test
    void aWrongPasswordShowsOnlyTheGenericFailure() {
        signIn(DEMO_CITIZEN, "bukan-kata-sandinya-9");

        assertThat(currentPath()).isEqualTo("/masuk?galat");
        assertThat(find(".error-summary[role=alert]").getText()).contains(text("identity.login.failed"));
        inspect("login-failed");

        // The right password still works afterwards, which also clears the failure count of the shared demo account.
        signIn(DEMO_CITIZEN, DEMO_PASSWORD);
        assertThat(currentPath()).isEqualTo("/");
    }

    /** Kota Surabaya (3578), kecamatan 01-31, a birth date (day + 40 for women) and a serial: passes {@code Nik}. */
    static String uniqueNik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int day = random.nextInt(1, 29) + (random.nextBoolean() ? 40 : 0);
        return "3578%02d%02d%02d%02d%04d".formatted(random.nextInt(1, 32), day, random.nextInt(1, 13),
                random.nextInt(0, 100), random.nextInt(1, 10_000));
    }

    String lastCodeSentTo(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        do {
            Optional<Notification> newest = sent.recent().stream().filter(n -> n.destination().equals(email))
                    .reduce((older, newer) -> newer);
            if (newest.isPresent()) {
                Matcher code = ONE_TIME_CODE.matcher(newest.get().body());
                assertThat(code.find()).as("a six-digit code in: %s", newest.get().body()).isTrue();
                return code.group(1);
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return fail("no message was sent to " + email);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    String english(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
