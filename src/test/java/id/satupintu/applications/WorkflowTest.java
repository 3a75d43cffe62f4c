package id.satupintu.applications;

import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.catalog.FormError;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow engine through the module API, on the database the suite runs on (H2 or PostgreSQL). */
@RecordApplicationEvents
class WorkflowTest extends ApplicationsTestSupport {

    @Autowired
    IssuedDocuments documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.satupintu.audit.AuditLog auditLog;
    @Autowired
    ApplicationEvents events;


    @Test
    void aTwoAgencyPermitTravelsFromAgencyToAgencyAndEndsWithAVerifiableDocument() {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(TrackingCode.parse(submitted.trackingCode().orElseThrow())).isPresent();
        assertThat(submitted.dueAt()).isPresent();
        assertThat(submitted.steps()).extracting(StepView::agencyCode, StepView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dpupr", StepStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("dpmptsp", StepStatus.WAITING));

        Viewer works = city.officer("dpupr");
        List<InboxItem> inbox = caseWork.inbox(works, InboxQuery.active());
        assertThat(inbox).extracting(item -> item.step().applicationId()).containsExactly(submitted.id());
        assertThat(caseWork.inbox(city.officer("dpmptsp"), InboxQuery.active())).isEmpty();

        UUID first = inbox.getFirst().step().id();
        caseWork.claim(works, first);
        caseWork.approve(works, first, Optional.of("Konstruksi aman"));

        Viewer permits = city.officer("dpmptsp");
        InboxItem second = caseWork.inbox(permits, InboxQuery.active()).getFirst();
        caseWork.claim(permits, second.step().id());
        caseWork.approve(permits, second.step().id(), Optional.empty());

        ApplicationView done = applications.find(citizen, submitted.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(done.completedAt()).isPresent();
        PartView part = done.parts().getFirst();
        assertThat(part.status()).isEqualTo(PartView.PartStatus.GRANTED);
        FileContent pdf = applications.issuedDocument(citizen, done.id(), part.id()).orElseThrow();
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(documents.find(city.tenant(), part.documentId().orElseThrow())).get()
                .satisfies(doc -> assertThat(doc.reference()).isEqualTo(done.trackingCode().orElseThrow()));
        assertThat(applications.issuedDocument(city.citizen(), done.id(), part.id())).isEmpty();

        assertThat(applications.timeline(citizen, done.id())).extracting(TimelineEntry::kind)
                .containsSubsequence(ApplicationEventKind.SUBMITTED, ApplicationEventKind.STEP_OPENED,
                        ApplicationEventKind.STEP_APPROVED, ApplicationEventKind.STEP_OPENED, ApplicationEventKind.STEP_APPROVED,
                        ApplicationEventKind.DOCUMENT_ISSUED, ApplicationEventKind.COMPLETED);
        assertThat(events.stream(ApplicationSubmitted.class)).hasSize(1);
        assertThat(events.stream(StepCompleted.class)).hasSize(2);
        assertThat(events.stream(ApplicationCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ApplicationStatus.COMPLETED));
        auditLog.latest(city.tenant(), 1); // reading links what is pending
        Long audited = jdbc.sql("select count(*) from audit_log where tenant_id = :t and object_id = :id")
                .param("t", city.tenant().code()).param("id", submitted.id().toString()).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(2);
    }

    @Test
    void submittingTwiceGivesTheSameTrackingCodeAndAnIdempotencyKeyGivesTheSameDraft() {
        ApplicationView first = drafts.startDraft(citizen, "nib-mikro", false, Optional.of("key-1"));
        ApplicationView again = drafts.startDraft(citizen, "nib-mikro", false, Optional.of("key-1"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> drafts.startDraft(citizen, "izin-reklame", false, Optional.of("key-1")))
                .isInstanceOf(ConflictException.class);

        drafts.saveAnswers(citizen, first.id(), fixture.answers("{\"namaUsaha\":\"Warung Bu Siti\"}"), Optional.empty());
        ApplicationView submitted = applications.submit(citizen, first.id());
        ApplicationView twice = applications.submit(citizen, first.id());
        assertThat(twice.trackingCode()).isEqualTo(submitted.trackingCode());
        assertThat(applications.mine(citizen)).hasSize(1);
    }

    @Test
    void anAutomaticPermitIsIssuedAtOnce() {
        ApplicationView draft = drafts.startDraft(citizen, "nib-mikro", false, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"namaUsaha\":\"Warung Bu Siti\"}"), Optional.empty());
        ApplicationView submitted = applications.submit(citizen, draft.id());
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(submitted.parts().getFirst().documentId()).isPresent();
    }

    @Test
    void checkListsSchemaErrorsMissingDocumentsAndArea() {
        ApplicationView draft = drafts.startDraft(citizen, "izin-reklame", false, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"lokasi\":\"x\",\"luas\":\"banyak\"}"), Optional.empty());
        assertThat(drafts.check(citizen, draft.id())).extracting(FormError::field, FormError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("lokasi", "form.invalid.minLength"),
                        org.assertj.core.groups.Tuple.tuple("luas", "form.invalid.type"),
                        org.assertj.core.groups.Tuple.tuple("desain", "application.document.missing"));
        assertThatThrownBy(() -> applications.submit(citizen, draft.id())).isInstanceOf(InvalidInputsException.class);
        assertThat(applications.find(citizen, draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

        ApplicationView letter = drafts.startDraft(citizen, "surat-domisili", false, Optional.empty());
        drafts.saveAnswers(citizen, letter.id(), fixture.answers("{\"keperluan\":\"Bank\"}"), Optional.empty());
        assertThat(drafts.check(citizen, letter.id())).extracting(FormError::field).containsExactly("kelurahan");
    }

    @Test
    void uploadsAreRecognisedByContentNotByName() {
        ApplicationView draft = drafts.startDraft(citizen, "izin-reklame", false, Optional.empty());
        assertThatThrownBy(() -> drafts.attach(citizen, draft.id(), "desain", "desain.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("desain");
                    assertThat(e.messageKey()).isEqualTo("application.upload.type");
                });
        assertThatThrownBy(() -> drafts.attach(citizen, draft.id(), "desain", "big.pdf", new byte[6 * 1024 * 1024]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("application.upload.tooLarge"));
        assertThatThrownBy(() -> drafts.attach(citizen, draft.id(), "ktp", "ktp.pdf", ApplicationFixture.PDF))
                .isInstanceOf(InvalidInputException.class);
        Attachment png = drafts.attach(citizen, draft.id(), "foto-lokasi", "../../etc/foto.jpg", PNG);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.filename()).isEqualTo("foto.jpg");
    }

    @Test
    void twoOfficersClaimingOneStepAtOnce_exactlyOneWins() throws Exception {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        UUID step = submitted.steps().getFirst().id();
        List<Viewer> officers = List.of(city.officer("dpupr"), city.officer("dpupr"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (Viewer officer : officers) {
                Callable<String> claim = () -> {
                    start.await();
                    try {
                        caseWork.claim(officer, step);
                        return "won";
                    } catch (ConflictException e) {
                        return "lost";
                    }
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "lost");
        }
    }

    @Test
    void officersSeeOnlyTheirAgencysCasesAndCitizensOnlyTheirOwn() {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        UUID step = submitted.steps().getFirst().id();
        Viewer otherAgency = city.officer("dpmptsp");

        assertThat(applications.find(city.officer("dpupr"), submitted.id())).isPresent();
        assertThat(applications.find(otherAgency, submitted.id())).isEmpty();
        assertThatThrownBy(() -> caseWork.claim(otherAgency, step)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseWork.notes(otherAgency, submitted.id())).isInstanceOf(NotFoundException.class);
        assertThat(applications.find(city.citizen(), submitted.id())).isEmpty();
        assertThatThrownBy(() -> applications.timeline(city.citizen(), submitted.id())).isInstanceOf(NotFoundException.class);

        City otherCity = fixture.newCity();
        Viewer foreignOfficer = otherCity.officer("dpupr");
        assertThat(applications.find(foreignOfficer, submitted.id())).isEmpty();
        assertThatThrownBy(() -> caseWork.claim(foreignOfficer, step)).isInstanceOf(NotFoundException.class);
        assertThat(applications.publicStatus(otherCity.tenant(), submitted.trackingCode().orElseThrow())).isEmpty();
        assertThat(applications.publicStatus(city.tenant(), submitted.trackingCode().orElseThrow())).isPresent();
    }

    @Test
    void aCorrectionPausesTheClocksUntilTheCitizenAnswers() {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        Viewer officer = city.officer("dpupr");
        UUID step = submitted.steps().getFirst().id();
        caseWork.claim(officer, step);
        StepView asked = caseWork.requestCorrection(officer, step, "Desain belum menunjukkan ukuran");
        assertThat(asked.status()).isEqualTo(StepStatus.CORRECTION);
        assertThat(asked.pausedSince()).isPresent();
        assertThat(applications.find(citizen, submitted.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.NEEDS_CORRECTION);

        drafts.attach(citizen, submitted.id(), "desain", "desain-baru.pdf", ApplicationFixture.PDF);
        ApplicationView answered = applications.answerCorrection(citizen, submitted.id(), "Sudah saya unggah ulang");
        assertThat(answered.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        StepView resumed = answered.steps().getFirst();
        assertThat(resumed.status()).isEqualTo(StepStatus.CLAIMED);
        assertThat(resumed.pausedSince()).isEmpty();
        assertThat(resumed.dueAt().orElseThrow()).isAfterOrEqualTo(submitted.steps().getFirst().dueAt().orElseThrow());
        assertThat(applications.timeline(citizen, submitted.id())).extracting(TimelineEntry::kind)
                .contains(ApplicationEventKind.CORRECTION_REQUESTED, ApplicationEventKind.CORRECTION_ANSWERED);
    }

    @Test
    void aRejectionEndsThePartWithTheReasonAndHandOverMovesTheStep() {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        Viewer works = city.officer("dpupr");
        UUID step = submitted.steps().getFirst().id();
        assertThatThrownBy(() -> caseWork.handOver(works, step, "tidak-ada", "salah")).isInstanceOf(InvalidInputException.class);
        caseWork.handOver(works, step, "dpmptsp", "Bukan kewenangan kami");
        assertThat(applications.find(works, submitted.id())).isEmpty();
        Viewer permits = city.officer("dpmptsp");
        caseWork.claim(permits, step);
        assertThatThrownBy(() -> caseWork.reject(permits, step, " ")).isInstanceOf(InvalidInputException.class);
        caseWork.reject(permits, step, "Lokasi di jalur hijau");
        ApplicationView rejected = applications.find(citizen, submitted.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.steps()).extracting(StepView::status).containsExactly(StepStatus.REJECTED, StepStatus.CANCELLED);
        assertThat(applications.timeline(citizen, submitted.id())).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(ApplicationEventKind.STEP_REJECTED);
            assertThat(entry.message()).contains("Lokasi di jalur hijau");
        });
    }

    @Test
    void kelurahanAndKecamatanStepsGoToTheApplicantsOfficesAndHeadOnlyStepsToTheHead() {
        ApplicationView draft = drafts.startDraft(citizen, "surat-domisili", false, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"keperluan\":\"Bank\"}"), Optional.of(city.kelurahan()));
        ApplicationView submitted = applications.submit(citizen, draft.id());
        assertThat(submitted.steps()).extracting(StepView::agencyCode, StepView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(city.kelurahanOffice(), StepStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(city.kecamatanOffice(), StepStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple("dpmptsp", StepStatus.WAITING));
        for (String office : List.of(city.kelurahanOffice(), city.kecamatanOffice())) {
            Viewer officer = city.officer(office);
            UUID step = caseWork.inbox(officer, InboxQuery.active()).getFirst().step().id();
            caseWork.claim(officer, step);
            caseWork.approve(officer, step, Optional.empty());
        }
        UUID last = applications.find(citizen, submitted.id()).orElseThrow().steps().get(2).id();
        assertThatThrownBy(() -> caseWork.claim(city.officer("dpmptsp"), last)).isInstanceOf(ConflictException.class);
        Viewer head = city.head("dpmptsp");
        caseWork.claim(head, last);
        caseWork.approve(head, last, Optional.empty());
        assertThat(applications.find(citizen, submitted.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void aBundleFansOutToItsServicesUnderOneCodeAndOneDeadline() {
        ApplicationView draft = drafts.startDraft(citizen, "paket-usaha", true, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"namaUsaha\":\"Kopi\",\"lokasi\":\"Jl. Tunjungan\",\"luas\":4}"), Optional.empty());
        drafts.attach(citizen, draft.id(), "desain", "d.pdf", ApplicationFixture.PDF);
        ApplicationView submitted = applications.submit(citizen, draft.id());
        assertThat(submitted.parts()).extracting(PartView::serviceCode, PartView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nib-mikro", PartView.PartStatus.GRANTED),
                org.assertj.core.groups.Tuple.tuple("izin-reklame", PartView.PartStatus.IN_PROGRESS));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(caseWork.inbox(city.officer("dpupr"), InboxQuery.active())).extracting(InboxItem::trackingCode)
                .containsExactly(submitted.trackingCode().orElseThrow());
        assertThat(applications.publicStatus(city.tenant(), submitted.trackingCode().orElseThrow())).get()
                .satisfies(status -> {
                    assertThat(status.bundle()).isTrue();
                    assertThat(status.dueAt()).isEqualTo(submitted.dueAt().orElseThrow());
                });
    }

    @Test
    void aPassedDeadlineIsRecordedOnceAndShownAsOverdue() {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        Instant past = Instant.now().minus(2, ChronoUnit.DAYS);
        jdbc.sql("update application_steps set due_at = :past where application_id = :id and status = 'OPEN'")
                .param("past", Timestamp.from(past)).param("id", submitted.id()).update();
        jdbc.sql("update applications set due_at = :past where id = :id").param("past", Timestamp.from(past))
                .param("id", submitted.id()).update();

        int first = slaWatch.detectBreaches();
        int second = slaWatch.detectBreaches();
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(second).isZero();
        assertThat(events.stream(SlaBreached.class).filter(e -> e.applicationId().equals(submitted.id()))).hasSize(2);
        Viewer works = city.officer("dpupr");
        InboxQuery overdue = new InboxQuery(Optional.empty(), false, true, Optional.empty(), false, InboxQuery.Sort.DUE, 50, 0);
        assertThat(caseWork.inbox(works, overdue)).singleElement().satisfies(item -> assertThat(item.step().overdue()).isTrue());
        assertThat(caseWork.load(city.head("dpupr")).overdue()).isEqualTo(1);
        assertThat(applications.find(citizen, submitted.id()).orElseThrow().overdue()).isTrue();
    }

    @Test
    void theServiceVersionAnApplicationWasFiledUnderIsKept() {
        ApplicationView draft = drafts.startDraft(citizen, "izin-reklame", false, Optional.empty());
        assertThat(draft.subjectVersion()).isEqualTo(1);
        var edited = loadingAgain();
        assertThat(edited).isEqualTo(1);
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"lokasi\":\"Jl. Darmo\",\"luas\":12}"), Optional.empty());
        drafts.attach(citizen, draft.id(), "desain", "d.pdf", ApplicationFixture.PDF);
        ApplicationView submitted = applications.submit(citizen, draft.id());
        assertThat(submitted.parts().getFirst().serviceVersion()).isEqualTo(1);
        assertThat(submitted.steps().getFirst().dueAt()).isPresent();
    }

    private int loadingAgain() {
        try {
            String yaml = new org.springframework.core.io.ClassPathResource("applications-test/layanan.yaml")
                    .getContentAsString(StandardCharsets.UTF_8).replace("slaWorkingDays: 5", "slaWorkingDays: 9");
            return loading.load(city.tenant(), List.of(new id.satupintu.catalog.internal.CatalogFiles.Source("layanan.yaml", yaml)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
}
