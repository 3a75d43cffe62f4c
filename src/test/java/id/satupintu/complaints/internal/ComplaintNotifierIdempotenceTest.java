package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintDeadlinePassed;
import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintFacts;
import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.identity.NewStaff;
import id.satupintu.identity.Provisioning;
import id.satupintu.notifications.Delivered;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.SentNotifications;
import id.satupintu.shared.Ids;
import id.satupintu.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery is at least once (a resubmitted publication, a message the broker delivered twice): the same event
 * delivered twice reaches people once, because the notifier records its receipt with its work.
 */
class ComplaintNotifierIdempotenceTest extends ComplaintsTestSupport {

    @Autowired
    ComplaintNotifier notifier;
    @Autowired
    SentNotifications sent;
    @Autowired
    Provisioning provisioning;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSameChangeDeliveredTwiceTellsTheReporterOnce() throws InterruptedException {
        Delivered.Citizen person = Delivered.citizenWithEmail(provisioning, city.tenant());
        ComplaintView filed = filing.file(person.viewer(), ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        Delivered.await(sent, n -> n.destination().equals(person.email())); // the filing's own message

        ComplaintChanged verified = new ComplaintChanged(Ids.newId(), city.tenant(), filed.id(), ComplaintEventKind.VERIFIED);
        transactions.executeWithoutResult(status -> notifier.on(verified));
        transactions.executeWithoutResult(status -> notifier.on(verified));

        Predicate<Notification> told = n -> n.destination().equals(person.email()) && n.subject().contains("diverifikasi");
        Delivered.await(sent, told);
        Thread.sleep(1000); // the listener runs asynchronously: give a second delivery the time to do harm
        assertThat(sent.recent().stream().filter(told)).hasSize(1);
    }

    @Test
    void theSameDeadlineDeliveredTwiceReachesTheHeadOnce() throws InterruptedException {
        String headEmail = "kepala-" + UUID.randomUUID() + "@contoh.id";
        provisioning.ensureStaff(city.tenant(), new NewStaff("kepala.dlh." + UUID.randomUUID().toString().substring(0, 6),
                "Kepala DLH", Optional.of(city.agencies().get("dlh").id()), Set.of(Role.AGENCY_HEAD), Optional.of(headEmail)),
                provisioning.encodePassword("rahasia-uji-123"));
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        ComplaintDeadlinePassed passed = new ComplaintDeadlinePassed(Ids.newId(), city.tenant(),
                new ComplaintFacts(filed.id(), filed.trackingCode(), filed.categoryCode(), Optional.empty(), Optional.empty(),
                        filed.channel(), filed.submittedAt()),
                ComplaintDeadlinePassed.Deadline.FOLLOW_UP, "dlh", Instant.now(), Instant.now());
        transactions.executeWithoutResult(status -> notifier.on(passed));
        transactions.executeWithoutResult(status -> notifier.on(passed));

        Predicate<Notification> escalated = n -> n.destination().equals(headEmail);
        Delivered.await(sent, escalated);
        Thread.sleep(1000);
        assertThat(sent.recent().stream().filter(escalated)).hasSize(1);
    }
}
