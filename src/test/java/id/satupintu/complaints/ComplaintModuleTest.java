package id.satupintu.complaints;

import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.ComplaintFixture.BUNGKUL;
import static id.satupintu.complaints.ComplaintFixture.pothole;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints module alone (with the modules it depends on): each main move publishes its past-tense event,
 * carrying what a scorecard or a dashboard needs without calling back.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ComplaintModuleTest {

    @Autowired
    Organisation organisation;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    ComplaintDesk desk;
    @Autowired
    AgencyTasks tasks;
    @Autowired
    ReporterFollowUp followUps;
    @Autowired
    ComplaintDeadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    ComplaintFixture fixture;
    ComplaintFixture.City city;
    Viewer citizen;

    @BeforeEach
    void aFreshCity() {
        fixture = new ComplaintFixture(organisation, filing, desk);
        city = fixture.newCity();
        citizen = city.citizen();
    }

    @Test
    void filingPublishesComplaintFiledWithoutTheReporter(Scenario scenario) {
        scenario.stimulate(() -> filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL)))
                .andWaitForEventOfType(ComplaintFiled.class)
                .toArriveAndVerify((event, filed) -> {
                    assertThat(event.complaintId()).isEqualTo(filed.id());
                    assertThat(event.tenant()).isEqualTo(city.tenant());
                    assertThat(event.trackingCode()).isEqualTo(filed.trackingCode());
                    assertThat(event.complaint().categoryCode()).isEqualTo("jalan-rusak");
                    assertThat(event.complaint().channel()).isEqualTo(Channel.WEB);
                    assertThat(event.verifyDue()).isEqualTo(filed.verifyDue());
                    assertThat(event.eventId()).isNotNull();
                    assertThat(event.toString()).doesNotContain(citizen.accountId().toString());
                });
    }

    @Test
    void verifyingAndDispatchingPublishTheirEvents(Scenario scenario) {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        scenario.stimulate(() -> desk.verify(city.desk(), filed.id()))
                .andWaitForEventOfType(ComplaintVerified.class)
                .matchingMappedValue(ComplaintVerified::complaintId, filed.id())
                .toArriveAndVerify((event, verified) -> {
                    assertThat(event.resolveDue()).isEqualTo(verified.resolveDue().orElseThrow());
                    assertThat(event.onTime()).isTrue();
                });
        scenario.stimulate(() -> desk.dispatch(city.desk(), filed.id(), List.of("dsdabm", "dlh"), Optional.empty()))
                .andWaitForEventOfType(ComplaintDispatched.class)
                .matchingMappedValue(ComplaintDispatched::complaintId, filed.id())
                .toArriveAndVerify((event, dispatched) -> {
                    assertThat(event.agencies()).containsExactly("dsdabm", "dlh");
                    assertThat(event.resolveDue()).isEqualTo(dispatched.resolveDue().orElseThrow());
                    assertThat(event.repeated()).isFalse();
                });
    }

    @Test
    void rejectingPublishesComplaintRejectedWithItsReason(Scenario scenario) {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        scenario.stimulate(() -> desk.reject(city.desk(), filed.id(), "Jalan nasional, bukan kewenangan kota."))
                .andWaitForEventOfType(ComplaintRejected.class)
                .matchingMappedValue(ComplaintRejected::complaintId, filed.id())
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("Jalan nasional, bukan kewenangan kota."));
    }

    @Test
    void agenciesWorkingAndResolvingPublishPerTaskAndForTheWhole(Scenario scenario) {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm");
        UUID taskId = dispatched.tasks().getFirst().id();
        scenario.stimulate(() -> tasks.startTask(city.officer("dsdabm"), taskId))
                .andWaitForEventOfType(ComplaintTaskStarted.class)
                .matchingMappedValue(ComplaintTaskStarted::taskId, taskId)
                .toArriveAndVerify(event -> assertThat(event.agencyCode()).isEqualTo("dsdabm"));
        scenario.stimulate(() -> tasks.resolveTask(city.officer("dsdabm"), taskId, "Sudah ditambal.",
                        Optional.of(new NewComplaint.Photo("selesai.jpg", ComplaintFixture.jpeg()))))
                .andWaitForEventOfType(ComplaintResolved.class)
                .matchingMappedValue(ComplaintResolved::complaintId, dispatched.id())
                .toArriveAndVerify((event, resolved) -> {
                    assertThat(event.agencies()).containsExactly("dsdabm");
                    assertThat(event.onTime()).isTrue();
                    assertThat(event.autoCloseAt()).isEqualTo(resolved.autoCloseAt().orElseThrow());
                });
    }

    @Test
    void theReportersAnswersPublishDisputedReopenedClosedAndRated(Scenario scenario) {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm");
        resolve(dispatched);
        scenario.stimulate(() -> followUps.dispute(citizen, dispatched.id(), "Lubangnya masih ada."))
                .andWaitForEventOfType(ComplaintDisputed.class)
                .matchingMappedValue(ComplaintDisputed::complaintId, dispatched.id())
                .toArriveAndVerify(event -> assertThat(event.agencies()).containsExactly("dsdabm"));
        scenario.stimulate(() -> desk.reopen(city.desk(), dispatched.id(), "Mohon dicek lagi."))
                .andWaitForEventOfType(ComplaintReopened.class)
                .matchingMappedValue(ComplaintReopened::complaintId, dispatched.id())
                .toArriveAndVerify(event -> assertThat(event.agencies()).containsExactly("dsdabm"));
        resolve(lookupView(dispatched.id()));
        scenario.stimulate(() -> followUps.confirm(citizen, dispatched.id()))
                .andWaitForEventOfType(ComplaintClosed.class)
                .matchingMappedValue(ComplaintClosed::complaintId, dispatched.id())
                .toArriveAndVerify(event -> assertThat(event.confirmed()).isTrue());
        scenario.stimulate(() -> followUps.rate(citizen, dispatched.id(), 4, "Cepat."))
                .andWaitForEventOfType(ComplaintRated.class)
                .matchingMappedValue(ComplaintRated::complaintId, dispatched.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.stars()).isEqualTo(4);
                    assertThat(event.agencies()).containsExactly("dsdabm");
                });
    }

    @Test
    void mergingPublishesComplaintMergedNamingTheTarget(Scenario scenario) {
        ComplaintView target = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView duplicate = filing.file(city.citizen(), pothole(PrivacyMode.PUBLIC, BUNGKUL));
        scenario.stimulate(() -> desk.merge(city.desk(), duplicate.id(), target.trackingCode()))
                .andWaitForEventOfType(ComplaintMerged.class)
                .matchingMappedValue(ComplaintMerged::complaintId, duplicate.id())
                .toArriveAndVerify(event -> assertThat(event.intoTrackingCode()).isEqualTo(target.trackingCode()));
    }

    @Test
    void aPassedDeadlinePublishesOneEscalation(Scenario scenario) {
        ComplaintView waiting = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        jdbc.sql("update complaints set verify_due = :past where id = :id")
                .param("past", Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS))).param("id", waiting.id()).update();
        scenario.stimulate(() -> deadlines.detectOverdue())
                .andWaitForEventOfType(ComplaintDeadlinePassed.class)
                .matchingMappedValue(ComplaintDeadlinePassed::complaintId, waiting.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.deadline()).isEqualTo(ComplaintDeadlinePassed.Deadline.VERIFICATION);
                    assertThat(event.agencyCode()).isEqualTo("diskominfo");
                });
    }

    private void resolve(ComplaintView complaint) {
        UUID taskId = complaint.tasks().stream().filter(t -> t.status().isActive()).findFirst().orElseThrow().id();
        tasks.resolveTask(city.officer("dsdabm"), taskId, "Sudah ditambal.",
                Optional.of(new NewComplaint.Photo("selesai.jpg", ComplaintFixture.jpeg())));
    }

    @Autowired
    ComplaintLookup lookup;

    private ComplaintView lookupView(UUID id) {
        return lookup.find(city.desk(), id).orElseThrow();
    }
}
