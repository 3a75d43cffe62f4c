package id.satupintu.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.satupintu.identity.internal.AccountService;
import id.satupintu.shared.TenantId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With the SMTP channel, a registration's one-time code arrives as a real e-mail (in-process SMTP server). */
@SpringBootTest
class SmtpDeliveryTest {

    // Started before the Spring context so that its port is known when the mail properties are bound.
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("satupintu.notifications.channel", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("spring.mail.properties.mail.smtp.auth", () -> "false");
    }

    @Autowired
    AccountService accounts;

    @Test
    void theOneTimeCodeIsSentByEmailInTheCitizensLanguage() throws Exception {
        String email = "warga-" + UUID.randomUUID() + "@contoh.id";
        accounts.register(TenantId.of("35.78"), new AccountService.Registration("357801020292%04d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 10_000)), "Warga Surel",
                email, "", "kata-sandi-rahasia-1", "kata-sandi-rahasia-1", true, "en"));

        // other mail may arrive too (the demo city's applications tell their citizens): wait for this address's
        MimeMessage message = null;
        for (int tries = 0; tries < 50 && message == null; tries++) {
            message = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(email)).findFirst().orElse(null);
            if (message == null) {
                Thread.sleep(100);
            }
        }
        assertThat(message).as("an e-mail to " + email).isNotNull();
        assertThat(message.getSubject()).isEqualTo("Your SatuPintu verification code");
        assertThat(GreenMailUtil.getBody(message)).containsPattern("\\b\\d{6}\\b");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
