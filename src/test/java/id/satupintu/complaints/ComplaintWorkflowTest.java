package id.satupintu.complaints;

import id.satupintu.shared.ConflictException;
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
        ComplaintView filed = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        assertThat(filed.status()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(TrackingCode.parse(filed.trackingCode(), "ADU")).isPresent();
        assertThat(filed.photoIds()).hasSize(1);
        assertThat(events.stream(ComplaintFiled.class).filter(e -> e.complaintId().equals(filed.id()))).hasSize(1);

        Viewer desk = city.desk();
        complaints.verify(desk, filed.id());
        ComplaintView dispatched = complaints.dispatch(desk, filed.id(), List.of("dsdabm", city.kelurahanOffice()), Optional.empty());
        assertThat(dispatched.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(dispatched.tasks()).extracting(TaskView::agencyCode).containsExactly("dsdabm", city.kelurahanOffice());

        Viewer roads = city.officer("dsdabm");
        Viewer kelurahan = city.officer(city.kelurahanOffice());
        assertThat(complaints.startTask(roads, task(dispatched, "dsdabm").id()).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        ComplaintView half = complaints.resolveTask(roads, task(dispatched, "dsdabm").id(), "Lubang sudah ditambal.", Optional.of(proof()));
        assertThat(half.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        ComplaintView resolved = complaints.resolveTask(kelurahan, task(dispatched, city.kelurahanOffice()).id(),
                "Warga sudah diberi tahu.", Optional.of(proof()));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.autoCloseAt()).isPresent();
        assertThat(resolved.tasks()).allSatisfy(t -> assertThat(t.proofPhotoId()).isPresent());
        assertThat(events.stream(ComplaintResolved.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.agencies()).containsExactlyInAnyOrder("dsdabm", city.kelurahanOffice()));

        ComplaintView disputed = complaints.dispute(citizen, filed.id(), "Lubangnya masih ada di sisi kiri jalan.");
        assertThat(disputed.status()).isEqualTo(ComplaintStatus.CLOSED_NOT_FIXED);
        ComplaintView reopened = complaints.reopen(desk, filed.id(), "Pelapor menyanggah; mohon dicek lagi.");
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(reopened.tasks()).filteredOn(t -> t.status() == TaskStatus.OPEN).hasSize(2);

        complaints.resolveTask(roads, task(reopened, "dsdabm").id(), "Sisi kiri juga ditambal.", Optional.of(proof()));
        complaints.resolveTask(kelurahan, task(reopened, city.kelurahanOffice()).id(), "Sudah dicek.", Optional.of(proof()));
        assertThat(complaints.confirm(citizen, filed.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
        ComplaintView rated = complaints.rate(citizen, filed.id(), 4, "Cepat setelah disanggah.");
        assertThat(rated.rating()).contains(4);
        assertThat(events.stream(ComplaintRated.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.stars()).isEqualTo(4));

        assertThat(complaints.timeline(citizen, filed.id())).extracting(ComplaintEvent::kind).containsExactly(
                "submitted", "verified", "dispatched", "dispatched", "started", "task-resolved", "task-resolved", "resolved",
                "disputed", "reopened", "task-resolved", "task-resolved", "resolved", "confirmed", "rated");
        // the dispute's words stay out of the public timeline
        assertThat(complaints.publicTimeline(city.tenant(), filed.trackingCode()))
                .filteredOn(e -> e.kind().equals("disputed")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEmpty());
        auditLog.latest(city.tenant(), 1); // reading links what is pending
        Long audited = jdbc.sql("select count(*) from audit_log where tenant_id = :t and object_id = :id")
                .param("t", city.tenant().code()).param("id", filed.id().toString()).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReporterWithoutAnAccountConfirmsDisputesAndRatesWithTheSecretHandedOutOnce() {
        ComplaintView filed = complaints.file(citizen, pothole(PrivacyMode.ANONYMOUS, BUNGKUL));
        String secret = filed.reporterSecret().orElseThrow();
        assertThat(secret).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
        ReporterSecret key = new ReporterSecret(city.tenant(), filed.trackingCode(), secret);
        // only a keyed hash is kept, and nothing about the reporter
        String stored = jdbc.sql("select reporter_secret_hash from complaints where id = :id").param("id", filed.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret.replace("-", ""));
        // a signed-in reporter of a non-anonymous complaint has their account instead
        assertThat(complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL)).reporterSecret()).isEmpty();
        // the view read later never carries the secret again
        assertThat(complaints.followUp(key).orElseThrow().reporterSecret()).isEmpty();

        // a wrong secret, another complaint's code, another city: the same "not found"
        ReporterSecret wrong = new ReporterSecret(city.tenant(), filed.trackingCode(), "00000-00000-00000-00000");
        assertThat(complaints.followUp(wrong)).isEmpty();
        assertThat(complaints.timeline(wrong)).isEmpty();
        assertThatThrownBy(() -> complaints.confirm(wrong)).isInstanceOf(NotFoundException.class);
        ComplaintFixture.City other = fixture.newCity();
        assertThat(complaints.followUp(new ReporterSecret(other.tenant(), filed.trackingCode(), secret))).isEmpty();
        // typed back by hand: lower case, no dashes
        assertThat(complaints.followUp(new ReporterSecret(city.tenant(), filed.trackingCode(),
                secret.toLowerCase(java.util.Locale.ROOT).replace("-", "")))).isPresent();
        assertKey(() -> complaints.confirm(key), "complaint.status.move"); // nothing to confirm yet

        Viewer desk = city.desk();
        complaints.verify(desk, filed.id());
        ComplaintView dispatched = complaints.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty());
        Viewer roads = city.officer("dsdabm");
        complaints.resolveTask(roads, task(dispatched, "dsdabm").id(), "Sudah ditambal.", Optional.of(proof()));
        assertThat(complaints.dispute(key, "Masih berlubang.").status()).isEqualTo(ComplaintStatus.CLOSED_NOT_FIXED);
        ComplaintView reopened = complaints.reopen(desk, filed.id(), "Dicek lagi.");
        complaints.resolveTask(roads, task(reopened, "dsdabm").id(), "Ditambal ulang.", Optional.of(proof()));
        assertThat(complaints.confirm(key).status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaints.rate(key, 5, "Terima kasih.").rating()).contains(5);
        assertKey(() -> complaints.rate(key, 4, ""), "complaint.rate.twice");
        assertThat(complaints.timeline(key)).extracting(ComplaintEvent::kind)
                .contains("disputed", "reopened", "confirmed", "rated");
        assertThat(events.stream(ComplaintRated.class).filter(e -> e.complaintId().equals(filed.id()))).singleElement()
                .satisfies(e -> assertThat(e.stars()).isEqualTo(5));
        // still nobody behind it
        assertThat(complaints.followUp(key).orElseThrow().reporterId()).isEmpty();
    }

    @Test
    void theServiceRefusesMovesTheStateMachineDoesNot() {
        ComplaintView filed = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Viewer desk = city.desk();
        assertKey(() -> complaints.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty()), "complaint.status.move");
        assertKey(() -> complaints.confirm(citizen, filed.id()), "complaint.status.move");
        assertKey(() -> complaints.dispute(citizen, filed.id(), "belum"), "complaint.status.move");
        assertKey(() -> complaints.rate(citizen, filed.id(), 5, ""), "complaint.rate.notResolved");
        assertKey(() -> complaints.reopen(desk, filed.id(), "buka"), "complaint.status.move");
        assertKey(() -> complaints.reject(desk, filed.id(), "  "), "complaint.reject.reason");

        complaints.verify(desk, filed.id());
        assertKey(() -> complaints.verify(desk, filed.id()), "complaint.status.move");
        assertKey(() -> complaints.reject(desk, filed.id(), "spam"), "complaint.status.move");
        assertKey(() -> complaints.dispatch(desk, filed.id(), List.of(), Optional.empty()), "complaint.dispatch.none");
        assertKey(() -> complaints.dispatch(desk, filed.id(), List.of("tidak-ada"), Optional.empty()), "complaint.agency.unknown");
        ComplaintView dispatched = complaints.dispatch(desk, filed.id(), List.of("dsdabm"), Optional.empty());
        UUID taskId = task(dispatched, "dsdabm").id();
        Viewer roads = city.officer("dsdabm");
        assertKey(() -> complaints.resolveTask(roads, taskId, "selesai", Optional.empty()), "complaint.resolve.proof");
        assertKey(() -> complaints.resolveTask(roads, taskId, " ", Optional.of(proof())), "complaint.resolve.note");
        assertKey(() -> complaints.handOverTask(roads, taskId, "dsdabm", "salah"), "complaint.handOver.target");
        assertThatThrownBy(() -> complaints.startTask(city.officer("dlh"), taskId)).isInstanceOf(NotFoundException.class);
        complaints.startTask(roads, taskId);
        assertKey(() -> complaints.startTask(roads, taskId), "complaint.task.notOpen");
        complaints.resolveTask(roads, taskId, "Selesai ditambal.", Optional.of(proof()));
        assertKey(() -> complaints.resolveTask(roads, taskId, "lagi", Optional.of(proof())), "complaint.task.notActive");
        complaints.rate(citizen, filed.id(), 5, "");
        assertKey(() -> complaints.rate(citizen, filed.id(), 3, ""), "complaint.rate.twice");
        assertKey(() -> complaints.verify(desk, filed.id()), "complaint.status.move");
        // only the reporter confirms; only the desk verifies
        assertThatThrownBy(() -> complaints.confirm(city.citizen(), filed.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.verify(roads, filed.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectedComplaintIsFinalAndShowsItsReasonPublicly() {
        ComplaintView filed = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView rejected = complaints.reject(city.desk(), filed.id(), "Bukan kewenangan pemerintah kota (jalan nasional).");
        assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(complaints.publicComplaint(city.tenant(), filed.trackingCode())).get()
                .satisfies(p -> assertThat(p.statusNote()).contains("Bukan kewenangan pemerintah kota (jalan nasional)."));
        assertKey(() -> complaints.verify(city.desk(), filed.id()), "complaint.status.move");
    }

    @Test
    void deadlinesRunInWorkingDaysByTier() {
        Map<String, ResolutionTier> categories = Map.of("genangan-banjir", ResolutionTier.LIGHT, "jalan-rusak",
                ResolutionTier.NORMATIVE, "taman-fasum", ResolutionTier.NO_SUPERVISION, "bantuan-sosial",
                ResolutionTier.INVESTIGATION);
        categories.forEach((category, tier) -> {
            assertThat(complaints.category(city.tenant(), category).orElseThrow().tier()).isEqualTo(tier);
            Instant before = Instant.now();
            ComplaintView filed = complaints.file(citizen, new NewComplaint(category, "Masalah di sini sudah lama sekali.",
                    Optional.of(BUNGKUL), Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(),
                    Optional.empty(), "id"));
            ComplaintView verified = complaints.verify(city.desk(), filed.id());
            ComplaintView dispatched = complaints.dispatch(city.desk(), filed.id(), List.of("dlh"), Optional.empty());
            Instant after = Instant.now();
            assertThat(filed.verifyDue()).isBetween(workingDays.dueAt(before, 3), workingDays.dueAt(after, 3));
            assertThat(verified.resolveDue()).get().isIn(workingDays.dueAt(before, tier.workingDays()),
                    workingDays.dueAt(after, tier.workingDays()));
            assertThat(dispatched.tasks().getFirst().followUpDue()).isBetween(workingDays.dueAt(before, 5), workingDays.dueAt(after, 5));
        });
        // the desk may set another tier when dispatching: the deadline counts from verification
        ComplaintView filed = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Instant before = Instant.now();
        complaints.verify(city.desk(), filed.id());
        ComplaintView investigated = complaints.dispatch(city.desk(), filed.id(), List.of("dsdabm"), Optional.of(ResolutionTier.INVESTIGATION));
        Instant after = Instant.now();
        assertThat(investigated.resolveDue()).get().isIn(workingDays.dueAt(before, 60), workingDays.dueAt(after, 60));
    }

    @Test
    void similarOpenComplaintsNearbyAreOfferedAndJoining() {
        ComplaintView first = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        GeoPoint thirtyMetres = new GeoPoint(BUNGKUL.lat() + 0.00027, BUNGKUL.lon());
        GeoPoint eightyMetres = new GeoPoint(BUNGKUL.lat() + 0.00072, BUNGKUL.lon());
        assertThat(complaints.similarNearby(city.tenant(), "jalan-rusak", thirtyMetres)).singleElement().satisfies(n -> {
            assertThat(n.trackingCode()).isEqualTo(first.trackingCode());
            assertThat(n.metres()).isBetween(25, 35);
        });
        assertThat(complaints.similarNearby(city.tenant(), "jalan-rusak", eightyMetres)).isEmpty();
        assertThat(complaints.similarNearby(city.tenant(), "sampah", thirtyMetres)).isEmpty();

        Viewer neighbour = city.citizen();
        ComplaintView joined = complaints.join(neighbour, first.id());
        assertThat(joined.supporters()).isEqualTo(1);
        assertThat(complaints.join(neighbour, first.id()).supporters()).isEqualTo(1);
        assertThat(complaints.mine(neighbour)).extracting(ComplaintView::id).containsExactly(first.id());
        assertThat(joined.reporterId()).isEmpty();
        assertKey(() -> complaints.join(citizen, first.id()), "complaint.join.own");

        // confidential and finished complaints are not offered
        ComplaintView secret = complaints.file(city.citizen(), new NewComplaint("sampah", "Tumpukan sampah di gang sebelah.",
                Optional.of(BUNGKUL), Optional.empty(), PrivacyMode.CONFIDENTIAL, List.of(), Channel.WEB, Optional.empty(),
                Optional.empty(), "id"));
        assertThat(complaints.similarNearby(city.tenant(), "sampah", BUNGKUL)).isEmpty();
        assertThatThrownBy(() -> complaints.join(neighbour, secret.id())).isInstanceOf(NotFoundException.class);
        complaints.reject(city.desk(), first.id(), "ganda");
        assertThat(complaints.similarNearby(city.tenant(), "jalan-rusak", thirtyMetres)).isEmpty();
    }

    @Test
    void privacyModesDecideWhoSeesTheReporter() {
        ComplaintView open = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView confidential = complaints.file(citizen, pothole(PrivacyMode.CONFIDENTIAL, BUNGKUL));
        NewComplaint.ReporterContact contact = new NewComplaint.ReporterContact(Optional.of("budi@example.org"),
                Optional.of("081234567890"), Optional.of("Budi"), Optional.of("Santoso"));
        NewComplaint anonymousInput = new NewComplaint("jalan-rusak", "Jalan ambles dekat jembatan kecil.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.ANONYMOUS, List.of(), Channel.WEB, Optional.of(contact), Optional.empty(), "id");
        ComplaintView anonymous = complaints.file(citizen, anonymousInput);
        for (ComplaintView c : List.of(open, confidential, anonymous)) {
            complaints.verify(city.desk(), c.id());
            complaints.dispatch(city.desk(), c.id(), List.of("dsdabm"), Optional.empty());
        }
        Viewer roads = city.officer("dsdabm");
        assertThat(complaints.find(roads, open.id()).orElseThrow().reporterId()).contains(citizen.accountId());
        assertThat(complaints.find(roads, confidential.id()).orElseThrow().reporterId()).isEmpty();
        assertThat(complaints.find(city.desk(), confidential.id()).orElseThrow().reporterId()).isEmpty();
        assertThat(complaints.find(citizen, confidential.id()).orElseThrow().reporterId()).contains(citizen.accountId());
        assertThat(complaints.find(roads, anonymous.id()).orElseThrow().reporterId()).isEmpty();

        // anonymous: nothing about the reporter is kept, so it is not even "theirs"
        Map<String, Object> row = jdbc.sql("select reporter_id, reporter_email, reporter_phone, reporter_name from complaints where id = :id")
                .param("id", anonymous.id()).query().singleRow();
        assertThat(row.values()).containsOnlyNulls();
        assertThat(complaints.mine(citizen)).extracting(ComplaintView::id).containsExactlyInAnyOrder(open.id(), confidential.id());

        // public views: the confidential complaint does not exist; the others carry nothing about the reporter
        ComplaintPage<PublicComplaint> page = complaints.publicList(city.tenant(), ComplaintQuery.all(0, 50));
        assertThat(page.items()).extracting(PublicComplaint::id).containsExactlyInAnyOrder(open.id(), anonymous.id());
        assertThat(complaints.publicComplaint(city.tenant(), confidential.trackingCode())).isEmpty();
        assertThat(complaints.publicTimeline(city.tenant(), confidential.trackingCode())).isEmpty();
        assertThat(page.items().toString()).doesNotContain(citizen.accountId().toString(), "budi@example.org", "0812", "Santoso");
        assertThat(complaints.mapClusters(city.tenant(), ComplaintQuery.all(0, 1), -8, 112, -7, 113, 0.01))
                .extracting(MapCluster::count).containsExactly(2);
        UUID secretPhoto = confidential.photoIds().getFirst();
        assertThat(complaints.photo(city.tenant(), Optional.empty(), secretPhoto)).isEmpty();
        assertThat(complaints.photo(city.tenant(), Optional.of(roads), secretPhoto)).isPresent();
        assertThat(complaints.photo(city.tenant(), Optional.empty(), open.photoIds().getFirst())).get()
                .satisfies(p -> assertThat(p.mediaType()).isEqualTo("image/jpeg"));
    }

    @Test
    void officersSeeOnlyComplaintsOfTheirAgencyAndCitizensOnlyTheirOwn() {
        ComplaintView mine = fixture.dispatched(city, citizen, "dsdabm");
        assertThat(complaints.find(city.officer("dsdabm"), mine.id())).isPresent();
        assertThat(complaints.find(city.officer("dlh"), mine.id())).isEmpty();
        assertThat(complaints.find(city.head("dishub"), mine.id())).isEmpty();
        assertThat(complaints.find(city.citizen(), mine.id())).isEmpty();
        assertThat(complaints.queue(city.officer("dsdabm"), Optional.empty(), false, 0).items()).extracting(ComplaintView::id)
                .containsExactly(mine.id());
        assertThat(complaints.queue(city.officer("dlh"), Optional.empty(), false, 0).items()).isEmpty();
        assertThatThrownBy(() -> complaints.notes(city.officer("dlh"), mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.queue(citizen, Optional.empty(), false, 0)).isInstanceOf(NotFoundException.class);

        // another tenant's officer of the same agency code sees nothing
        ComplaintFixture.City other = fixture.newCity();
        assertThat(complaints.find(other.officer("dsdabm"), mine.id())).isEmpty();
        assertThat(complaints.find(other.desk(), mine.id())).isEmpty();
        assertThatThrownBy(() -> complaints.verify(other.desk(), mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(complaints.publicComplaint(other.tenant(), mine.trackingCode())).isEmpty();

        // notes are internal to officers
        complaints.addNote(city.officer("dsdabm"), mine.id(), "Perlu alat berat, dijadwalkan Kamis.");
        assertThat(complaints.notes(city.desk(), mine.id())).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("Perlu alat berat, dijadwalkan Kamis."));
        assertThatThrownBy(() -> complaints.notes(citizen, mine.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTaskCanBeHandedToAnotherAgency() {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm");
        ComplaintView handed = complaints.handOverTask(city.officer("dsdabm"), task(dispatched, "dsdabm").id(), "dlh",
                "Pohon tumbang, bukan jalan rusak.");
        assertThat(handed.tasks()).extracting(TaskView::agencyCode, TaskView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dsdabm", TaskStatus.HANDED_OVER),
                org.assertj.core.groups.Tuple.tuple("dlh", TaskStatus.OPEN));
        assertThat(complaints.queue(city.officer("dsdabm"), Optional.empty(), false, 0).items()).isEmpty();
        assertThat(complaints.queue(city.officer("dlh"), Optional.empty(), false, 0).items()).extracting(ComplaintView::id)
                .containsExactly(dispatched.id());
        assertThat(complaints.publicComplaint(city.tenant(), dispatched.trackingCode()).orElseThrow().agencies()).containsExactly("dlh");
    }

    @Test
    void aDuplicateIsMergedAndItsReporterFollowsTheOther() {
        ComplaintView first = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        Viewer neighbour = city.citizen();
        ComplaintView duplicate = complaints.file(neighbour, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView merged = complaints.merge(city.desk(), duplicate.id(), first.trackingCode());
        assertThat(merged.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merged.mergedInto()).contains(first.trackingCode());
        assertThat(complaints.find(citizen, first.id()).orElseThrow().supporters()).isEqualTo(1);
        assertThat(complaints.mine(neighbour)).extracting(ComplaintView::id).containsExactlyInAnyOrder(first.id(), duplicate.id());
        assertThat(complaints.publicList(city.tenant(), ComplaintQuery.all(0, 50)).items()).extracting(PublicComplaint::id)
                .containsExactly(first.id());
        assertKey(() -> complaints.merge(city.desk(), first.id(), first.trackingCode()), "complaint.merge.target");
    }

    @Test
    void filingValidatesItsInput() {
        assertKey(() -> complaints.file(citizen, new NewComplaint("tidak-ada", "Sesuatu yang rusak di sini.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.category.unknown");
        assertKey(() -> complaints.file(citizen, new NewComplaint("sampah", "rusak", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.description.short");
        assertKey(() -> complaints.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.empty(),
                Optional.of("  "), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.place.missing");
        NewComplaint.Photo photo = new NewComplaint.Photo("a.jpg", ComplaintFixture.jpeg());
        assertKey(() -> complaints.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(photo, photo, photo, photo), Channel.WEB, Optional.empty(),
                Optional.empty(), "id")), "complaint.photo.tooMany");
        assertKey(() -> complaints.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(new NewComplaint.Photo("x.jpg", "%PDF-1.4 bukan foto".getBytes())),
                Channel.WEB, Optional.empty(), Optional.empty(), "id")), "complaint.photo.type");
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(InvalidInputException.class);
        assertThat(complaints.publicList(city.tenant(), ComplaintQuery.all(0, 50)).items()).isEmpty();
        // an address alone is enough
        assertThat(complaints.file(citizen, new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.empty(),
                Optional.of("Jl. Kutai 12"), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id"))
                .point()).isEmpty();
    }

    @Test
    void filingTwiceWithOneKeyGivesOneComplaint() {
        NewComplaint input = new NewComplaint("sampah", "Sampah tidak diangkut seminggu.", Optional.of(BUNGKUL), Optional.empty(),
                PrivacyMode.ANONYMOUS, List.of(), Channel.WEB, Optional.empty(), Optional.of("kunci-1"), "id");
        ComplaintView one = complaints.file(citizen, input);
        ComplaintView again = complaints.file(citizen, input);
        ComplaintView otherPerson = complaints.file(city.citizen(), input);
        assertThat(again.id()).isEqualTo(one.id());
        assertThat(otherPerson.id()).isNotEqualTo(one.id());
    }

    @Test
    void passedDeadlinesAreFlaggedOnceAndResolvedComplaintsCloseByThemselves() {
        ComplaintView waiting = complaints.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        ComplaintView dispatched = fixture.dispatched(city, city.citizen(), "dsdabm");
        Timestamp past = Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS));
        jdbc.sql("update complaints set verify_due = :past where id = :id").param("past", past).param("id", waiting.id()).update();
        jdbc.sql("update complaint_tasks set follow_up_due = :past where complaint_id = :id").param("past", past)
                .param("id", dispatched.id()).update();

        int first = complaints.detectOverdue();
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(complaints.detectOverdue()).isZero();
        assertThat(complaints.find(city.desk(), waiting.id()).orElseThrow().overdue()).isTrue();
        assertThat(complaints.queue(city.desk(), Optional.empty(), true, 0).items()).extracting(ComplaintView::id).contains(waiting.id());
        assertThat(complaints.find(city.officer("dsdabm"), dispatched.id()).orElseThrow().overdue()).isTrue();
        assertThat(complaints.timeline(city.desk(), waiting.id())).extracting(ComplaintEvent::kind).contains("overdue");
        assertThat(complaints.publicList(city.tenant(), new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, 0, 50)).items())
                .extracting(PublicComplaint::id).contains(waiting.id());

        ComplaintView resolved = complaints.resolveTask(city.officer("dsdabm"), task(dispatched, "dsdabm").id(), "Sudah ditambal.",
                Optional.of(proof()));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(complaints.autoClose()).isZero();
        jdbc.sql("update complaints set auto_close_at = :past where id = :id").param("past", past).param("id", dispatched.id()).update();
        assertThat(complaints.autoClose()).isEqualTo(1);
        assertThat(complaints.autoClose()).isZero();
        assertThat(complaints.find(city.desk(), dispatched.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void closedComplaintsStaySearchableByTheirWords() {
        ComplaintView closed = fixture.dispatched(city, citizen, "dsdabm");
        complaints.resolveTask(city.officer("dsdabm"), task(closed, "dsdabm").id(), "Sudah ditambal.", Optional.of(proof()));
        complaints.confirm(citizen, closed.id());
        complaints.file(citizen, new NewComplaint("sampah", "Tumpukan sampah di pinggir sungai.", Optional.of(BUNGKUL),
                Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(), Optional.empty(), "id"));
        ComplaintQuery words = new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("lubang motor"), false, 0, 20);
        // "berlubang" in the text is found by "lubang" (the Indonesian stemmer on PostgreSQL, a substring on H2)
        assertThat(complaints.publicList(city.tenant(), words).items()).extracting(PublicComplaint::id).containsExactly(closed.id());
        ComplaintQuery closedOnly = new ComplaintQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, 0, 20);
        assertThat(complaints.publicList(city.tenant(), closedOnly).items()).extracting(PublicComplaint::status)
                .containsExactly(ComplaintStatus.CLOSED);
    }

    private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }
}
