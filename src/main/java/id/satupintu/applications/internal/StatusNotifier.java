package id.satupintu.applications.internal;

import id.satupintu.applications.SlaBreached;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.notifications.Notifications;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Clocks;
import id.satupintu.shared.PublicUrl;
import id.satupintu.shared.Role;
import id.satupintu.shared.events.EventReceipts;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells citizens about each change of their application and escalates breached deadlines to the agency head, by
 * e-mail (or SMS when only a phone is known), in the person's language. Runs after the change committed, from
 * the event publication registry: a failed delivery is retried, never lost with the change.
 */
@Component
class StatusNotifier {

    private final ApplicationStore store;
    private final Accounts accounts;
    private final Organisation organisation;
    private final Notifications notifications;
    private final MessageSource messages;
    private final EventReceipts receipts;
    private final String publicUrl;

    StatusNotifier(ApplicationStore store, Accounts accounts, Organisation organisation, Notifications notifications,
                   MessageSource messages, EventReceipts receipts, PublicUrl publicUrl) {
        this.store = store;
        this.accounts = accounts;
        this.organisation = organisation;
        this.notifications = notifications;
        this.messages = messages;
        this.receipts = receipts;
        this.publicUrl = publicUrl.base();
    }

    /** A second delivery of the same change (a resubmitted publication) sends nothing. */
    @ApplicationModuleListener
    void on(ApplicationStatusChanged changed) {
        if (!receipts.firstDelivery("applications.status-notifier", changed.eventId())) {
            return;
        }
        String key = changed.kind().notificationKey().orElseThrow(
                () -> new IllegalStateException("The citizen is not told of " + changed.kind()));
        ApplicationRow app = store.find(changed.tenant(), changed.applicationId()).orElseThrow();
        accounts.contactOf(app.tenant(), app.applicantId()).ifPresent(contact -> {
            Locale locale = Locale.forLanguageTag(contact.language());
            String code = String.valueOf(app.trackingCode());
            String status = messages.getMessage(key, null, changed.kind().value(), locale);
            String subject = messages.getMessage("workflow.notify.subject", new Object[]{code, status}, locale);
            String body = messages.getMessage("workflow.notify.body", new Object[]{code, status, publicUrl + "/status/" + code,
                    publicUrl + "/permohonan/" + app.id()}, locale);
            notifications.sendToPerson(app.tenant(), contact.email(), contact.phone(), subject, body);
        });
    }

    @ApplicationModuleListener
    void on(SlaBreached breached) {
        if (!receipts.firstDelivery("applications.breach-escalation", breached.eventId())) {
            return;
        }
        Optional<AgencyView> agency = organisation.agencyByCode(breached.tenant(), breached.agencyCode());
        if (agency.isEmpty()) {
            return;
        }
        for (AccountView head : accounts.staffOfAgency(breached.tenant(), agency.get().id())) {
            if (!head.roles().contains(Role.AGENCY_HEAD)) {
                continue;
            }
            accounts.contactOf(breached.tenant(), head.id()).ifPresent(contact -> {
                Locale locale = Locale.forLanguageTag(contact.language());
                Object[] args = {breached.trackingCode(), date(breached.dueAt()), agency.get().name(contact.language()),
                        publicUrl + "/kotak-masuk/" + breached.applicationId()};
                notifications.sendToPerson(breached.tenant(), contact.email(), contact.phone(),
                        messages.getMessage("workflow.escalate.subject", args, locale),
                        messages.getMessage("workflow.escalate.body", args, locale));
            });
        }
    }

    private static String date(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.JAKARTA).toString();
    }
}
