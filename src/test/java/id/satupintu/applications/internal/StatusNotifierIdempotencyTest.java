package id.satupintu.applications.internal;

import id.satupintu.applications.Drafts;
import id.satupintu.applications.ApplicationEventKind;
import id.satupintu.applications.ApplicationFixture;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.identity.Provisioning;
import id.satupintu.notifications.Delivered;
import id.satupintu.notifications.SentNotifications;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery is at least once: the same status change delivered twice tells the citizen once. */
@SpringBootTest
class StatusNotifierIdempotencyTest {

    @Autowired
    StatusNotifier notifier;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SentNotifications sent;
    @Autowired
    Applications applications;
    @Autowired
    Drafts drafts;
    @Autowired
    Organisation organisation;
    @Autowired
    CatalogLoading loading;
    @Autowired
    Provisioning provisioning;

    @Test
    void theSameEventDeliveredTwiceSendsOneMessage() throws InterruptedException {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        ApplicationFixture.City city = fixture.newCity();
        Delivered.Citizen person = Delivered.citizenWithEmail(provisioning, city.tenant());
        ApplicationView submitted = fixture.submittedBillboardPermit(city, person.viewer());
        ApplicationStatusChanged changed = new ApplicationStatusChanged(Ids.newId(), city.tenant(), submitted.id(),
                ApplicationEventKind.CORRECTION_ANSWERED);

        // the listener is asynchronous (@ApplicationModuleListener): both deliveries run on their own, in their own transaction
        transactions.executeWithoutResult(tx -> notifier.on(changed));
        transactions.executeWithoutResult(tx -> notifier.on(changed));

        Delivered.await(sent, n -> n.destination().equals(person.email()) && n.body().contains("perbaikan Anda sudah diterima"));
        Thread.sleep(1500); // time for a second message, if the second delivery wrongly sent one
        assertThat(sent.recent()).filteredOn(n -> n.destination().equals(person.email()))
                .filteredOn(n -> n.body().contains("perbaikan Anda sudah diterima")).hasSize(1);
    }
}
