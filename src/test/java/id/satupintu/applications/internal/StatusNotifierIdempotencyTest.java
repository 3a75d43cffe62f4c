package id.satupintu.applications.internal;

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
    Organisation organisation;
    @Autowired
    CatalogLoading loading;
    @Autowired
    Provisioning provisioning;

    @Test
    void theSameEventDeliveredTwiceSendsOneMessage() {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, applications);
        ApplicationFixture.City city = fixture.newCity();
        Delivered.Citizen person = Delivered.citizenWithEmail(provisioning, city.tenant());
        ApplicationView submitted = fixture.submittedBillboardPermit(city, person.viewer());
        ApplicationStatusChanged changed = new ApplicationStatusChanged(Ids.newId(), city.tenant(), submitted.id(),
                ApplicationEventKind.CORRECTION_ANSWERED);

        transactions.executeWithoutResult(tx -> notifier.on(changed));
        transactions.executeWithoutResult(tx -> notifier.on(changed));

        assertThat(sent.recent()).filteredOn(n -> n.destination().equals(person.email()))
                .filteredOn(n -> n.body().contains("perbaikan Anda sudah diterima")).hasSize(1);
    }
}
