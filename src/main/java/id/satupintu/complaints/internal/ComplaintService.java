package id.satupintu.complaints.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintFiled;
import id.satupintu.complaints.ComplaintNote;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintRated;
import id.satupintu.complaints.ComplaintResolved;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.Complaints;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.MapCluster;
import id.satupintu.complaints.NearbyComplaint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PhotoContent;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.TaskView;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.identity.PersonalDataVault;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Complaints from filing to closing. Every change of a complaint first locks its row, so its tasks change one at a
 * time (the last of two parallel tasks resolved at once resolves the complaint exactly once); deadline flags are
 * conditional updates, so each passed deadline is escalated once however many nodes look.
 */
@Service
class ComplaintService implements Complaints {

    private static final String SECRET_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);
    static final int VERIFY_DAYS = 3;
    static final int FOLLOW_UP_DAYS = 5;
    static final int AUTO_CLOSE_DAYS = 10;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MIN_DESCRIPTION = 10;
    private static final int MAX_TEXT = 2000;
    private static final int PAGE = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private final ComplaintStore store;
    private final CategoryCatalog categories;
    private final RegionLocator regions;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final ComplaintsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PhotoSanitizer photos;
    private final PersonalDataVault vault;

    ComplaintService(ComplaintStore store, CategoryCatalog categories, RegionLocator regions, Organisation organisation,
                     AuditTrail audit, ApplicationEventPublisher events, WorkingDays workingDays,
                     ComplaintsProperties properties, Clock clock, TransactionTemplate transactions,
                     PersonalDataVault vault) {
        this.store = store;
        this.categories = categories;
        this.regions = regions;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
        this.vault = vault;
        this.photos = new PhotoSanitizer(properties.maxPhotoSize().toBytes(), properties.maxPhotoEdge());
    }

    // =====================================================================================================
    // catalogue
    // =====================================================================================================

    @Override
    public List<ComplaintCategory> categories(TenantId tenant) {
        return categories.categories(tenant);
    }

    @Override
    public Optional<ComplaintCategory> category(TenantId tenant, String code) {
        return categories.category(tenant, code);
    }

    // =====================================================================================================
    // reporters
    // =====================================================================================================

    @Override
    @Transactional(readOnly = true)
    public List<NearbyComplaint> similarNearby(TenantId tenant, String categoryCode, GeoPoint point) {
        double metres = properties.nearbyMetres();
        double dLat = metres / 111_320.0;
        double dLon = metres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(point.lat()))));
        Instant since = now().minus(Duration.ofDays(properties.nearbyDays()));
        return store.nearby(tenant, categoryCode, point.lat() - dLat, point.lon() - dLon, point.lat() + dLat,
                        point.lon() + dLon, since).stream()
                .filter(row -> row.privacy().listedPublicly() && row.lat() != null && row.lon() != null)
                .map(row -> new NearbyComplaint(row.id(), row.trackingCode(), row.description(),
                        (int) Math.round(point.metresTo(new GeoPoint(row.lat(), row.lon()))), row.status(),
                        row.supporters(), row.submittedAt()))
                .filter(n -> n.metres() <= metres)
                .sorted(Comparator.comparingInt(NearbyComplaint::metres))
                .limit(5)
                .toList();
    }

    @Override
    public ComplaintView file(Viewer reporter, NewComplaint complaint) {
        if (!reporter.has(Role.CITIZEN) && !reporter.has(Role.API_CLIENT) && !reporter.has(Role.KIOSK)) {
            throw new NotFoundException("complaint", "new");
        }
        ComplaintCategory category = categories.category(reporter.tenant(), complaint.categoryCode())
                .orElseThrow(() -> new InvalidInputException("category", "complaint.category.unknown",
                        "No such complaint category: " + complaint.categoryCode()));
        String description = complaint.description() == null ? "" : complaint.description().strip();
        boolean open311 = complaint.channel() == Channel.OPEN311;
        if (open311 && description.isEmpty()) {
            // GeoReport v2 makes the description optional: the category then says what the problem is
            description = category.nameId();
        }
        if (!open311 && description.length() < MIN_DESCRIPTION) {
            throw new InvalidInputException("description", "complaint.description.short",
                    "Describe the problem in at least " + MIN_DESCRIPTION + " characters", MIN_DESCRIPTION);
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "complaint.description.long",
                    "A description has at most " + MAX_DESCRIPTION + " characters", MAX_DESCRIPTION);
        }
        Optional<String> address = complaint.address().map(String::strip).filter(a -> !a.isEmpty());
        if (address.isPresent() && address.get().length() > 400) {
            throw new InvalidInputException("address", "complaint.address.long", "An address has at most 400 characters");
        }
        if (complaint.point().isEmpty() && address.isEmpty()) {
            throw new InvalidInputException("place", "complaint.place.missing", "Give the place: a point on the map or an address");
        }
        Optional<RegionLocator.Located> located = complaint.point().flatMap(p -> regions.locate(reporter.tenant(), p));
        if (complaint.point().isPresent() && located.isEmpty() && regions.knows(reporter.tenant())) {
            throw new InvalidInputException("place", "complaint.place.outside", "This place is outside the city");
        }
        if (complaint.photos().size() > properties.maxPhotos()) {
            throw new InvalidInputException("photos", "complaint.photo.tooMany", "At most " + properties.maxPhotos() + " photos",
                    properties.maxPhotos());
        }
        Optional<String> key = complaint.idempotencyKey().map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "complaint.idempotencyKey.tooLong", "An Idempotency-Key has at most 100 characters");
        }
        // a keyed hash: even for an anonymous complaint, nobody without the data key can tie it to an account
        Optional<String> keyHash = key.map(k -> vault.fingerprint("complaint:" + reporter.accountId() + ":" + k));
        if (keyHash.isPresent()) {
            Optional<ComplaintRow> earlier = store.findByIdempotencyKey(reporter.tenant(), keyHash.get());
            if (earlier.isPresent()) {
                return view(earlier.get(), reporter);
            }
        }
        NewComplaint.ReporterContact contact = complaint.contact().orElse(null);
        String email = contact == null ? null : contact.email().map(String::strip).filter(e -> !e.isEmpty()).orElse(null);
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("email", "complaint.email.invalid", "Not an e-mail address");
        }
        String phone = contact == null ? null : contact.phone().map(p -> p.replaceAll("[\\s-]", "")).filter(p -> !p.isEmpty()).orElse(null);
        if (phone != null && !phone.matches("\\+?[0-9]{6,20}")) {
            throw new InvalidInputException("phone", "complaint.phone.invalid", "Not a phone number");
        }
        String name = contact == null ? null : (contact.firstName().orElse("") + " " + contact.lastName().orElse("")).strip();
        List<PhotoSanitizer.Photo> clean = new ArrayList<>();
        for (int i = 0; i < complaint.photos().size(); i++) {
            clean.add(photos.sanitize("photos", complaint.photos().get(i).content()));
        }
        boolean anonymous = complaint.privacy() == PrivacyMode.ANONYMOUS;
        Instant now = now();
        for (int attempt = 0; ; attempt++) {
            // a reporter without an account gets a secret to confirm, dispute and rate with later (an Open311 client's
            // user never sees our answer, so none there)
            String secret = (anonymous || !reporter.has(Role.CITIZEN)) && complaint.channel() != Channel.OPEN311
                    ? newSecret() : null;
            ComplaintRow row = new ComplaintRow(Ids.newId(), reporter.tenant(),
                    TrackingCode.generate(properties.trackingPrefix()).value(), category.code(), description,
                    complaint.point().map(GeoPoint::lat).orElse(null), complaint.point().map(GeoPoint::lon).orElse(null),
                    address.orElse(null), located.map(RegionLocator.Located::kecamatanCode).orElse(null),
                    located.map(RegionLocator.Located::kelurahanCode).orElse(null), complaint.privacy(),
                    ComplaintStatus.SUBMITTED, complaint.channel(),
                    anonymous || !reporter.has(Role.CITIZEN) ? null : reporter.accountId(),
                    anonymous || email == null ? null : vault.seal(email), anonymous || phone == null ? null : vault.seal(phone),
                    anonymous || name == null || name.isEmpty() ? null : vault.seal(truncate(name, 200)),
                    "en".equals(complaint.language()) ? "en" : "id", category.tier(), 0, now, now,
                    workingDays.dueAt(now, VERIFY_DAYS), null, null, null, null, null, null, null, null, null, null, null);
            try {
                transactions.executeWithoutResult(status -> {
                    store.insert(row, keyHash.orElse(null), secret == null ? null : secretHash(row.id(), secret));
                    for (PhotoSanitizer.Photo photo : clean) {
                        store.insertPhoto(Ids.newId(), row.tenant(), row.id(), "report", photo.mediaType(), photo.width(),
                                photo.height(), photo.bytes(), now);
                    }
                    store.event(row.tenant(), row.id(), now, "submitted", null, null);
                    events.publishEvent(new ComplaintFiled(row.tenant(), row.id(), row.trackingCode(), row.categoryCode(),
                            Optional.ofNullable(row.kelurahanCode()), complaint.point(), now));
                    events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "submitted"));
                });
                ComplaintView filed = view(row, reporter);
                return secret == null ? filed : filed.withReporterSecret(secret);
            } catch (DuplicateKeyException e) {
                if (keyHash.isPresent()) {
                    Optional<ComplaintRow> earlier = store.findByIdempotencyKey(reporter.tenant(), keyHash.get());
                    if (earlier.isPresent()) {
                        return view(earlier.get(), reporter);
                    }
                }
                if (attempt >= 3) {
                    throw e;
                }
                log.info("Tracking code collision, generating another");
            }
        }
    }

    @Override
    @Transactional
    public ComplaintView join(Viewer citizen, UUID complaintId) {
        requireCitizen(citizen);
        ComplaintRow row = store.lock(citizen.tenant(), complaintId)
                .filter(r -> r.privacy().listedPublicly() || citizen.accountId().equals(r.reporterId()))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId.toString()));
        if (citizen.accountId().equals(row.reporterId())) {
            throw new ConflictException("complaint.join.own", "This is your own complaint");
        }
        if (!row.status().isOpen()) {
            throw new ConflictException("complaint.join.closed", "This complaint is no longer open");
        }
        Instant now = now();
        if (!store.addSupporter(row.tenant(), row.id(), citizen.accountId(), now)) {
            return view(row, citizen);
        }
        int supporters = row.supporters() + 1;
        ComplaintRow joined = with(row, row.status(), now, b -> b.supporters = supporters);
        store.update(joined);
        store.event(row.tenant(), row.id(), now, "joined", null, null);
        return view(joined, citizen);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintView> mine(Viewer citizen) {
        requireCitizen(citizen);
        return store.mine(citizen.tenant(), citizen.accountId()).stream().map(row -> view(row, citizen)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintView> find(Viewer viewer, UUID complaintId) {
        return store.find(viewer.tenant(), complaintId).filter(row -> maySee(viewer, row)).map(row -> view(row, viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintView> findByTrackingCode(Viewer viewer, String trackingCode) {
        return TrackingCode.parse(trackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(viewer.tenant(), code.value()))
                .filter(row -> maySee(viewer, row)).map(row -> view(row, viewer));
    }

    @Override
    @Transactional
    public ComplaintView confirm(Viewer reporter, UUID complaintId) {
        return transition(reporter, ownLocked(reporter, complaintId), ComplaintStatus.CLOSED, "confirmed", null,
                (b, now) -> b.closedAt = now, false);
    }

    @Override
    @Transactional
    public ComplaintView dispute(Viewer reporter, UUID complaintId, String reason) {
        return dispute(reporter, ownLocked(reporter, complaintId), reason);
    }

    private ComplaintView dispute(Viewer reporter, ComplaintRow row, String reason) {
        String text = requiredText("reason", reason, "complaint.dispute.reason");
        return transition(reporter, row, ComplaintStatus.CLOSED_NOT_FIXED, "disputed", text, (b, now) -> {
            b.statusNote = text;
            b.autoCloseAt = null;
        }, false);
    }

    @Override
    @Transactional
    public ComplaintView rate(Viewer reporter, UUID complaintId, int stars, String comment) {
        return rate(reporter, ownLocked(reporter, complaintId), stars, comment);
    }

    private ComplaintView rate(Viewer reporter, ComplaintRow row, int stars, String comment) {
        if (row.status() != ComplaintStatus.RESOLVED && row.status() != ComplaintStatus.CLOSED) {
            throw new ConflictException("complaint.rate.notResolved", "Only a resolved complaint can be rated");
        }
        if (row.rating() != null) {
            throw new ConflictException("complaint.rate.twice", "This complaint was rated already");
        }
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "complaint.rate.stars", "Give 1 to 5 stars");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 1000) {
            throw new InvalidInputException("comment", "complaint.rate.comment", "A comment has at most 1000 characters");
        }
        Instant now = now();
        store.rate(row, stars, text, now);
        store.event(row.tenant(), row.id(), now, "rated", null, null);
        List<String> agencies = store.tasks(row.tenant(), row.id()).stream()
                .filter(t -> t.status() == TaskStatus.RESOLVED).map(TaskRow::agencyCode).distinct().toList();
        events.publishEvent(new ComplaintRated(row.tenant(), row.id(), row.categoryCode(), agencies, stars, now));
        return view(store.find(row.tenant(), row.id()).orElseThrow(), reporter);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintView> followUp(ReporterSecret key) {
        return bySecret(key).map(row -> view(row, secretHolder(key.tenant())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintEvent> timeline(ReporterSecret key) {
        return bySecret(key).map(row -> store.timeline(row.tenant(), row.id())).orElse(List.of());
    }

    @Override
    @Transactional
    public ComplaintView confirm(ReporterSecret key) {
        return transition(secretHolder(key.tenant()), lockedBySecret(key), ComplaintStatus.CLOSED, "confirmed", null,
                (b, now) -> b.closedAt = now, false);
    }

    @Override
    @Transactional
    public ComplaintView dispute(ReporterSecret key, String reason) {
        return dispute(secretHolder(key.tenant()), lockedBySecret(key), reason);
    }

    @Override
    @Transactional
    public ComplaintView rate(ReporterSecret key, int stars, String comment) {
        return rate(secretHolder(key.tenant()), lockedBySecret(key), stars, comment);
    }

    /** The complaint whose code and secret belong together; the same empty answer for an unknown code. */
    private Optional<ComplaintRow> bySecret(ReporterSecret key) {
        return TrackingCode.parse(key.trackingCode(), properties.trackingPrefix())
                .flatMap(code -> store.findByCode(key.tenant(), code.value()))
                .filter(row -> key.secret() != null && key.secret().length() <= 64
                        && store.reporterSecretHash(row.tenant(), row.id())
                        .map(hash -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                                secretHash(row.id(), normalisedSecret(key.secret())).getBytes(StandardCharsets.US_ASCII)))
                        .orElse(false));
    }

    private ComplaintRow lockedBySecret(ReporterSecret key) {
        ComplaintRow row = bySecret(key).orElseThrow(() -> new NotFoundException("complaint", key.trackingCode()));
        return store.lock(row.tenant(), row.id()).orElseThrow();
    }

    /** Who acts with a secret: nobody the system knows (no account, no roles). */
    private static Viewer secretHolder(TenantId tenant) {
        return new Viewer(new UUID(0, 0), tenant, "reporter", Set.of(), Optional.empty());
    }

    private String secretHash(UUID complaintId, String secret) {
        return vault.fingerprint("complaint-reporter:" + complaintId + ":" + secret);
    }

    /** 20 characters of Crockford's base 32 (100 random bits), in groups of five for reading aloud or typing. */
    private static String newSecret() {
        StringBuilder secret = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                secret.append('-');
            }
            secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }

    /** Typed back by hand: case, spaces and the letters people confuse with digits do not matter. */
    private static String normalisedSecret(String typed) {
        String plain = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        StringBuilder grouped = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }

    // =====================================================================================================
    // public
    // =====================================================================================================

    @Override
    @Transactional(readOnly = true)
    public ComplaintPage<PublicComplaint> publicList(TenantId tenant, ComplaintQuery query) {
        if (query.page() < 0 || query.page() > 100_000) {
            throw new InvalidInputException("page", "complaint.query.page", "No such page");
        }
        if (query.size() < 1 || query.size() > ComplaintQuery.MAX_SIZE) {
            throw new InvalidInputException("size", "complaint.query.size", "A page holds 1 to " + ComplaintQuery.MAX_SIZE + " complaints");
        }
        Instant now = now();
        List<ComplaintRow> rows = store.publicList(tenant, query, now);
        boolean more = rows.size() > query.size();
        List<ComplaintRow> page = more ? rows.subList(0, query.size()) : rows;
        return new ComplaintPage<>(publicViews(tenant, page, now), query.page(), query.size(), more);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicComplaint> publicComplaint(TenantId tenant, String trackingCode) {
        return TrackingCode.parse(trackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(tenant, code.value()))
                .filter(row -> row.privacy().listedPublicly())
                .map(row -> publicViews(tenant, List.of(row), now()).getFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicComplaint> publicComplaint(TenantId tenant, UUID complaintId) {
        return store.find(tenant, complaintId).filter(row -> row.privacy().listedPublicly())
                .map(row -> publicViews(tenant, List.of(row), now()).getFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MapCluster> mapClusters(TenantId tenant, ComplaintQuery filters, double south, double west, double north,
                                        double east, double cellDegrees) {
        if (!(south < north) || !(west < east) || south < -90 || north > 90 || west < -180 || east > 180) {
            throw new InvalidInputException("bbox", "complaint.map.bbox", "The map box must be south,west,north,east in degrees");
        }
        if (!(cellDegrees >= 0.00001) || cellDegrees > 10) {
            throw new InvalidInputException("cell", "complaint.map.cell", "The cell size must be between 0.00001 and 10 degrees");
        }
        return store.clusters(tenant, filters, now(), south, west, north, east, cellDegrees);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintEvent> publicTimeline(TenantId tenant, String trackingCode) {
        return TrackingCode.parse(trackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(tenant, code.value()))
                .filter(row -> row.privacy().listedPublicly())
                .map(row -> store.timeline(tenant, row.id()).stream().map(ComplaintService::publicEvent).toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<id.satupintu.complaints.PublicUpdate> publicUpdates(TenantId tenant, Instant from, Instant to, int limit) {
        if (!from.isBefore(to)) {
            throw new InvalidInputException("end_date", "complaint.query.window", "The end of the window must be after its start");
        }
        return store.publicUpdates(tenant, from, to, Math.max(1, Math.min(limit, ComplaintQuery.MAX_SIZE)));
    }

    /** The reporter's own words of a dispute stay out of public view. */
    private static ComplaintEvent publicEvent(ComplaintEvent event) {
        return "disputed".equals(event.kind()) ? new ComplaintEvent(event.at(), event.kind(), event.agencyCode(), Optional.empty()) : event;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintEvent> timeline(Viewer viewer, UUID complaintId) {
        ComplaintRow row = visible(viewer, complaintId);
        return store.timeline(row.tenant(), row.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PhotoContent> photo(TenantId tenant, Optional<Viewer> viewer, UUID photoId) {
        return store.photo(tenant, photoId).filter(photo -> {
            Optional<ComplaintRow> row = store.find(tenant, photo.complaintId());
            return row.isPresent() && (row.get().privacy().listedPublicly()
                    || viewer.filter(v -> v.tenant().equals(tenant)).map(v -> maySee(v, row.get())).orElse(false));
        }).map(ComplaintStore.StoredPhoto::content);
    }

    // =====================================================================================================
    // officers
    // =====================================================================================================

    @Override
    @Transactional(readOnly = true)
    public ComplaintPage<ComplaintView> queue(Viewer officer, Optional<ComplaintStatus> status, boolean overdueOnly, int page) {
        String agency = agencyOf(officer);
        if (page < 0 || page > 10_000) {
            throw new InvalidInputException("page", "complaint.query.page", "No such page");
        }
        Instant now = now();
        List<ComplaintRow> rows = agency.equals(properties.deskAgency())
                ? store.deskQueue(officer.tenant(), status.orElse(null), overdueOnly, now, PAGE + 1, (long) page * PAGE)
                : store.agencyQueue(officer.tenant(), agency, status.orElse(null), overdueOnly, now, PAGE + 1, (long) page * PAGE);
        boolean more = rows.size() > PAGE;
        return new ComplaintPage<>((more ? rows.subList(0, PAGE) : rows).stream().map(r -> view(r, officer)).toList(),
                page, PAGE, more);
    }

    @Override
    public boolean isDesk(Viewer viewer) {
        return agencyCode(viewer).filter(properties.deskAgency()::equals).isPresent();
    }

    @Override
    @Transactional
    public ComplaintView verify(Viewer desk, UUID complaintId) {
        ComplaintRow row = deskLocked(desk, complaintId);
        return transition(desk, row, ComplaintStatus.VERIFIED, "verified", null, (b, now) -> {
            b.verifiedAt = now;
            b.resolveDue = workingDays.dueAt(now, row.tier().workingDays());
        }, true);
    }

    @Override
    @Transactional
    public ComplaintView reject(Viewer desk, UUID complaintId, String reason) {
        ComplaintRow row = deskLocked(desk, complaintId);
        String text = requiredText("reason", reason, "complaint.reject.reason");
        return transition(desk, row, ComplaintStatus.REJECTED, "rejected", text, (b, now) -> {
            b.statusNote = text;
            b.closedAt = now;
        }, true);
    }

    @Override
    @Transactional
    public ComplaintView dispatch(Viewer desk, UUID complaintId, List<String> agencyCodes, Optional<ResolutionTier> tier) {
        ComplaintRow row = deskLocked(desk, complaintId);
        move(row, ComplaintStatus.DISPATCHED);
        Set<String> targets = new LinkedHashSet<>();
        for (String code : agencyCodes) {
            if (code != null && !code.isBlank()) {
                targets.add(code.strip());
            }
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("agencies", "complaint.dispatch.none", "Choose at least one agency or office");
        }
        if (targets.size() > 10) {
            throw new InvalidInputException("agencies", "complaint.dispatch.tooMany", "At most 10 agencies at once");
        }
        for (String code : targets) {
            requireAgency(row.tenant(), code, "agencies");
        }
        Instant now = now();
        ResolutionTier chosen = tier.orElse(row.tier());
        Instant from = row.verifiedAt() == null || row.status() == ComplaintStatus.CLOSED_NOT_FIXED ? now : row.verifiedAt();
        List<TaskRow> existing = store.tasks(row.tenant(), row.id());
        int position = existing.stream().mapToInt(TaskRow::position).max().orElse(0);
        for (String code : targets) {
            store.insertTask(new TaskRow(Ids.newId(), row.tenant(), row.id(), ++position, code, TaskStatus.OPEN, now,
                    workingDays.dueAt(now, FOLLOW_UP_DAYS), null, null, null, null, null, null));
            store.event(row.tenant(), row.id(), now, "dispatched", code, null);
        }
        ComplaintRow dispatched = with(row, ComplaintStatus.DISPATCHED, now, b -> {
            b.tier = chosen;
            b.dispatchedAt = now;
            b.resolveDue = workingDays.dueAt(from, chosen.workingDays());
            b.resolvedAt = null;
            b.autoCloseAt = null;
            b.statusNote = null;
        });
        store.update(dispatched);
        audit.record(desk.tenant(), "complaint.dispatched", "complaint", row.id().toString(),
                Map.of("by", desk.accountId().toString(), "agencies", String.join(",", targets), "tier", chosen.name()));
        events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "dispatched"));
        return view(dispatched, desk);
    }

    @Override
    @Transactional
    public ComplaintView reopen(Viewer desk, UUID complaintId, String note) {
        ComplaintRow row = deskLocked(desk, complaintId);
        String text = requiredText("note", note, "complaint.reopen.note");
        move(row, ComplaintStatus.DISPATCHED);
        Instant now = now();
        for (TaskRow task : store.tasks(row.tenant(), row.id())) {
            if (task.status() == TaskStatus.RESOLVED) {
                store.updateTask(new TaskRow(task.id(), task.tenant(), task.complaintId(), task.position(), task.agencyCode(),
                        TaskStatus.OPEN, task.openedAt(), workingDays.dueAt(now, FOLLOW_UP_DAYS), null, null, null, null,
                        null, null));
            }
        }
        ComplaintRow reopened = with(row, ComplaintStatus.DISPATCHED, now, b -> {
            b.dispatchedAt = now;
            b.resolveDue = workingDays.dueAt(now, row.tier().workingDays());
            b.resolvedAt = null;
            b.autoCloseAt = null;
            b.statusNote = null;
        });
        store.update(reopened);
        store.event(row.tenant(), row.id(), now, "reopened", null, text);
        audit.record(desk.tenant(), "complaint.reopened", "complaint", row.id().toString(), Map.of("by", desk.accountId().toString()));
        events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "reopened"));
        return view(reopened, desk);
    }

    @Override
    @Transactional
    public ComplaintView merge(Viewer desk, UUID duplicateId, String intoTrackingCode) {
        ComplaintRow duplicate = deskLocked(desk, duplicateId);
        move(duplicate, ComplaintStatus.MERGED);
        ComplaintRow target = TrackingCode.parse(intoTrackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(desk.tenant(), code.value()))
                .filter(t -> !t.id().equals(duplicate.id()) && t.status().isOpen())
                .flatMap(t -> store.lock(desk.tenant(), t.id()))
                .orElseThrow(() -> new InvalidInputException("into", "complaint.merge.target",
                        "Give the tracking code of another open complaint"));
        Instant now = now();
        int added = 0;
        Set<UUID> people = new LinkedHashSet<>();
        if (duplicate.reporterId() != null) {
            people.add(duplicate.reporterId());
        }
        people.addAll(store.supporters(duplicate.tenant(), duplicate.id()));
        for (UUID person : people) {
            if (!person.equals(target.reporterId()) && store.addSupporter(target.tenant(), target.id(), person, now)) {
                added++;
            }
        }
        int supporters = target.supporters() + added;
        store.update(with(target, target.status(), now, b -> b.supporters = supporters));
        for (TaskRow task : store.tasks(duplicate.tenant(), duplicate.id())) {
            if (task.status().isActive()) {
                store.updateTask(withTaskStatus(task, TaskStatus.CANCELLED));
            }
        }
        ComplaintRow merged = with(duplicate, ComplaintStatus.MERGED, now, b -> {
            b.mergedInto = target.id();
            b.statusNote = target.trackingCode();
            b.closedAt = now;
        });
        store.update(merged);
        store.event(duplicate.tenant(), duplicate.id(), now, "merged", null, target.trackingCode());
        store.event(target.tenant(), target.id(), now, "joined", null, null);
        audit.record(desk.tenant(), "complaint.merged", "complaint", duplicate.id().toString(),
                Map.of("by", desk.accountId().toString(), "into", target.id().toString()));
        events.publishEvent(new ComplaintChanged(duplicate.tenant(), duplicate.id(), "merged"));
        return view(merged, desk);
    }

    @Override
    @Transactional
    public ComplaintView startTask(Viewer officer, UUID taskId) {
        LockedTask locked = lockTask(officer, taskId);
        TaskRow task = locked.task();
        if (task.status() != TaskStatus.OPEN) {
            throw new ConflictException("complaint.task.notOpen", "This task is " + task.status());
        }
        Instant now = now();
        store.updateTask(new TaskRow(task.id(), task.tenant(), task.complaintId(), task.position(), task.agencyCode(),
                TaskStatus.IN_PROGRESS, task.openedAt(), task.followUpDue(), now, null, null, null, officer.accountId(),
                task.flaggedAt()));
        ComplaintRow row = locked.complaint();
        if (row.status() == ComplaintStatus.DISPATCHED) {
            move(row, ComplaintStatus.IN_PROGRESS);
            row = with(row, ComplaintStatus.IN_PROGRESS, now, b -> { });
        } else {
            row = with(row, row.status(), now, b -> { });
        }
        store.update(row);
        store.event(row.tenant(), row.id(), now, "started", task.agencyCode(), null);
        audit.record(officer.tenant(), "complaint.task.started", "complaint-task", task.id().toString(),
                Map.of("by", officer.accountId().toString()));
        events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "started"));
        return view(row, officer);
    }

    @Override
    public ComplaintView resolveTask(Viewer officer, UUID taskId, String note, Optional<NewComplaint.Photo> proof) {
        String text = requiredText("note", note, "complaint.resolve.note");
        if (proof.isEmpty()) {
            throw new InvalidInputException("proof", "complaint.resolve.proof", "Add a photo that shows the result");
        }
        PhotoSanitizer.Photo photo = photos.sanitize("proof", proof.get().content());
        return transactions.execute(status -> {
            LockedTask locked = lockTask(officer, taskId);
            TaskRow task = locked.task();
            ComplaintRow row = locked.complaint();
            if (!task.status().isActive()) {
                throw new ConflictException("complaint.task.notActive", "This task is " + task.status());
            }
            if (row.status() != ComplaintStatus.DISPATCHED && row.status() != ComplaintStatus.IN_PROGRESS) {
                throw new ConflictException("complaint.status.move", "A " + row.status() + " complaint cannot be resolved");
            }
            Instant now = now();
            UUID photoId = Ids.newId();
            store.insertPhoto(photoId, row.tenant(), row.id(), "proof", photo.mediaType(), photo.width(), photo.height(),
                    photo.bytes(), now);
            store.updateTask(new TaskRow(task.id(), task.tenant(), task.complaintId(), task.position(), task.agencyCode(),
                    TaskStatus.RESOLVED, task.openedAt(), task.followUpDue(), task.startedAt() == null ? now : task.startedAt(),
                    now, text, photoId, officer.accountId(), task.flaggedAt()));
            store.event(row.tenant(), row.id(), now, "task-resolved", task.agencyCode(), text);
            audit.record(officer.tenant(), "complaint.task.resolved", "complaint-task", task.id().toString(),
                    Map.of("by", officer.accountId().toString()));
            List<TaskRow> tasks = store.tasks(row.tenant(), row.id());
            boolean allDone = tasks.stream().noneMatch(t -> t.status().isActive());
            if (allDone) {
                move(row, ComplaintStatus.RESOLVED);
                ComplaintRow resolved = with(row, ComplaintStatus.RESOLVED, now, b -> {
                    b.resolvedAt = now;
                    b.autoCloseAt = workingDays.dueAt(now, AUTO_CLOSE_DAYS);
                    b.statusNote = text;
                });
                store.update(resolved);
                store.event(row.tenant(), row.id(), now, "resolved", null, null);
                List<String> agencies = tasks.stream().filter(t -> t.status() == TaskStatus.RESOLVED)
                        .map(TaskRow::agencyCode).distinct().toList();
                events.publishEvent(new ComplaintResolved(row.tenant(), row.id(), row.trackingCode(), row.categoryCode(),
                        agencies, now, row.resolveDue() == null || !now.isAfter(row.resolveDue())));
                events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "resolved"));
                return view(resolved, officer);
            }
            ComplaintRow touched = with(row, row.status() == ComplaintStatus.DISPATCHED ? ComplaintStatus.IN_PROGRESS : row.status(),
                    now, b -> { });
            store.update(touched);
            return view(touched, officer);
        });
    }

    @Override
    @Transactional
    public ComplaintView handOverTask(Viewer officer, UUID taskId, String agencyCode, String reason) {
        LockedTask locked = lockTask(officer, taskId);
        TaskRow task = locked.task();
        ComplaintRow row = locked.complaint();
        if (!task.status().isActive()) {
            throw new ConflictException("complaint.task.notActive", "This task is " + task.status());
        }
        String target = agencyCode == null ? "" : agencyCode.strip();
        if (target.isEmpty() || target.equals(task.agencyCode())) {
            throw new InvalidInputException("agency", "complaint.handOver.target", "Choose another agency or office");
        }
        requireAgency(row.tenant(), target, "agency");
        String text = requiredText("reason", reason, "complaint.handOver.reason");
        Instant now = now();
        store.updateTask(withTaskStatus(task, TaskStatus.HANDED_OVER));
        int position = store.tasks(row.tenant(), row.id()).stream().mapToInt(TaskRow::position).max().orElse(0) + 1;
        store.insertTask(new TaskRow(Ids.newId(), row.tenant(), row.id(), position, target, TaskStatus.OPEN, now,
                workingDays.dueAt(now, FOLLOW_UP_DAYS), null, null, null, null, null, null));
        ComplaintRow touched = with(row, row.status(), now, b -> { });
        store.update(touched);
        store.event(row.tenant(), row.id(), now, "handed-over", target, text);
        audit.record(officer.tenant(), "complaint.task.handed-over", "complaint-task", task.id().toString(),
                Map.of("by", officer.accountId().toString(), "to", target));
        events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "handed-over"));
        return view(touched, officer);
    }

    @Override
    @Transactional
    public ComplaintNote addNote(Viewer officer, UUID complaintId, String body) {
        String agency = agencyOf(officer);
        ComplaintRow row = visible(officer, complaintId);
        String text = requiredText("body", body, "complaint.note.body");
        ComplaintNote note = new ComplaintNote(Ids.newId(), now(), officer.accountId(), truncate(officer.displayName(), 120),
                agency, text);
        store.insertNote(row.tenant(), row.id(), note);
        audit.record(officer.tenant(), "complaint.note.added", "complaint", row.id().toString(),
                Map.of("by", officer.accountId().toString()));
        return note;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintNote> notes(Viewer officer, UUID complaintId) {
        agencyOf(officer);
        ComplaintRow row = visible(officer, complaintId);
        return store.notes(row.tenant(), row.id());
    }

    // =====================================================================================================
    // jobs
    // =====================================================================================================

    @Override
    public int detectOverdue() {
        Instant now = now();
        int flagged = 0;
        for (ComplaintRow row : store.verificationOverdue(now)) {
            Boolean done = transactions.execute(status -> {
                if (!store.flagVerification(row.id(), now)) {
                    return false;
                }
                store.event(row.tenant(), row.id(), now, "overdue", properties.deskAgency(), null);
                events.publishEvent(new DeadlinePassed(row.tenant(), row.id(), row.trackingCode(), "verification",
                        properties.deskAgency(), row.verifyDue()));
                return true;
            });
            flagged += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        for (TaskRow task : store.followUpOverdue(now)) {
            Boolean done = transactions.execute(status -> {
                if (!store.flagTask(task.id(), now)) {
                    return false;
                }
                ComplaintRow row = store.find(task.tenant(), task.complaintId()).orElseThrow();
                store.event(row.tenant(), row.id(), now, "overdue", task.agencyCode(), null);
                events.publishEvent(new DeadlinePassed(row.tenant(), row.id(), row.trackingCode(), "follow-up",
                        task.agencyCode(), task.followUpDue()));
                return true;
            });
            flagged += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        for (ComplaintRow row : store.resolutionOverdue(now)) {
            Boolean done = transactions.execute(status -> {
                if (!store.flagResolution(row.id(), now)) {
                    return false;
                }
                for (TaskRow task : store.tasks(row.tenant(), row.id())) {
                    if (task.status().isActive()) {
                        events.publishEvent(new DeadlinePassed(row.tenant(), row.id(), row.trackingCode(), "resolution",
                                task.agencyCode(), java.util.Objects.requireNonNull(row.resolveDue())));
                    }
                }
                store.event(row.tenant(), row.id(), now, "overdue", null, null);
                return true;
            });
            flagged += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return flagged;
    }

    @Override
    public int autoClose() {
        Instant now = now();
        int closed = 0;
        for (ComplaintRow candidate : store.dueToClose(now)) {
            Boolean done = transactions.execute(status -> {
                ComplaintRow row = store.lock(candidate.tenant(), candidate.id()).orElseThrow();
                if (row.status() != ComplaintStatus.RESOLVED || row.autoCloseAt() == null || !row.autoCloseAt().isBefore(now)) {
                    return false;
                }
                store.update(with(row, ComplaintStatus.CLOSED, now, b -> b.closedAt = now));
                store.event(row.tenant(), row.id(), now, "auto-closed", null, null);
                events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), "auto-closed"));
                return true;
            });
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    // =====================================================================================================
    // access
    // =====================================================================================================

    private record LockedTask(ComplaintRow complaint, TaskRow task) {
    }

    /** Locks the task's complaint, then reads the task; another agency's task is not found. */
    private LockedTask lockTask(Viewer officer, UUID taskId) {
        String agency = agencyOf(officer);
        TaskRow unlocked = store.task(officer.tenant(), taskId).filter(t -> t.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("task", taskId.toString()));
        ComplaintRow row = store.lock(officer.tenant(), unlocked.complaintId()).orElseThrow();
        TaskRow task = store.task(officer.tenant(), taskId).orElseThrow();
        return new LockedTask(row, task);
    }

    private ComplaintRow deskLocked(Viewer desk, UUID complaintId) {
        if (!isDesk(desk)) {
            throw new NotFoundException("complaint", complaintId.toString());
        }
        return store.lock(desk.tenant(), complaintId).orElseThrow(() -> new NotFoundException("complaint", complaintId.toString()));
    }

    private ComplaintRow ownLocked(Viewer reporter, UUID complaintId) {
        requireCitizen(reporter);
        return store.lock(reporter.tenant(), complaintId).filter(row -> reporter.accountId().equals(row.reporterId()))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId.toString()));
    }

    private ComplaintRow visible(Viewer viewer, UUID complaintId) {
        return store.find(viewer.tenant(), complaintId).filter(row -> maySee(viewer, row))
                .orElseThrow(() -> new NotFoundException("complaint", complaintId.toString()));
    }

    private boolean maySee(Viewer viewer, ComplaintRow row) {
        if (!row.tenant().equals(viewer.tenant())) {
            return false;
        }
        if (viewer.has(Role.CITIZEN) && (viewer.accountId().equals(row.reporterId())
                || store.isSupporter(row.tenant(), row.id(), viewer.accountId()))) {
            return true;
        }
        Optional<String> agency = agencyCode(viewer);
        if (agency.isEmpty()) {
            return false;
        }
        return agency.get().equals(properties.deskAgency()) || store.hasTaskFor(row.tenant(), row.id(), agency.get());
    }

    /** The agency code of an officer or agency head; anyone else has none. */
    private Optional<String> agencyCode(Viewer viewer) {
        if (!viewer.has(Role.OFFICER) && !viewer.has(Role.AGENCY_HEAD)) {
            return Optional.empty();
        }
        return viewer.agencyId().flatMap(id -> organisation.agency(viewer.tenant(), id)).map(AgencyView::code);
    }

    private String agencyOf(Viewer viewer) {
        return agencyCode(viewer).orElseThrow(() -> new NotFoundException("complaints", viewer.accountId().toString()));
    }

    private void requireAgency(TenantId tenant, String code, String field) {
        if (organisation.agencyByCode(tenant, code).filter(AgencyView::active).isEmpty()) {
            throw new InvalidInputException(field, "complaint.agency.unknown", "No such agency or office: " + code, code);
        }
    }

    private static void requireCitizen(Viewer viewer) {
        if (!viewer.has(Role.CITIZEN)) {
            throw new NotFoundException("complaint", viewer.accountId().toString());
        }
    }

    /**
     * One move of the state machine: refused unless allowed, then the row, a timeline line ({@code kind}, with the
     * public {@code message}), an audit entry for officers' moves, and the change notification.
     */
    private ComplaintView transition(Viewer viewer, ComplaintRow row, ComplaintStatus next, String kind,
                                     @Nullable String message, java.util.function.BiConsumer<Change, Instant> edit,
                                     boolean audited) {
        move(row, next);
        Instant now = now();
        ComplaintRow changed = with(row, next, now, b -> edit.accept(b, now));
        store.update(changed);
        store.event(row.tenant(), row.id(), now, kind, null, message);
        if (audited) {
            audit.record(viewer.tenant(), "complaint." + kind, "complaint", row.id().toString(),
                    Map.of("by", viewer.accountId().toString()));
        }
        events.publishEvent(new ComplaintChanged(row.tenant(), row.id(), kind));
        return view(changed, viewer);
    }

    private static void move(ComplaintRow row, ComplaintStatus next) {
        if (!row.status().canMoveTo(next)) {
            throw new ConflictException("complaint.status.move", "A " + row.status() + " complaint cannot become " + next,
                    row.status().name(), next.name());
        }
    }

    // =====================================================================================================
    // views and small things
    // =====================================================================================================

    private ComplaintView view(ComplaintRow row, Viewer viewer) {
        Instant now = now();
        List<TaskRow> tasks = store.tasks(row.tenant(), row.id());
        boolean own = viewer.accountId().equals(row.reporterId());
        boolean showReporter = own || (row.privacy() == PrivacyMode.PUBLIC && agencyCode(viewer).isPresent());
        List<TaskView> taskViews = tasks.stream().map(t -> new TaskView(t.id(), t.agencyCode(), t.status(), t.openedAt(),
                t.followUpDue(), Optional.ofNullable(t.startedAt()), Optional.ofNullable(t.resolvedAt()),
                Optional.ofNullable(t.resolutionNote()), Optional.ofNullable(t.proofPhotoId()),
                Optional.ofNullable(t.assigneeId()), taskOverdue(row, t, now))).toList();
        return new ComplaintView(row.id(), row.tenant(), row.trackingCode(), row.categoryCode(), row.description(),
                point(row), Optional.ofNullable(row.address()), Optional.ofNullable(row.kecamatanCode()),
                Optional.ofNullable(row.kelurahanCode()), row.privacy(), row.status(), row.channel(),
                showReporter ? Optional.ofNullable(row.reporterId()) : Optional.empty(), row.supporters(),
                store.photoIds(row.tenant(), row.id(), "report"), taskViews, row.submittedAt(), row.updatedAt(),
                row.verifyDue(), Optional.ofNullable(row.resolveDue()), Optional.ofNullable(row.resolvedAt()),
                Optional.ofNullable(row.autoCloseAt()), Optional.ofNullable(row.closedAt()),
                Optional.ofNullable(row.statusNote()),
                Optional.ofNullable(row.mergedInto()).flatMap(id -> store.find(row.tenant(), id)).map(ComplaintRow::trackingCode),
                Optional.ofNullable(row.rating()), overdue(row, now) || taskViews.stream().anyMatch(TaskView::overdue),
                Optional.empty());
    }

    private List<PublicComplaint> publicViews(TenantId tenant, List<ComplaintRow> rows, Instant now) {
        List<UUID> ids = rows.stream().map(ComplaintRow::id).toList();
        Map<UUID, List<String>> agencies = store.agenciesOf(tenant, ids);
        Map<UUID, List<UUID>> photoIds = store.reportPhotoIds(tenant, ids);
        return rows.stream().map(row -> new PublicComplaint(row.id(), row.trackingCode(), row.categoryCode(),
                row.description(), point(row), Optional.ofNullable(row.address()), Optional.ofNullable(row.kecamatanCode()),
                Optional.ofNullable(row.kelurahanCode()), row.status(), agencies.getOrDefault(row.id(), List.of()),
                row.supporters(), photoIds.getOrDefault(row.id(), List.of()), row.submittedAt(), row.updatedAt(),
                Optional.ofNullable(row.resolveDue()),
                row.status() == ComplaintStatus.REJECTED || row.status() == ComplaintStatus.RESOLVED
                        || row.status() == ComplaintStatus.CLOSED || row.status() == ComplaintStatus.MERGED
                        ? Optional.ofNullable(row.statusNote()) : Optional.empty(),
                overdue(row, now))).toList();
    }

    private static Optional<GeoPoint> point(ComplaintRow row) {
        return row.lat() == null || row.lon() == null ? Optional.empty() : Optional.of(new GeoPoint(row.lat(), row.lon()));
    }

    /** A deadline of the complaint's current state has passed. */
    static boolean overdue(ComplaintRow row, Instant now) {
        return switch (row.status()) {
            case SUBMITTED -> now.isAfter(row.verifyDue());
            case VERIFIED, DISPATCHED, IN_PROGRESS, CLOSED_NOT_FIXED -> row.resolveDue() != null && now.isAfter(row.resolveDue());
            default -> false;
        };
    }

    private static boolean taskOverdue(ComplaintRow row, TaskRow task, Instant now) {
        return (task.status() == TaskStatus.OPEN && now.isAfter(task.followUpDue()))
                || (task.status().isActive() && row.resolveDue() != null && now.isAfter(row.resolveDue()));
    }

    private static TaskRow withTaskStatus(TaskRow t, TaskStatus status) {
        return new TaskRow(t.id(), t.tenant(), t.complaintId(), t.position(), t.agencyCode(), status, t.openedAt(),
                t.followUpDue(), t.startedAt(), t.resolvedAt(), t.resolutionNote(), t.proofPhotoId(), t.assigneeId(),
                t.flaggedAt());
    }

    /** Mutable copy of the changing fields of a row, for {@link #with}. */
    private static final class Change {
        ResolutionTier tier;
        int supporters;
        @Nullable Instant verifiedAt;
        @Nullable Instant dispatchedAt;
        @Nullable Instant resolveDue;
        @Nullable Instant resolvedAt;
        @Nullable Instant autoCloseAt;
        @Nullable Instant closedAt;
        @Nullable String statusNote;
        @Nullable UUID mergedInto;

        Change(ComplaintRow row) {
            tier = row.tier();
            supporters = row.supporters();
            verifiedAt = row.verifiedAt();
            dispatchedAt = row.dispatchedAt();
            resolveDue = row.resolveDue();
            resolvedAt = row.resolvedAt();
            autoCloseAt = row.autoCloseAt();
            closedAt = row.closedAt();
            statusNote = row.statusNote();
            mergedInto = row.mergedInto();
        }
    }

    private static ComplaintRow with(ComplaintRow r, ComplaintStatus status, Instant now, java.util.function.Consumer<Change> edit) {
        Change b = new Change(r);
        edit.accept(b);
        return new ComplaintRow(r.id(), r.tenant(), r.trackingCode(), r.categoryCode(), r.description(), r.lat(), r.lon(),
                r.address(), r.kecamatanCode(), r.kelurahanCode(), r.privacy(), status, r.channel(), r.reporterId(),
                r.reporterEmail(), r.reporterPhone(), r.reporterName(), r.language(), b.tier, b.supporters,
                r.submittedAt(), now, r.verifyDue(), b.verifiedAt, b.dispatchedAt, b.resolveDue, b.resolvedAt,
                b.autoCloseAt, b.closedAt, b.statusNote, b.mergedInto, r.rating(), r.verifyFlaggedAt(), r.resolveFlaggedAt());
    }

    private static String requiredText(String field, @Nullable String value, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, key, "This text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "complaint.text.long", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        return text;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
