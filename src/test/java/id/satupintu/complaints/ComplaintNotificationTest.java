package id.satupintu.complaints;

import id.satupintu.identity.AccountView;
import id.satupintu.identity.NewStaff;
import id.satupintu.identity.Nik;
import id.satupintu.identity.Provisioning;
import id.satupintu.notifications.Delivered;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.SentNotifications;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporters and supporters hear of each change in their language, a client-given contact is kept sealed (not
 * readable from the database) yet reached, and a passed deadline reaches the agency head.
 */
class ComplaintNotificationTest extends ComplaintsTestSupport {

    @Autowired
    Provisioning provisioning;
    @Autowired
    SentNotifications sent;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportersSupportersAndHeadsAreTold() throws InterruptedException {
        Delivered.Citizen person = Delivered.citizenWithEmail(provisioning, city.tenant());
        String email = person.email();
        Viewer reporter = person.viewer();
        ComplaintView filed = filing.file(reporter, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        assertThat(Delivered.await(sent, n -> n.destination().equals(email) && n.subject().contains(filed.trackingCode())).body())
                .contains("/pengaduan/" + filed.trackingCode());

        // a client files for someone: the contact is sealed in the row, and still reached
        String clientEmail = "pelapor-" + UUID.randomUUID() + "@contoh.id";
        ComplaintView viaClient = filing.file(city.apiClient(), new NewComplaint("sampah", "Sampah menumpuk di depan pasar.",
                Optional.of(ComplaintFixture.BUNGKUL), Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.OPEN311,
                Optional.of(new NewComplaint.ReporterContact(Optional.of(clientEmail), Optional.of("081299990000"),
                        Optional.of("Budi"), Optional.of("Santoso"))), Optional.empty(), "en"));
        Map<String, Object> row = jdbc.sql("select reporter_email, reporter_phone, reporter_name from complaints where id = :id")
                .param("id", viaClient.id()).query().singleRow();
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .isNotBlank().doesNotContain(clientEmail).doesNotContain("08129999").doesNotContain("Budi"));
        Notification english = Delivered.await(sent, n -> n.destination().equals(clientEmail));
        assertThat(english.subject()).contains("Complaint " + viaClient.trackingCode());

        // a supporter hears of the dispatch too
        String neighbourEmail = "tetangga-" + UUID.randomUUID() + "@contoh.id";
        AccountView neighbourAccount = provisioning.ensureCitizen(city.tenant(), Nik.parse("3578041203850001"), "Budi Tetangga",
                neighbourEmail, "+6281234567891", provisioning.encodePassword("rahasia-uji-123"));
        Viewer neighbour = new Viewer(neighbourAccount.id(), city.tenant(), "Budi Tetangga", Set.of(Role.CITIZEN), Optional.empty());
        filing.join(neighbour, filed.id());
        deskWork.verify(city.desk(), filed.id());
        deskWork.dispatch(city.desk(), filed.id(), List.of("dsdabm"), Optional.empty());
        assertThat(Delivered.await(sent, n -> n.destination().equals(neighbourEmail) && n.body().contains("diteruskan")).subject())
                .contains(filed.trackingCode());

        // the follow-up deadline passes: the head of the agency hears of it once
        String headEmail = "kepala-" + UUID.randomUUID() + "@contoh.id";
        provisioning.ensureStaff(city.tenant(), new NewStaff("kepala.dsdabm." + UUID.randomUUID().toString().substring(0, 6),
                "Kepala DSDABM", Optional.of(city.agencies().get("dsdabm").id()), Set.of(Role.AGENCY_HEAD), Optional.of(headEmail)),
                provisioning.encodePassword("rahasia-uji-123"));
        jdbc.sql("update complaint_tasks set follow_up_due = :past where complaint_id = :id")
                .param("past", Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS))).param("id", filed.id()).update();
        deadlineJobs.detectOverdue();
        Notification escalation = Delivered.await(sent, n -> n.destination().equals(headEmail));
        assertThat(escalation.subject()).contains(filed.trackingCode());
        assertThat(escalation.body()).contains("/pengaduan/kelola/" + filed.id());
    }
}
