package id.satupintu.identity;

import id.satupintu.identity.internal.AccountService;
import id.satupintu.identity.internal.AccountService.Confirmation;
import id.satupintu.identity.internal.AccountService.Registration;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.SentNotifications;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationAndSignInTest {

    static final TenantId SURABAYA = TenantId.of("35.78");
    static final String PASSWORD = "kata-sandi-rahasia-1";

    @Autowired
    AccountService accounts;
    @Autowired
    SentNotifications sent;
    @Autowired
    MockMvc mvc;

    static String uniqueNik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "3578%02d%02d%02d%02d%04d".formatted(random.nextInt(1, 32), random.nextInt(1, 29),
                random.nextInt(1, 13), random.nextInt(0, 100), random.nextInt(1, 10_000));
    }

    static String uniqueEmail() {
        return "warga-" + UUID.randomUUID() + "@contoh.id";
    }

    Registration registration(String nik, String email) {
        return new Registration(nik, "Warga Uji", email, "", PASSWORD, PASSWORD, true, "id");
    }

    String lastCodeSentTo(String destination) {
        List<Notification> messages = sent.recent().stream().filter(n -> n.destination().equals(destination)).toList();
        assertThat(messages).as("a message to " + destination).isNotEmpty();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(messages.getLast().body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @Test
    void aCitizenCanSignInOnlyAfterConfirmingTheOneTimeCode() throws Exception {
        String email = uniqueEmail();
        var pending = accounts.register(SURABAYA, registration(uniqueNik(), email));
        assertThat(pending.maskedDestination()).doesNotContain(email.substring(1, email.indexOf('@')));

        signIn(email, PASSWORD).andExpect(redirectedUrl("/masuk?galat"));

        assertThat(accounts.confirm(SURABAYA, pending.accountId(), lastCodeSentTo(email))).isEqualTo(Confirmation.CONFIRMED);
        signIn(email, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aOneTimeCodeWorksOnce() {
        String email = uniqueEmail();
        var pending = accounts.register(SURABAYA, registration(uniqueNik(), email));
        String code = lastCodeSentTo(email);
        assertThat(accounts.confirm(SURABAYA, pending.accountId(), code)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(accounts.pending(SURABAYA, pending.accountId())).isEmpty();
    }

    @Test
    void aCodeIsVoidAfterFiveWrongGuesses() {
        String email = uniqueEmail();
        var pending = accounts.register(SURABAYA, registration(uniqueNik(), email));
        String code = lastCodeSentTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.confirm(SURABAYA, pending.accountId(), wrong)).isEqualTo(Confirmation.WRONG_CODE);
        }
        assertThat(accounts.confirm(SURABAYA, pending.accountId(), code)).isEqualTo(Confirmation.EXPIRED);
    }

    @Test
    void aNewCodeReplacesTheOldOneAndSendingIsRateLimited() {
        String email = uniqueEmail();
        var pending = accounts.register(SURABAYA, registration(uniqueNik(), email));
        String first = lastCodeSentTo(email);
        accounts.resend(SURABAYA, pending.accountId());
        String second = lastCodeSentTo(email);
        accounts.resend(SURABAYA, pending.accountId());
        assertThatThrownBy(() -> accounts.resend(SURABAYA, pending.accountId())).isInstanceOf(TooManyRequestsException.class);
        if (!first.equals(second)) {
            assertThat(accounts.confirm(SURABAYA, pending.accountId(), first)).isNotEqualTo(Confirmation.CONFIRMED);
        }
        assertThat(accounts.confirm(SURABAYA, pending.accountId(), lastCodeSentTo(email))).isEqualTo(Confirmation.CONFIRMED);
    }

    @Test
    void registrationRefusesAnInvalidNikNamingTheField() {
        assertThatThrownBy(() -> accounts.register(SURABAYA, registration("3578013202900001", uniqueEmail())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("nik");
                    assertThat(e.messageKey()).isEqualTo("identity.nik.birth_date");
                });
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAtOnce() {
        assertThatThrownBy(() -> accounts.register(SURABAYA, new Registration("", "", "", "", "", "", false, "id")))
                .isInstanceOfSatisfying(id.satupintu.shared.InvalidInputsException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException::field)
                        .containsExactly("nik", "fullName", "email", "password", "consent"));
    }

    @Test
    void theSameNikCannotRegisterTwiceInOneCity() {
        String nik = uniqueNik();
        accounts.register(SURABAYA, registration(nik, uniqueEmail()));
        assertThatThrownBy(() -> accounts.register(SURABAYA, registration(nik, uniqueEmail())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void lockedAccountsAnswerExactlyLikeAWrongPassword() throws Exception {
        String email = uniqueEmail();
        var pending = accounts.register(SURABAYA, registration(uniqueNik(), email));
        accounts.confirm(SURABAYA, pending.accountId(), lastCodeSentTo(email));

        MvcResult wrong = signIn(email, "salah-sekali-1234").andReturn();
        for (int i = 0; i < 5; i++) {
            signIn(email, "salah-sekali-1234");
        }
        MvcResult lockedWithRightPassword = signIn(email, PASSWORD).andReturn();

        assertThat(lockedWithRightPassword.getResponse().getStatus()).isEqualTo(wrong.getResponse().getStatus());
        assertThat(lockedWithRightPassword.getResponse().getRedirectedUrl()).isEqualTo(wrong.getResponse().getRedirectedUrl())
                .isEqualTo("/masuk?galat");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/masuk").session(session)).andExpect(status().isOk());
        String before = session.getId();
        MvcResult result = mvc.perform(post("/masuk").session(session).with(csrf())
                .param("login", "admin").param("password", "SatuPintu2026")).andExpect(redirectedUrl("/")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void theRegistrationPagesWorkEndToEnd() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String email = uniqueEmail();
        mvc.perform(post("/daftar").session(session).with(csrf())
                        .param("nik", uniqueNik()).param("fullName", "Warga Halaman").param("email", email)
                        .param("phone", "").param("password", PASSWORD).param("passwordConfirmation", PASSWORD)
                        .param("consent", "yes"))
                .andExpect(redirectedUrl("/daftar/verifikasi"));
        mvc.perform(post("/daftar/verifikasi").session(session).with(csrf()).param("code", lastCodeSentTo(email)))
                .andExpect(redirectedUrl("/masuk?terdaftar"));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String login, String password) throws Exception {
        return mvc.perform(post("/masuk").with(csrf()).param("login", login).param("password", password));
    }
}
