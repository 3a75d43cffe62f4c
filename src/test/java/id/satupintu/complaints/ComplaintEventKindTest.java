package id.satupintu.complaints;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary of what happens to a complaint is total: every kind has its timeline line (and, when people are
 * told, its notification) in Bahasa Indonesia and English, an audit action, and an Open311 status unless it changes
 * nothing a client's report shows. A kind added without them fails here, not in front of a citizen.
 */
class ComplaintEventKindTest {

    /** Written out by hand: the kinds Open311 clients are not sent (nothing in the report changes). */
    static final Set<ComplaintEventKind> NO_OPEN311_STATUS = EnumSet.of(ComplaintEventKind.JOINED,
            ComplaintEventKind.OVERDUE, ComplaintEventKind.RATED);
    /** GeoReport v2's statuses and the extended ones FixMyStreet maps. */
    static final Set<String> OPEN311_STATUSES = Set.of("open", "closed", "investigating", "in_progress", "fixed",
            "not_councils_responsibility", "duplicate");

    @ParameterizedTest(name = "{0} in {1}")
    @EnumSource(ComplaintEventKind.class)
    void everyKindHasItsWordsInBothLanguages(ComplaintEventKind kind) throws IOException {
        for (String bundle : new String[]{"i18n/complaints.properties", "i18n/complaints_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.getProperty(kind.messageKey())).as(bundle + " " + kind.messageKey()).isNotBlank();
            if (kind.notifies()) {
                assertThat(messages.getProperty(kind.notificationKey())).as(bundle + " " + kind.notificationKey()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintEventKind.class)
    void everyKindHasAnAuditActionAndItsStoredCodeReadsBack(ComplaintEventKind kind) {
        assertThat(kind.auditAction()).startsWith("complaint.").doesNotContain(" ");
        assertThat(ComplaintEventKind.ofCode(kind.code())).isSameAs(kind);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintEventKind.class)
    void everyKindThatChangesAReportHasAnOpen311Status(ComplaintEventKind kind) {
        assertThat(kind.open311Status().isEmpty()).isEqualTo(NO_OPEN311_STATUS.contains(kind));
        kind.open311Status().ifPresent(status -> assertThat(OPEN311_STATUSES).contains(status));
    }

    /** Rows written before the enum existed carry these words in complaint_timeline.kind. */
    @ParameterizedTest
    @ValueSource(strings = {"submitted", "verified", "rejected", "dispatched", "started", "handed-over", "task-resolved",
            "resolved", "confirmed", "disputed", "reopened", "auto-closed", "merged", "joined", "overdue", "rated"})
    void storedKindsReadBack(String stored) {
        assertThat(ComplaintEventKind.ofCode(stored).code()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintEventKind.class)
    void onlyTheReportersDisputeWordsStayPrivate(ComplaintEventKind kind) {
        assertThat(kind.messagePublic()).isEqualTo(kind != ComplaintEventKind.DISPUTED);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ComplaintEventKindTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
