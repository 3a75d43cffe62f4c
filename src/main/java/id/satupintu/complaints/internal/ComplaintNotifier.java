package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintDeadlinePassed;
import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.identity.PersonalDataVault;
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

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tells the reporter and the supporters of a complaint about each change, and escalates passed deadlines to the
 * agency heads, in each person's language. A reporter filed through an outside client is told at the e-mail (or
 * phone) the client gave; an anonymous reporter is never told anything, since nothing about them is kept. Runs after
 * the change committed, from the event publication registry, so a failed delivery is retried, never lost; a second
 * delivery of the same event finds its receipt and sends nothing.
 */
@Component
class ComplaintNotifier {

    static final String CHANGES = "complaints.notifier.changes";
    static final String ESCALATIONS = "complaints.notifier.escalations";

    private final ComplaintStore store;
    private final Accounts accounts;
    private final Organisation organisation;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final PersonalDataVault vault;
    private final EventReceipts receipts;

    ComplaintNotifier(ComplaintStore store, Accounts accounts, Organisation organisation, Notifications notifications,
                      MessageSource messages, PublicUrl publicUrl, PersonalDataVault vault, EventReceipts receipts) {
        this.vault = vault;
        this.store = store;
        this.accounts = accounts;
        this.organisation = organisation;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.receipts = receipts;
    }

    @ApplicationModuleListener
    void on(ComplaintChanged changed) {
        if (!receipts.firstDelivery(CHANGES, changed.eventId())) {
            return;
        }
        ComplaintRow row = store.find(changed.tenant(), changed.complaintId()).orElseThrow();
        Set<UUID> people = new LinkedHashSet<>();
        if (row.reporterId() != null) {
            people.add(row.reporterId());
        }
        if (changed.kind() != ComplaintEventKind.SUBMITTED) {
            people.addAll(store.supporters(row.tenant(), row.id()));
        }
        for (UUID person : people) {
            accounts.contactOf(row.tenant(), person).ifPresent(contact -> {
                Locale locale = Locale.forLanguageTag(contact.language());
                notifications.sendToPerson(row.tenant(), contact.email(), contact.phone(), subject(row, changed.kind(), locale),
                        body(row, changed.kind(), locale));
            });
        }
        if (row.reporterId() == null && (row.reporterEmail() != null || row.reporterPhone() != null)) {
            Locale locale = Locale.forLanguageTag(row.language());
            notifications.sendToPerson(row.tenant(), Optional.ofNullable(row.reporterEmail()).map(vault::open),
                    Optional.ofNullable(row.reporterPhone()).map(vault::open),
                    subject(row, changed.kind(), locale), body(row, changed.kind(), locale));
        }
    }

    @ApplicationModuleListener
    void on(ComplaintDeadlinePassed passed) {
        if (!receipts.firstDelivery(ESCALATIONS, passed.eventId())) {
            return;
        }
        Optional<AgencyView> agency = organisation.agencyByCode(passed.tenant(), passed.agencyCode());
        if (agency.isEmpty()) {
            return;
        }
        for (AccountView head : accounts.staffOfAgency(passed.tenant(), agency.get().id())) {
            if (!head.roles().contains(Role.AGENCY_HEAD)) {
                continue;
            }
            accounts.contactOf(passed.tenant(), head.id()).ifPresent(contact -> {
                Locale locale = Locale.forLanguageTag(contact.language());
                String deadline = passed.deadline().code();
                String kind = messages.getMessage("complaints.deadline." + deadline, null, deadline, locale);
                Object[] args = {passed.trackingCode(), kind, LocalDate.ofInstant(passed.dueAt(), Clocks.JAKARTA).toString(),
                        agency.get().name(contact.language()), publicUrl.of("/pengaduan/kelola/" + passed.complaintId())};
                notifications.sendToPerson(passed.tenant(), contact.email(), contact.phone(),
                        messages.getMessage("complaints.escalate.subject", args, locale),
                        messages.getMessage("complaints.escalate.body", args, locale));
            });
        }
    }

    private String subject(ComplaintRow row, ComplaintEventKind kind, Locale locale) {
        return messages.getMessage("complaints.notify.subject", new Object[]{row.trackingCode(), status(kind, locale)}, locale);
    }

    private String body(ComplaintRow row, ComplaintEventKind kind, Locale locale) {
        return messages.getMessage("complaints.notify.body", new Object[]{row.trackingCode(), status(kind, locale),
                publicUrl.of("/pengaduan/" + row.trackingCode())}, locale);
    }

    private String status(ComplaintEventKind kind, Locale locale) {
        return java.util.Objects.requireNonNullElse(messages.getMessage(kind.notificationKey(), null, kind.code(), locale), kind.code());
    }
}
