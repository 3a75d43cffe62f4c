package id.satupintu.organisation.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.organisation.AgencyChange;
import id.satupintu.organisation.AgencyCreated;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.NewAgency;
import id.satupintu.organisation.NewRegion;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.organisation.TenantKind;
import id.satupintu.organisation.TenantView;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Service
@Transactional
class OrganisationService implements Organisation {

    private static final int TENANT_NAME_MAX = 120;
    private static final Pattern AGENCY_CODE = Pattern.compile(NewAgency.CODE_PATTERN);
    // Kemendagri: kecamatan 35.78.01, kelurahan (or desa) 35.78.01.1001.
    private static final Pattern KECAMATAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern KELURAHAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final int KECAMATAN_CODE_LENGTH = 8;

    private final TenantStore tenants;
    private final RegionStore regions;
    private final AgencyStore agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(TenantStore tenants, RegionStore regions, AgencyStore agencies, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.regions = regions;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TenantView registerTenant(TenantId tenant, String name, TenantKind kind) {
        Optional<TenantView> existing = tenants.byCode(tenant);
        if (existing.isPresent()) {
            return existing.get();
        }
        String checkedName = text("name", name, TENANT_NAME_MAX, "organisation.tenant.name");
        if (tenants.insertIfAbsent(new TenantView(tenant, checkedName, kind, now()))) {
            audit.record(tenant, "tenant.registered", "tenant", tenant.code(), Map.of("kind", kind.name()));
        }
        return tenants.byCode(tenant).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TenantView> tenant(TenantId tenant) {
        return tenants.byCode(tenant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TenantView> tenants() {
        return tenants.all();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyView> agencies(TenantId tenant) {
        return agencies.all(tenant);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyView> agency(TenantId tenant, UUID id) {
        return agencies.byId(tenant, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyView> agencyByCode(TenantId tenant, String code) {
        return agencies.byCode(tenant, code.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyView> officeOf(TenantId tenant, AgencyKind kind, String regionCode) {
        return agencies.activeOffice(tenant, kind, regionCode);
    }

    @Override
    public AgencyView createAgency(TenantId tenant, NewAgency agency) {
        AgencyView created = insertAgency(tenant, agency)
                .orElseThrow(() -> new ConflictException("organisation.agency.code.taken",
                        "The tenant already has an agency with this code", agency.code()));
        audit.record(tenant, "agency.created", "agency", created.id().toString(),
                Map.of("code", created.code(), "kind", created.kind().name()));
        return created;
    }

    @Override
    public AgencyView updateAgency(TenantId tenant, UUID id, AgencyChange change, int expectedVersion) {
        AgencyView current = agencies.byId(tenant, id).orElseThrow(() -> new NotFoundException("Agency", id));
        if (current.version() != expectedVersion) {
            throw stale();
        }
        AgencyKind kind = kind(change.kind());
        Instant now = now();
        AgencyView changed = new AgencyView(current.id(), tenant, current.code(), kind,
                text("nameId", change.nameId(), NewAgency.NAME_MAX, "organisation.agency.nameId"),
                text("nameEn", change.nameEn(), NewAgency.NAME_MAX, "organisation.agency.nameEn"),
                text("shortName", change.shortName(), NewAgency.SHORT_NAME_MAX, "organisation.agency.shortName"),
                servedRegion(tenant, kind, change.regionCode()), change.active(), current.version() + 1,
                current.createdAt(), now);
        if (!agencies.update(changed, expectedVersion, now)) {
            throw stale();
        }
        audit.record(tenant, "agency.updated", "agency", id.toString(), Map.of("code", current.code(),
                "version", String.valueOf(changed.version()), "active", String.valueOf(changed.active())));
        return agencies.byId(tenant, id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionView> regions(TenantId tenant, RegionLevel level, Optional<String> parentCode) {
        Optional<String> parent = parentCode.map(String::strip).filter(code -> !code.isEmpty());
        if (parent.isEmpty()) {
            return regions.byLevel(tenant, level);
        }
        if (level == RegionLevel.KECAMATAN) {
            // A kecamatan's parent is the tenant itself; no parent code is stored for it.
            return parent.get().equals(tenant.code()) ? regions.byLevel(tenant, level) : List.of();
        }
        return regions.byParent(tenant, level, parent.get());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegionView> region(TenantId tenant, String code) {
        return regions.byCode(tenant, code.strip());
    }

    @Override
    public RegionView addRegion(TenantId tenant, NewRegion region) {
        RegionView added = insertRegion(tenant, region)
                .orElseThrow(() -> new ConflictException("organisation.region.exists", "The region exists", region.code()));
        audit.record(tenant, "region.added", "region", added.code(), Map.of("level", added.level().name()));
        return added;
    }

    @Override
    public int importRegions(TenantId tenant, List<NewRegion> list) {
        // Kecamatan first, so that a kelurahan finds its kecamatan whatever the order of the list.
        List<NewRegion> ordered = list.stream()
                .sorted(Comparator.comparing(NewRegion::level, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(NewRegion::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int added = 0;
        for (NewRegion region : ordered) {
            if (insertRegion(tenant, region).isPresent()) {
                added++;
            }
        }
        if (added > 0) {
            audit.record(tenant, "regions.imported", "tenant", tenant.code(), Map.of("added", String.valueOf(added)));
        }
        return added;
    }

    @Override
    public int importAgencies(TenantId tenant, List<NewAgency> list) {
        int added = 0;
        for (NewAgency agency : list) {
            if (insertAgency(tenant, agency).isPresent()) {
                added++;
            }
        }
        if (added > 0) {
            audit.record(tenant, "agencies.imported", "tenant", tenant.code(), Map.of("added", String.valueOf(added)));
        }
        return added;
    }

    /** Checks and inserts an agency; empty when the tenant already has one with the code. */
    private Optional<AgencyView> insertAgency(TenantId tenant, NewAgency agency) {
        requireTenant(tenant);
        String code = agencyCode(agency.code());
        AgencyKind kind = kind(agency.kind());
        Instant now = now();
        AgencyView view = new AgencyView(Ids.newId(), tenant, code, kind,
                text("nameId", agency.nameId(), NewAgency.NAME_MAX, "organisation.agency.nameId"),
                text("nameEn", agency.nameEn(), NewAgency.NAME_MAX, "organisation.agency.nameEn"),
                text("shortName", agency.shortName(), NewAgency.SHORT_NAME_MAX, "organisation.agency.shortName"),
                servedRegion(tenant, kind, agency.regionCode()), true, 0, now, now);
        if (!agencies.insertIfAbsent(view)) {
            return Optional.empty();
        }
        events.publishEvent(new AgencyCreated(Ids.newId(), tenant, view.id(), view.code(), now));
        return Optional.of(view);
    }

    /** Checks and inserts a region; empty when the tenant already has one with the code. */
    private Optional<RegionView> insertRegion(TenantId tenant, NewRegion region) {
        requireTenant(tenant);
        RegionLevel level = region.level();
        if (level == null) {
            throw new InvalidInputException("level", "organisation.region.level.required", "Choose the region level");
        }
        String code = region.code() == null ? "" : region.code().strip();
        Pattern pattern = level == RegionLevel.KECAMATAN ? KECAMATAN_CODE : KELURAHAN_CODE;
        if (!pattern.matcher(code).matches() || !code.startsWith(tenant.code() + ".")) {
            throw new InvalidInputException("code", "organisation.region.code.invalid",
                    "A " + level + " code must extend the tenant code " + tenant.code(), tenant.code(), level.name());
        }
        String name = text("name", region.name(), NewRegion.NAME_MAX, "organisation.region.name");
        Optional<String> parent = Optional.empty();
        if (level == RegionLevel.KELURAHAN) {
            String kecamatan = code.substring(0, KECAMATAN_CODE_LENGTH);
            regions.byCode(tenant, kecamatan).filter(found -> found.level() == RegionLevel.KECAMATAN)
                    .orElseThrow(() -> new InvalidInputException("code", "organisation.region.parent.unknown",
                            "No kecamatan " + kecamatan, kecamatan));
            parent = Optional.of(kecamatan);
        }
        RegionView view = new RegionView(tenant, code, level, name, parent);
        return regions.insertIfAbsent(view) ? Optional.of(view) : Optional.empty();
    }

    /** The region an office serves: required for kecamatan and kelurahan offices, refused for other kinds. */
    private Optional<String> servedRegion(TenantId tenant, AgencyKind kind, Optional<String> regionCode) {
        Optional<String> code = regionCode.map(String::strip).filter(value -> !value.isEmpty());
        Optional<RegionLevel> level = kind.regionLevel();
        if (level.isEmpty()) {
            if (code.isPresent()) {
                throw new InvalidInputException("regionCode", "organisation.agency.regionCode.notAllowed",
                        "Only kecamatan and kelurahan offices serve a region");
            }
            return Optional.empty();
        }
        String wanted = code.orElseThrow(() -> new InvalidInputException("regionCode",
                "organisation.agency.regionCode.required", "A " + kind + " office needs the region it serves"));
        return Optional.of(regions.byCode(tenant, wanted)
                .filter(region -> region.level() == level.get())
                .map(RegionView::code)
                .orElseThrow(() -> new InvalidInputException("regionCode", "organisation.agency.regionCode.unknown",
                        "No " + level.get() + " with code " + wanted, wanted)));
    }

    /** Now, to the microsecond that PostgreSQL keeps, so a returned view equals the row read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireTenant(TenantId tenant) {
        if (tenants.byCode(tenant).isEmpty()) {
            throw new InvalidInputException("organisation.tenant.unknown", "Tenant " + tenant + " is not registered",
                    tenant.code());
        }
    }

    private static String agencyCode(@Nullable String code) {
        String value = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!AGENCY_CODE.matcher(value).matches()) {
            throw new InvalidInputException("code", "organisation.agency.code.invalid",
                    "Code: 2-40 lowercase letters, digits and hyphens");
        }
        return value;
    }

    private static AgencyKind kind(@Nullable AgencyKind kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "organisation.agency.kind.required", "Choose the kind of agency");
        }
        return kind;
    }

    /** A required text of at most {@code max} characters; message keys {@code <keyPrefix>.required|.tooLong}. */
    private static String text(String field, @Nullable String value, int max, String keyPrefix) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException(field, keyPrefix + ".required", field + " is required");
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(field, keyPrefix + ".tooLong", field + " is longer than " + max, max);
        }
        return stripped;
    }

    private static ConflictException stale() {
        return new ConflictException("organisation.agency.stale", "The agency was changed by someone else meanwhile");
    }
}
