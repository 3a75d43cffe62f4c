package id.satupintu.complaints.internal;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NearbyComplaint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.identity.PersonalDataVault;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Citizens, kiosks and outside clients file complaints: the input checked, the place located, photos cleaned, then
 * one transaction writes the row, its photos and timeline line in batches and records the events. "Saya juga"
 * supports one already filed.
 */
@Service
class FilingService implements ComplaintFiling {

    private static final Logger log = LoggerFactory.getLogger(FilingService.class);
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MIN_DESCRIPTION = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final CategoryCatalog categories;
    private final RegionLocator regions;
    private final ComplaintViews views;
    private final ReporterSecrets secrets;
    private final DeadlineCalendar deadlines;
    private final ComplaintsProperties properties;
    private final TransactionTemplate transactions;
    private final PhotoSanitizer photos;
    private final PersonalDataVault vault;

    FilingService(ComplaintStore store, ComplaintRepository complaints, CategoryCatalog categories, RegionLocator regions,
                  ComplaintViews views, ReporterSecrets secrets, DeadlineCalendar deadlines, ComplaintsProperties properties,
                  TransactionTemplate transactions, PersonalDataVault vault) {
        this.store = store;
        this.complaints = complaints;
        this.categories = categories;
        this.regions = regions;
        this.views = views;
        this.secrets = secrets;
        this.deadlines = deadlines;
        this.properties = properties;
        this.transactions = transactions;
        this.vault = vault;
        this.photos = new PhotoSanitizer(properties.maxPhotoSize().toBytes(), properties.maxPhotoEdge());
    }

    @Override
    public List<ComplaintCategory> categories(TenantId tenant) {
        return categories.categories(tenant);
    }

    @Override
    public Optional<ComplaintCategory> category(TenantId tenant, String code) {
        return categories.category(tenant, code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NearbyComplaint> similarNearby(TenantId tenant, String categoryCode, GeoPoint point) {
        double metres = properties.nearbyMetres();
        double dLat = metres / 111_320.0;
        double dLon = metres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(point.lat()))));
        Instant since = deadlines.now().minus(Duration.ofDays(properties.nearbyDays()));
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
                return views.view(earlier.get(), reporter);
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
        Instant now = deadlines.now();
        for (int attempt = 0; ; attempt++) {
            // a reporter without an account gets a secret to confirm, dispute and rate with later (an Open311 client's
            // user never sees our answer, so none there)
            String secret = (anonymous || !reporter.has(Role.CITIZEN)) && complaint.channel() != Channel.OPEN311
                    ? secrets.newSecret() : null;
            ComplaintRow row = new ComplaintRow(Ids.newId(), reporter.tenant(),
                    TrackingCode.generate(properties.trackingPrefix()).value(), category.code(), description,
                    complaint.point().map(GeoPoint::lat).orElse(null), complaint.point().map(GeoPoint::lon).orElse(null),
                    address.orElse(null), located.map(RegionLocator.Located::kecamatanCode).orElse(null),
                    located.map(RegionLocator.Located::kelurahanCode).orElse(null), complaint.privacy(),
                    ComplaintStatus.SUBMITTED, complaint.channel(),
                    anonymous || !reporter.has(Role.CITIZEN) ? null : reporter.accountId(),
                    sealed(anonymous, email), sealed(anonymous, phone),
                    sealed(anonymous, name == null || name.isEmpty() ? null : Texts.truncate(name, 200)),
                    "en".equals(complaint.language()) ? "en" : "id", category.tier(), 0, now, now,
                    deadlines.verifyDue(now), null, null, null, null, null, null, null, null, null, null, null);
            Complaint filed = Complaint.file(row, complaint.point(), clean, deadlines);
            List<UUID> photoIds = filed.recorded().photos().stream().map(Recorded.NewPhoto::id).toList();
            try {
                transactions.executeWithoutResult(status -> complaints.insert(filed, keyHash.orElse(null),
                        secret == null ? null : secrets.hash(row.id(), secret)));
                // what was just written, without reading it back
                ComplaintView view = views.view(row, List.of(), photoIds, reporter);
                return secret == null ? view : view.withReporterSecret(secret);
            } catch (DuplicateKeyException e) {
                if (keyHash.isPresent()) {
                    Optional<ComplaintRow> earlier = store.findByIdempotencyKey(reporter.tenant(), keyHash.get());
                    if (earlier.isPresent()) {
                        return views.view(earlier.get(), reporter);
                    }
                }
                if (attempt >= 3) {
                    throw e;
                }
                log.info("Tracking code collision, generating another");
            }
        }
    }

    private @Nullable String sealed(boolean anonymous, @Nullable String value) {
        return anonymous || value == null ? null : vault.seal(value);
    }

    @Override
    @Transactional
    public ComplaintView join(Viewer citizen, UUID complaintId) {
        ComplaintAccess.requireCitizen(citizen);
        Complaint complaint = complaints.lock(citizen.tenant(), complaintId)
                .filter(c -> c.row().privacy().listedPublicly() || citizen.accountId().equals(c.reporterId()))
                .orElseThrow(() -> ComplaintAccess.notFound(complaintId));
        if (citizen.accountId().equals(complaint.reporterId())) {
            throw new ConflictException("complaint.join.own", "This is your own complaint");
        }
        // the row lock makes "not yet a supporter" hold until the commit
        if (!store.isSupporter(complaint.tenant(), complaint.id(), citizen.accountId())) {
            complaint.join(citizen.accountId());
            complaints.save(complaint);
        } else if (!complaint.status().isOpen()) {
            throw new ConflictException("complaint.join.closed", "This complaint is no longer open");
        }
        return views.view(complaint, citizen);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintView> mine(Viewer citizen) {
        ComplaintAccess.requireCitizen(citizen);
        return store.mine(citizen.tenant(), citizen.accountId()).stream().map(row -> views.view(row, citizen)).toList();
    }
}
