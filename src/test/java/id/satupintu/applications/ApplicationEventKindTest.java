package id.satupintu.applications;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The vocabulary of what happens to an application is total: every kind can be shown, audited and told. */
class ApplicationEventKindTest {

    /** Kinds not audited here: an opened step is the workflow's own doing; the documents module audits issuing. */
    private static final Set<ApplicationEventKind> NOT_AUDITED =
            EnumSet.of(ApplicationEventKind.STEP_OPENED, ApplicationEventKind.DOCUMENT_ISSUED);

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyKindHasATimelineMessageInBothLanguages(String suffix) throws IOException {
        Properties messages = bundle("applications" + suffix);
        for (ApplicationEventKind kind : ApplicationEventKind.values()) {
            assertThat(messages.getProperty(kind.messageKey())).as(kind + " in applications" + suffix).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyKindTheCitizenIsToldOfHasANotificationInBothLanguages(String suffix) throws IOException {
        Properties messages = bundle("workflow" + suffix);
        for (ApplicationEventKind kind : ApplicationEventKind.values()) {
            kind.notificationKey().ifPresent(key -> assertThat(messages.getProperty(key)).as(kind + " in workflow" + suffix).isNotBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationEventKind.class)
    void everyKindButTheWorkflowsOwnHasAnAuditAction(ApplicationEventKind kind) {
        assertThat(kind.auditAction().isPresent()).as(kind.name()).isEqualTo(!NOT_AUDITED.contains(kind));
        kind.auditAction().ifPresent(action -> assertThat(action).startsWith("application."));
    }

    @Test
    void storedValuesAreUniqueAndReadBack() {
        assertThat(Arrays.stream(ApplicationEventKind.values()).map(ApplicationEventKind::value).distinct())
                .hasSize(ApplicationEventKind.values().length);
        for (ApplicationEventKind kind : ApplicationEventKind.values()) {
            assertThat(ApplicationEventKind.of(kind.value())).isEqualTo(kind);
        }
        // the values stored before the enum existed still read back
        assertThat(Arrays.stream(ApplicationEventKind.values()).map(ApplicationEventKind::value))
                .contains("submitted", "step-opened", "step-approved", "step-rejected", "correction-requested",
                        "correction-answered", "handed-over", "sla-breached", "document-issued", "completed", "rejected");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApplicationEventKindTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
