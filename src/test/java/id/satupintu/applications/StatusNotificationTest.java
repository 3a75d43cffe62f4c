package id.satupintu.applications;

import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.identity.NewStaff;
import id.satupintu.identity.Provisioning;
import id.satupintu.notifications.Delivered;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.SentNotifications;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens hear of each change of their application in their language, and a breached deadline reaches the agency
 * head, through the notification port (the log adapter here), after the change committed.
 */
@SpringBootTest
class StatusNotificationTest {

    @Autowired
    Applications applications;
    @Autowired
    SlaWatch slaWatch;
    @Autowired
    CaseWork caseWork;
    @Autowired
    Drafts drafts;
    @Autowired
    Organisation organisation;
    @Autowired
    CatalogLoading loading;
    @Autowired
    Provisioning provisioning;
    @Autowired
    SentNotifications sent;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCitizenIsToldOfEachStatusChangeAndTheHeadOfABreach() throws InterruptedException {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        City city = fixture.newCity();
        Delivered.Citizen person = Delivered.citizenWithEmail(provisioning, city.tenant());
        String email = person.email();
        Viewer citizen = person.viewer();
        String headEmail = "kepala-" + UUID.randomUUID() + "@contoh.id";
        provisioning.ensureStaff(city.tenant(), new NewStaff("kepala.dpupr." + UUID.randomUUID().toString().substring(0, 6),
                "Kepala DPUPR", Optional.of(city.agencies().get("dpupr").id()), Set.of(Role.AGENCY_HEAD), Optional.of(headEmail)),
                provisioning.encodePassword("rahasia-uji-123"));

        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        String code = submitted.trackingCode().orElseThrow();
        Notification receipt = Delivered.await(sent, n -> n.destination().equals(email) && n.subject().contains(code));
        assertThat(receipt.body()).contains("/status/" + code).contains("diterima");

        Viewer officer = city.officer("dpupr");
        UUID step = submitted.steps().getFirst().id();
        caseWork.claim(officer, step);
        caseWork.requestCorrection(officer, step, "Desain kurang jelas");
        Notification correction = Delivered.await(sent, n -> n.destination().equals(email) && n.body().contains("perbaikan"));
        assertThat(correction.channel()).isEqualTo(Notification.Channel.EMAIL);

        jdbc.sql("update application_steps set status = 'CLAIMED', sla_paused_since = null, due_at = :past where id = :id")
                .param("past", Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS))).param("id", step).update();
        slaWatch.detectBreaches();
        Notification escalation = Delivered.await(sent, n -> n.destination().equals(headEmail));
        assertThat(escalation.subject()).contains(code);
        assertThat(escalation.body()).contains("/kotak-masuk/" + submitted.id());
    }
}
