package id.satupintu.complaints;

import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.ComplaintFixture.BUNGKUL;
import static id.satupintu.complaints.ComplaintFixture.pothole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints through the module API, on the database the suite runs on (H2 or PostgreSQL). */
@RecordApplicationEvents
class ComplaintWorkflowTest extends ComplaintsTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.satupintu.audit.AuditLog auditLog;
    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkingDays workingDays;

    private static NewComplaint.Photo proof() {
        return new NewComplaint.Photo("selesai.jpg", ComplaintFixture.jpeg());
    }

    private TaskView task(ComplaintView complaint, String agency) {
        return complaint.tasks().stream().filter(t -> t.agencyCode().equals(agency) && t.status().isActive())
                .findFirst().orElseThrow();
    }

    @Test
    void aComplaintTravelsFromFilingThroughDisputeAndReopeningToARating() {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        assertThat(filed.status()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(TrackingCode.parse(filed.trackingCode(), "ADU")).isPresent();
        assertThat(filed.photoIds()).hasSize(1);
        assertThat(events.stream(ComplaintFiled.class).filter(e -> e.complaintId().equals(filed.id()))).hasSize(1);

        Viewer desk = city.desk();
        deskWork.verify(desk, filed.id());
        ComplaintView dispatched = deskWork.dispatch(desk, filed.id(), List.of("dsdabm", city.kelurahanOffice()), Optional.empty());
        assertThat(dispatched.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(dispatched.tasks()).extracting(TaskView::agencyCode).containsExactly("dsdabm", city.kelurahanOffice());

        Viewer roads = city.officer("dsdabm");
        Viewer kelurahan = city.officer(city.kelurahanOffice());
        assertThat(agencyTasks.startTask(roads, task(dispatched, "dsdabm").id()).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        ComplaintView half = agencyTasks.resolveTask(roads, task(dispatched, "dsdabm").id(), "Lubang sudah ditambal.", Optional.of(proof()));
        assertThat(half.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        ComplaintView resolved = agencyTasks.resolveTask(kelurahan, task(dispatched, city.kelurahanOffice()).id(),
                "Warga sudah diberi tahu.", Optional.of(proof()));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.autoCloseAt()).isPresent();
        assertThat(resolved.tasks()).allSatisfy(t -> assertThat(t.proofPhotoId()).isPresent());
        assertThat(events.stream(ComplaintResolved.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.agencies()).containsExactlyInAnyOrder("dsdabm", city.kelurahanOffice()));

        ComplaintView disputed = followUps.dispute(citizen, filed.id(), "Lubangnya masih ada di sisi kiri jalan.");
        assertThat(disputed.status()).isEqualTo(ComplaintStatus.CLOSED_NOT_FIXED);
        ComplaintView reopened = deskWork.reopen(desk, filed.id(), "Pelapor menyanggah; mohon dicek lagi.");
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(reopened.tasks()).filteredOn(t -> t.status() == TaskStatus.OPEN).hasSize(2);

        agencyTasks.resolveTask(roads, task(reopened, "dsdabm").id(), "Sisi kiri juga ditambal.", Optional.of(proof()));
        agencyTasks.resolveTask(kelurahan, task(reopened, city.kelurahanOffice()).id(), "Sudah dicek.", Optional.of(proof()));
        assertThat(followUps.confirm(citizen, filed.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
        ComplaintView rated = followUps.rate(citizen, filed.id(), 4, "Cepat setelah disanggah.");
        assertThat(rated.rating()).contains(4);
        assertThat(events.stream(ComplaintRated.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.stars()).isEqualTo(4));

        assertThat(lookup.timeline(citizen, filed.id())).extracting(e -> e.kind().code()).containsExactly(
                "submitted", "verified", "dispatched", "dispatched", "started", "task-resolved", "task-resolved", "resolved",
                "disputed", "reopened", "task-resolved", "task-resolved", "resolved", "confirmed", "rated");
        // the dispute's words stay out of the public timeline
        assertThat(feed.publicTimeline(city.tenant(), filed.trackingCode()))
                .filteredOn(e -> e.kind() == ComplaintEventKind.DISPUTED).singleElement()
                .satisfies(e -> assertThat(e.message()).isEmpty());
        auditLog.latest(city.tenant(), 1); // reading links what is pending
        Long audited = jdbc.sql("select count(*) from audit_log where tenant_id = :t and object_id = :id")
                .param("t", city.tenant().code()).param("id", filed.id().toString()).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReporterWithoutAnAccountConfirmsDisputesAndRatesWithTheSecretHandedOutOnce() {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.ANONYMOUS, BUNGKUL));
        String secret = filed.reporterSecret().orElseThrow();
        assertThat(secret).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
        ReporterSecret key = new ReporterSecret(city.tenant(), filed.trackingCode(), secret);
        // only a keyed hash is kept, and nothing about the reporter
        String stored = jdbc.sql("select reporter_secret_hash from complaints where id = :id").param("id", filed.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret.replace("-", ""));
        // a signed-in reporter of a non-anonymous complaint has their account instead
        assertThat(filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL)).reporterSecret()).isEmpty();
        // the view read later never carries the secret again
        assertThat(lookup.followUp(key).orElseThrow().reporterSecret()).isEmpty();

        // a wrong secret, another complaint's code, another city: the same "not found"
        ReporterSecret wrong = new ReporterSecret(city.tenant(), filed.trackingCode(), "00000-00000-00000-00000");
        assertThat(lookup.followUp(wrong)).isEmpty();
        assertThat(lookup.timeline(wrong)).isEmpty();
        assertThatThrownBy(() -> followUps.confirm(wrong)).isInstanceOf(NotFoundException.class);
        ComplaintFixture.City other = fixture.newCity();
        assertThat(lookup.followUp(new ReporterSecret(other.tenant(), filed.trackingCode(), secret))).isEmpty();
        // typed back by hand: lower case, no dashes
        assertThat(lookup.followUp(new ReporterSecret(city.tenant(), filed.trackingCode(),
                secret.toLowerCase(java.util.Locale.ROOT).replace("-", "")))).isPresent();
        assertKey(() -> followUps.confirm(key), "complaint.status.move"); // nothing to confirm yet

        Viewer desk = city.desk();
        deskWork.verify(desk, filed.id());
        ComplaintView dispatched = deskWork.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty());
        Viewer roads = city.officer("dsdabm");
        agencyTasks.resolveTask(roads, task(dispatched, "dsdabm").id(), "Sudah ditambal.", Optional.of(proof()));
        assertThat(followUps.dispute(key, "Masih berlubang.").status()).isEqualTo(ComplaintStatus.CLOSED_NOT_FIXED);
        ComplaintView reopened = deskWork.reopen(desk, filed.id(), "Dicek lagi.");
        agencyTasks.resolveTask(roads, task(reopened, "dsdabm").id(), "Ditambal ulang.", Optional.of(proof()));
        assertThat(followUps.confirm(key).status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(followUps.rate(key, 5, "Terima kasih.").rating()).contains(5);
        assertKey(() -> followUps.rate(key, 4, ""), "complaint.rate.twice");
        assertThat(lookup.timeline(key)).extracting(e -> e.kind().code())
                .contains("disputed", "reopened", "confirmed", "rated");
        assertThat(events.stream(ComplaintRated.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.stars()).isEqualTo(5));
        // still nobody behind it
        assertThat(lookup.followUp(key).orElseThrow().reporterId()).isEmpty();
    }

    @Test
    void theServiceRefusesMovesTheStateMachineDoesNot() {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Viewer desk = city.desk();
        assertKey(() -> deskWork.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty()), "complaint.status.move");
        assertKey(() -> followUps.confirm(citizen, filed.id()), "complaint.status.move");
        assertKey(() -> followUps.dispute(citizen, filed.id(), "belum"), "complaint.status.move");
        assertKey(() -> followUps.rate(citizen, filed.id(), 5, ""), "complaint.rate.notResolved");
        assertKey(() -> deskWork.reopen(desk, filed.id(), "buka"), "complaint.status.move");
        assertKey(() -> deskWork.reject(desk, filed.id(), "  "), "complaint.reject.reason");

        deskWork.verify(desk, filed.id());
        assertKey(() -> deskWork.verify(desk, filed.id()), "complaint.status.move");
        assertKey(() -> deskWork.reject(desk, filed.id(), "spam"), "complaint.status.move");
        assertKey(() -> deskWork.dispatch(desk, filed.id(), List.of(), Optional.empty()), "complaint.dispatch.none");
        assertKey(() -> deskWork.dispatch(desk, filed.id(), List.of("tidak-ada"), Optional.empty()), "complaint.agency.unknown");
        ComplaintView dispatched = deskWork.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty());
        UUID taskId = task(dispatched, "dsdabm").id();
        Viewer roads = city.officer("dsdabm");
        assertKey(() -> agencyTasks.resolveTask(roads, taskId, "selesai", Optional.empty()), "complaint.resolve.proof");
        assertKey(() -> agencyTasks.resolveTask(roads, taskId, " ", Optional.of(proof())), "complaint.resolve.note");
        assertKey(() -> agencyTasks.handOverTask(roads, taskId, "dsdabm", "salah"), "complaint.handOver.target");
        assertThatThrownBy(() -> agencyTasks.startTask(city.officer("dlh"), taskId)).isInstanceOf(NotFoundException.class);
        agencyTasks.startTask(roads, taskId);
        assertKey(() -> agencyTasks.startTask(roads, taskId), "complaint.task.notOpen");
        agencyTasks.resolveTask(roads, taskId, "Selesai ditambal.", Optional.of(proof()));
        assertKey(() -> agencyTasks.resolveTask(roads, taskId, "lagi", Optional.of(proof())), "complaint.task.notActive");
        followUps.rate(citizen, filed.id(), 5, "");
        assertKey(() -> followUps.rate(citizen, filed.id(), 3, ""), "complaint.rate.twice");
        assertKey(() -> deskWork.verify(desk, filed.id()), "complaint.status.move");
        // only the reporter confirms; only the desk verifies
        assertThatThrownBy(() -> followUps.confirm(city.citizen(), filed.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deskWork.verify(roads, filed.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectedComplaintIsFinalAndShowsItsReasonPublicly() {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView rejected = deskWork.reject(city.desk(), filed.id(), "Bukan kewenangan pemerintah kota (jalan nasional).");
        assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(feed.publicComplaint(city.tenant(), filed.trackingCode())).get()
                .satisfies(p -> assertThat(p.statusNote()).contains("Bukan kewenangan pemerintah kota (jalan nasional)."));
        assertKey(() -> deskWork.verify(city.desk(), filed.id()), "complaint.status.move");
    }

    @Test
    void deadlinesRunInWorkingDaysByTier() {
        Map<String, ResolutionTier> categories = Map.of("genangan-banjir", ResolutionTier.LIGHT, "jalan-rusak",
                ResolutionTier.NORMATIVE, "taman-fasum", ResolutionTier.NO_SUPERVISION, "bantuan-sosial",
                ResolutionTier.INVESTIGATION);
        categories.forEach((category, tier) -> {
            assertThat(filing.category(city.tenant(), category).orElseThrow().tier()).isEqualTo(tier);
            Instant before = Instant.now();
            ComplaintView filed = filing.file(citizen, new NewComplaint(category, "Masalah di sini sudah lama sekali.",
                    Optional.of(BUNGKUL), Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(),
                    Optional.empty(), "id"));
            ComplaintView verified = deskWork.verify(city.desk(), filed.id());
            ComplaintView dispatched = deskWork.dispatch(city.desk(), filed.id(), List.of("dlh"), Optional.empty());
            Instant after = Instant.now();
            assertThat(filed.verifyDue()).isBetween(workingDays.dueAt(before, 3), workingDays.dueAt(after, 3));
            assertThat(verified.resolveDue()).get().isIn(workingDays.dueAt(before, tier.workingDays()),
                    workingDays.dueAt(after, tier.workingDays()));
            assertThat(dispatched.tasks().getFirst().followUpDue()).isBetween(workingDays.dueAt(before, 5), workingDays.dueAt(after, 5));
        });
        // the desk may set another tier when dispatching: the deadline counts from verification
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Instant before = Instant.now();
        deskWork.verify(city.desk(), filed.id());
        ComplaintView investigated = deskWork.dispatch(city.desk(), filed.id(), List.of("dsdabm"), Optional.of(ResolutionTier.INVESTIGATION));
        Instant after = Instant.now();
        assertThat(investigated.resolveDue()).get().isIn(workingDays.dueAt(before, 60), workingDays.dueAt(after, 60));
    }

    @Test
    void similarOpenComplaintsNearbyAreOfferedAndJoining() {
        ComplaintView first = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        GeoPoint thirtyMetres = new GeoPoint(BUNGKUL.lat() + 0.00027, BUNGKUL.lon());
        GeoPoint eightyMetres = new GeoPoint(BUNGKUL.lat() + 0.00072, BUNGKUL.lon());
        assertThat(filing.similarNearby(city.tenant(), "jalan-rusak", thirtyMetres)).singleElement().satisfies(n -> {
            assertThat(n.trackingCode()).isEqualTo(first.trackingCode());
            assertThat(n.metres()).isBetween(25, 35);
        });
        assertThat(filing.similarNearby(city.tenant(), "jalan-rusak", eightyMetres)).isEmpty();
        assertThat(filing.similarNearby(city.tenant(), "sampah", thirtyMetres)).isEmpty();

        Viewer neighbour = city.citizen();
        ComplaintView joined = filing.join(neighbour, first.id());
        assertThat(joined.supporters()).isEqualTo(1);
        assertThat(filing.join(neighbour, first.id()).supporters()).isEqualTo(1);
        assertThat(filing.mine(neighbour)).extracting(ComplaintView::id).containsExactly(first.id());
        assertThat(joined.reporterId()).isEmpty();
        assertKey(() -> filing.join(citizen, first.id()), "complaint.join.own");

        // confidential and finished complaints are not offered
        ComplaintView secret = filing.file(city.citizen(), new NewComplaint("sampah", "Tumpukan sampah di gang sebelah.",
                Optional.of(BUNGKUL), Optional.empty(), PrivacyMode.CONFIDENTIAL, List.of(), Channel.WEB, Optional.empty(),
                Optional.empty(), "id"));
        assertThat(filing.similarNearby(city.tenant(), "sampah", BUNGKUL)).isEmpty();
        assertThatThrownBy(() -> filing.join(neighbour, secret.id())).isInstanceOf(NotFoundException.class);
        deskWork.reject(city.desk(), first.id(), "ganda");
        assertThat(filing.similarNearby(city.tenant(), "jalan-rusak", thirtyMetres)).isEmpty();
    }

    @Test
    void privacyModesDecideWhoSeesTheReporter() {
        ComplaintView open = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView confidential = filing.file(citizen, pothole(PrivacyMode.CONFIDENTIAL, BUNGKUL));
        NewComplaint.ReporterContact contact = new NewComplaint.ReporterContact(Optional.of("budi@example.org"),
                Optional.of("081234567890"), Optional.of("Budi"), Optional.of("Santoso"));
        NewComplaint anonymousInput = new NewComplaint("jalan-rusak", "Jalan ambles dekat jembatan kecil.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.ANONYMOUS, List.of(), Channel.WEB, Optional.of(contact), Optional.empty(), "id");
        ComplaintView anonymous = filing.file(citizen, anonymousInput);
        for (ComplaintView c : List.of(open, confidential, anonymous)) {
            deskWork.verify(city.desk(), c.id());
            deskWork.dispatch(city.desk(), c.id(), List.of("dsdabm"), Optional.empty());
        }
        Viewer roads = city.officer("dsdabm");
        assertThat(lookup.find(roads, open.id()).orElseThrow().reporterId()).contains(citizen.accountId());
        assertThat(lookup.find(roads, confidential.id()).orElseThrow().reporterId()).isEmpty();
        assertThat(lookup.find(city.desk(), confidential.id()).orElseThrow().reporterId()).isEmpty();
        assertThat(lookup.find(citizen, confidential.id()).orElseThrow().reporterId()).contains(citizen.accountId());
        assertThat(lookup.find(roads, anonymous.id()).orElseThrow().reporterId()).isEmpty();

        // anonymous: nothing about the reporter is kept, so it is not even "theirs"
        Map<String, Object> row = jdbc.sql("select reporter_id, reporter_email, reporter_phone, reporter_name from complaints where id = :id")
                .param("id", anonymous.id()).query().singleRow();
        assertThat(row.values()).containsOnlyNulls();
        assertThat(filing.mine(citizen)).extracting(ComplaintView::id).containsExactlyInAnyOrder(open.id(), confidential.id());

        // public views: the confidential complaint does not exist; the others carry nothing about the reporter
        ComplaintPage<PublicComplaint> page = feed.publicList(city.tenant(), ComplaintQuery.all(0, 50));
        assertThat(page.items()).extracting(PublicComplaint::id).containsExactlyInAnyOrder(open.id(), anonymous.id());
        assertThat(feed.publicComplaint(city.tenant(), confidential.trackingCode())).isEmpty();
        assertThat(feed.publicTimeline(city.tenant(), confidential.trackingCode())).isEmpty();
        assertThat(page.items().toString()).doesNotContain(citizen.accountId().toString(), "budi@example.org", "0812", "Santoso");
        assertThat(feed.mapClusters(city.tenant(), ComplaintQuery.all(0, 1), -8, 112, -7, 113, 0.01))
                .extracting(MapCluster::count).containsExactly(2);
        UUID secretPhoto = confidential.photoIds().getFirst();
        assertThat(feed.photo(city.tenant(), Optional.empty(), secretPhoto)).isEmpty();
        assertThat(feed.photo(city.tenant(), Optional.of(roads), secretPhoto)).isPresent();
        assertThat(feed.photo(city.tenant(), Optional.empty(), open.photoIds().getFirst())).get()
                .satisfies(p -> assertThat(p.mediaType()).isEqualTo("image/jpeg"));
    }

    @Test
    void officersSeeOnlyComplaintsOfTheirAgencyAndCitizensOnlyTheirOwn() {
        ComplaintView mine = fixture.dispatched(city, citizen, "dsdabm");
        assertThat(lookup.find(city.officer("dsdabm"), mine.id())).isPresent();
        assertThat(lookup.find(city.officer("dlh"), mine.id())).isEmpty();
        assertThat(lookup.find(city.head("dishub"), mine.id())).isEmpty();
        assertThat(lookup.find(city.citizen(), mine.id())).isEmpty();
        assertThat(deskWork.queue(city.officer("dsdabm"), Optional.empty(), false, 0).items()).extracting(ComplaintView::id)
                .containsExactly(mine.id());
        assertThat(deskWork.queue(city.officer("dlh"), Optional.empty(), false, 0).items()).isEmpty();
        assertThatThrownBy(() -> deskWork.notes(city.officer("dlh"), mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deskWork.queue(citizen, Optional.empty(), false, 0)).isInstanceOf(NotFoundException.class);

        // another tenant's officer of the same agency code sees nothing
        ComplaintFixture.City other = fixture.newCity();
        assertThat(lookup.find(other.officer("dsdabm"), mine.id())).isEmpty();
        assertThat(lookup.find(other.desk(), mine.id())).isEmpty();
        assertThatThrownBy(() -> deskWork.verify(other.desk(), mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(feed.publicComplaint(other.tenant(), mine.trackingCode())).isEmpty();

        // notes are internal to officers
        deskWork.addNote(city.officer("dsdabm"), mine.id(), "Perlu alat berat, dijadwalkan Kamis.");
        assertThat(deskWork.notes(city.desk(), mine.id())).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("Perlu alat berat, dijadwalkan Kamis."));
        assertThatThrownBy(() -> deskWork.notes(citizen, mine.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTaskCanBeHandedToAnotherAgency() {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm");
        ComplaintView handed = agencyTasks.handOverTask(city.officer("dsdabm"), task(dispatched, "dsdabm").id(), "dlh",
                "Pohon tumbang, bukan jalan rusak.");
        assertThat(handed.tasks()).extracting(TaskView::agencyCode, TaskView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dsdabm", TaskStatus.HANDED_OVER),
                org.assertj.core.groups.Tuple.tuple("dlh", TaskStatus.OPEN));
        assertThat(deskWork.queue(city.officer("dsdabm"), Optional.empty(), false, 0).items()).isEmpty();
        assertThat(deskWork.queue(city.officer("dlh"), Optional.empty(), false, 0).items()).extracting(ComplaintView::id)
                .containsExactly(dispatched.id());
        assertThat(feed.publicComplaint(city.tenant(), dispatched.trackingCode()).orElseThrow().agencies()).containsExactly("dlh");
    }

    @Test
    void aDuplicateIsMergedAndItsReporterFollowsTheOther() {
        ComplaintView first = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Viewer neighbour = city.citizen();
        ComplaintView duplicate = filing.file(neighbour, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView merged = deskWork.merge(city.desk(), duplicate.id(), first.trackingCode());
        assertThat(merged.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merged.mergedInto()).contains(first.trackingCode());
        assertThat(lookup.find(citizen, first.id()).orElseThrow().supporters()).isEqualTo(1);
        assertThat(filing.mine(neighbour)).extracting(ComplaintView::id).containsExactlyInAnyOrder(first.id(), duplicate.id());
        assertThat(feed.publicList(city.tenant(), ComplaintQuery.all(0, 50)).items()).extracting(PublicComplaint::id)
                .containsExactly(first.id());
        assertKey(() -> deskWork.merge(city.desk(), first.id(), first.trackingCode()), "complaint.merge.target");
    }

    @Test
    void filingValidatesItsInput() {
        assertKey(() -> filing.file(citizen, new NewComplaint("tidak-ada", "Sesuatu yang rusak di sini.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.category.unknown");
        assertKey(() -> filing.file(citizen, new NewComplaint("sampah", "rusak", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.description.short");
        assertKey(() -> filing.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.empty(),
                Optional.of("  "), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.place.missing");
        NewComplaint.Photo photo = new NewComplaint.Photo("a.jpg", ComplaintFixture.jpeg());
        assertKey(() -> filing.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(photo, photo, photo, photo), Channel.WEB, Optional.empty(),
                Optional.empty(), "id")), "complaint.photo.tooMany");
        assertKey(() -> filing.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(new NewComplaint.Photo("x.jpg", "%PDF-1.4 bukan foto".getBytes())),
                Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.photo.type");
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(InvalidInputException.class);
        assertThat(feed.publicList(city.tenant(), ComplaintQuery.all(0, 50)).items()).isEmpty();
        // an address alone is enough
        assertThat(filing.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.empty(),
                Optional.of("Jl. Kutai 12"), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id"))
                .point()).isEmpty();
    }

    @Test
    void filingTwiceWithOneKeyGivesOneComplaint() {
        NewComplaint input = new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL), Optional.empty(),
                PrivacyMode.ANONYMOUS, List.of(), Channel.WEB, Optional.empty(), Optional.of("kunci-1"), "id");
        ComplaintView one = filing.file(citizen, input);
        ComplaintView again = filing.file(citizen, input);
        ComplaintView otherPerson = filing.file(city.citizen(), input);
        assertThat(again.id()).isEqualTo(one.id());
        assertThat(otherPerson.id()).isNotEqualTo(one.id());
    }

    @Test
    void passedDeadlinesAreFlaggedOnceAndResolvedComplaintsCloseByThemselves() {
        ComplaintView waiting = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView dispatched = fixture.dispatched(city, city.citizen(), "dsdabm");
        Timestamp past = Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS));
        jdbc.sql("update complaints set verify_due = :past where id = :id").param("past", past).param("id", waiting.id()).update();
        jdbc.sql("update complaint_tasks set follow_up_due = :past where complaint_id = :id").param("past", past)
                .param("id", dispatched.id()).update();

        int first = deadlineJobs.detectOverdue();
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(deadlineJobs.detectOverdue()).isZero();
        assertThat(lookup.find(city.desk(), waiting.id()).orElseThrow().overdue()).isTrue();
        assertThat(deskWork.queue(city.desk(), Optional.empty(), true, 0).items()).extracting(ComplaintView::id).contains(waiting.id());
        assertThat(lookup.find(city.officer("dsdabm"), dispatched.id()).orElseThrow().overdue()).isTrue();
        assertThat(lookup.timeline(city.desk(), waiting.id())).extracting(e -> e.kind().code()).contains("overdue");
        assertThat(feed.publicList(city.tenant(), new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, 0, 50)).items())
                .extracting(PublicComplaint::id).contains(waiting.id());

        ComplaintView resolved = agencyTasks.resolveTask(city.officer("dsdabm"), task(dispatched, "dsdabm").id(), "Sudah ditambal.",
                Optional.of(proof()));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(deadlineJobs.autoClose()).isZero();
        jdbc.sql("update complaints set auto_close_at = :past where id = :id").param("past", past).param("id", dispatched.id()).update();
        assertThat(deadlineJobs.autoClose()).isEqualTo(1);
        assertThat(deadlineJobs.autoClose()).isZero();
        assertThat(lookup.find(city.desk(), dispatched.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void closedComplaintsStaySearchableByTheirWords() {
        ComplaintView closed = fixture.dispatched(city, citizen, "dsdabm");
        agencyTasks.resolveTask(city.officer("dsdabm"), task(closed, "dsdabm").id(), "Sudah ditambal.", Optional.of(proof()));
        followUps.confirm(citizen, closed.id());
        filing.file(citizen, new NewComplaint("sampah", "Tumpukan sampah di pinggir sungai.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id"));
        ComplaintQuery words = new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("lubang motor"), false, 0, 20);
        // "berlubang" in the text is found by "lubang" (the Indonesian stemmer on PostgreSQL, a substring on H2)
        assertThat(feed.publicList(city.tenant(), words).items()).extracting(PublicComplaint::id).containsExactly(closed.id());
        ComplaintQuery closedOnly = new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, 0, 20);
        assertThat(feed.publicList(city.tenant(), closedOnly).items()).extracting(PublicComplaint::status)
                .containsExactly(ComplaintStatus.CLOSED);
    }

    private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }
}
