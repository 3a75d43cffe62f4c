package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintAction;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.complaints.internal.ComplaintsProperties;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Component;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.Dates;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.web.ComplaintPageModel.*;

/**
 * What the complaint pages share: the settings and names the templates are given, the filters read from a request,
 * a complaint's page (public, the citizen's own, or the holder of its secret), and the small readings of form input.
 */
@Component
class ComplaintPageParts {

    private static final int MAX_TEXT_FILTER = 200;

    private final ComplaintFiling filing;
    private final ComplaintLookup lookup;
    private final PublicComplaints feed;
    private final Organisation organisation;
    private final MapSettings map;

    ComplaintPageParts(ComplaintFiling filing, ComplaintLookup lookup, PublicComplaints feed, Organisation organisation,
                       ComplaintsProperties settings) {
        this.filing = filing;
        this.lookup = lookup;
        this.feed = feed;
        this.organisation = organisation;
        this.map = MapSettings.of(settings.mapCenter(), settings.mapZoom(), settings.mapTiles(), settings.maxPhotos(),
                Math.max(1, settings.maxPhotoSize().toMegabytes()), settings.maxPhotoEdge());
    }

    MapSettings map() {
        return map;
    }

    String complaintPage(TenantId tenant, String code, FormErrors errors, Typed typed, Model model) {
        Optional<Viewer> viewer = Viewers.current();
        Optional<ComplaintView> own = viewer.filter(v -> v.has(Role.CITIZEN))
                .flatMap(v -> lookup.findByTrackingCode(v, code));
        Optional<PublicComplaint> listed = feed.publicComplaint(tenant, code);
        if (listed.isEmpty() && own.isEmpty()) {
            throw new NotFoundException("complaint", code);
        }
        Shown shown = listed.map(c -> Shown.of(c, own)).orElseGet(() -> Shown.of(own.orElseThrow()));
        boolean reporter = own.flatMap(ComplaintView::reporterId)
                .filter(id -> viewer.map(Viewer::accountId).filter(id::equals).isPresent()).isPresent();
        boolean supporter = own.isPresent() && !reporter;
        boolean citizen = viewer.filter(v -> v.has(Role.CITIZEN)).isPresent();
        boolean open = shown.status().isOpen();
        // the reporter's moves come with their own view of the complaint, computed once by the module
        Actions actions = new Actions(reporter, supporter,
                citizen && listed.isPresent() && open && !reporter && !supporter,
                viewer.isEmpty() && open,
                own.filter(c -> c.may(ComplaintAction.CONFIRM)).isPresent(),
                own.filter(c -> c.may(ComplaintAction.RATE)).isPresent());
        List<ComplaintEvent> timeline = reporter ? lookup.timeline(viewer.orElseThrow(), shown.id())
                : listed.isPresent() ? feed.publicTimeline(tenant, shown.trackingCode())
                : lookup.timeline(viewer.orElseThrow(), shown.id());
        model.addAttribute("c", shown);
        model.addAttribute("category", filing.category(tenant, shown.categoryCode()));
        model.addAttribute("names", names(tenant));
        model.addAttribute("timeline", timeline);
        model.addAttribute("actions", actions);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("map", map);
        return "complaints/detail";
    }

    String followUpPage(TenantId tenant, ReporterSecret key, FormErrors errors, Typed typed, Model model) {
        return followUpPage(tenant, key, lookup.followUp(key)
                .orElseThrow(() -> new NotFoundException("complaint", key.trackingCode())), errors, typed, model);
    }

    String followUpPage(TenantId tenant, ReporterSecret key, ComplaintView complaint, FormErrors errors, Typed typed,
                                Model model) {
        Actions actions = new Actions(true, false, false, false, complaint.may(ComplaintAction.CONFIRM),
                complaint.may(ComplaintAction.RATE));
        model.addAttribute("c", Shown.of(complaint));
        model.addAttribute("category", filing.category(tenant, complaint.categoryCode()));
        model.addAttribute("names", names(tenant));
        model.addAttribute("timeline", lookup.timeline(key));
        model.addAttribute("actions", actions);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("map", map);
        model.addAttribute("actionBase", followUpPath(complaint.trackingCode(), key.secret()) + "/");
        return "complaints/detail";
    }

    /** The secret is in the address: never sent on as a referrer, never kept in a shared cache. */
    static int starCount(String stars) {
        try {
            return Integer.parseInt(stars.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void privateSecretPage(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    static String followUpPath(String code, String secret) {
        return "/pengaduan/lanjut/" + code + "/" + secret;
    }


    // =====================================================================================================
    // helpers
    // =====================================================================================================

    /** The signed-in citizen; anyone else is sent to sign in (and back) or refused. */
    static Viewer citizen() {
        Viewer viewer = Viewers.required();
        if (!viewer.has(Role.CITIZEN)) {
            throw new AccessDeniedException("citizens only");
        }
        return viewer;
    }

    static UUID complaintId(String id) {
        return uuid(id).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tracking code of a complaint the citizen may see (theirs, joined, or public). */
    String codeOf(TenantId tenant, Viewer citizen, UUID id) {
        return lookup.find(citizen, id).map(ComplaintView::trackingCode)
                .or(() -> feed.publicComplaint(tenant, id).map(PublicComplaint::trackingCode))
                .orElseThrow(() -> new NotFoundException("complaint", id));
    }

    static boolean isOn(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    static List<NewComplaint.Photo> photos(@Nullable List<MultipartFile> files) {
        List<NewComplaint.Photo> photos = new ArrayList<>();
        if (files == null) {
            return photos;
        }
        for (MultipartFile file : files) {
            // a file input left empty still sends a part, without a name or content
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                photos.add(new NewComplaint.Photo(Optional.ofNullable(file.getOriginalFilename()).orElse("foto"), file.getBytes()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return photos;
    }

    /** The filters as a query, or what is wrong with them (each with the form field to fix). */
    ParsedFilters parse(TenantId tenant, Filters filters, int page, int size) {
        List<InvalidInputException> problems = new ArrayList<>();
        Optional<String> category = Optional.of(filters.category().strip()).filter(s -> !s.isEmpty());
        if (category.isPresent() && filing.category(tenant, category.get()).isEmpty()) {
            problems.add(new InvalidInputException("kategori", "complaint.category.unknown", "No such category"));
        }
        Optional<String> agency = Optional.of(filters.agency().strip()).filter(s -> !s.isEmpty());
        if (agency.isPresent() && organisation.agencyByCode(tenant, agency.get()).isEmpty()) {
            problems.add(new InvalidInputException("instansi", "complaints.web.filter.agency.unknown", "No such agency"));
        }
        Optional<ComplaintStatus> status = Optional.empty();
        String statusText = filters.status().strip();
        if (!statusText.isEmpty()) {
            status = java.util.Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(statusText)).findFirst();
            if (status.isEmpty()) {
                problems.add(new InvalidInputException("status", "complaints.web.filter.status.unknown", "No such status"));
            }
        }
        Optional<String> kecamatan = Optional.of(filters.kecamatan().strip()).filter(s -> !s.isEmpty());
        if (kecamatan.isPresent() && organisation.region(tenant, kecamatan.get())
                .filter(region -> region.level() == RegionLevel.KECAMATAN).isEmpty()) {
            problems.add(new InvalidInputException("kecamatan", "complaints.web.filter.kecamatan.unknown", "No such kecamatan"));
        }
        Optional<LocalDate> from = date(filters.from(), "dari", problems);
        Optional<LocalDate> to = date(filters.to(), "sampai", problems);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problems.add(new InvalidInputException("sampai", "complaints.web.filter.date.order", "'to' is before 'from'"));
        }
        Optional<String> text = Optional.of(filters.text().strip()).filter(s -> !s.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT_FILTER) {
            problems.add(new InvalidInputException("q", "complaints.web.filter.text.long", "Search text too long", MAX_TEXT_FILTER));
        }
        ComplaintQuery query = new ComplaintQuery(category, agency, status, Optional.empty(), kecamatan,
                from.map(d -> d.atStartOfDay(Dates.JAKARTA).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(Dates.JAKARTA).toInstant().minusNanos(1000)),
                text, filters.overdue(), page, size);
        return new ParsedFilters(query, problems);
    }

    static Optional<LocalDate> date(String text, String field, List<InvalidInputException> problems) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add(new InvalidInputException(field, "complaints.web.filter.date.invalid", "Not a date"));
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInputException(field, "complaints.web.filter.date.invalid", "Not a date"));
            return Optional.empty();
        }
    }

    static FormErrors errors(List<InvalidInputException> problems, I18n t) {
        return new FormErrors(problems.stream()
                .map(p -> new FormErrors.Entry(p.field(), t.m(p.messageKey(), p.arguments()))).toList());
    }

    FilterChoices choices(TenantId tenant, I18n t) {
        List<AgencyView> agencies = organisation.agencies(tenant).stream().filter(AgencyView::active)
                .sorted(Comparator.comparing((AgencyView agency) -> agency.kind().isOffice())
                        .thenComparing(agency -> agency.name(t.lang())))
                .toList();
        List<RegionView> kecamatan = organisation.regions(tenant, RegionLevel.KECAMATAN, Optional.empty()).stream()
                .sorted(Comparator.comparing(RegionView::name)).toList();
        return new FilterChoices(categoryGroups(tenant, t), agencies, kecamatan, List.of(ComplaintStatus.values()));
    }

    List<CategoryGroup> categoryGroups(TenantId tenant, I18n t) {
        Map<String, List<ComplaintCategory>> byGroup = new LinkedHashMap<>();
        filing.categories(tenant).forEach(category ->
                byGroup.computeIfAbsent(category.group(), group -> new ArrayList<>()).add(category));
        return byGroup.entrySet().stream().map(entry -> {
            String key = "complaints.group." + entry.getKey();
            String label = t.m(key);
            return new CategoryGroup(label.equals(key) ? entry.getKey() : label, List.copyOf(entry.getValue()));
        }).toList();
    }

    Names names(TenantId tenant) {
        Map<String, ComplaintCategory> categories = new HashMap<>();
        filing.categories(tenant).forEach(category -> categories.put(category.code(), category));
        Map<String, AgencyView> agencies = new HashMap<>();
        organisation.agencies(tenant).forEach(agency -> agencies.put(agency.code(), agency));
        Map<String, String> regions = new HashMap<>();
        organisation.regions(tenant, RegionLevel.KECAMATAN, Optional.empty()).forEach(r -> regions.put(r.code(), r.name()));
        organisation.regions(tenant, RegionLevel.KELURAHAN, Optional.empty()).forEach(r -> regions.put(r.code(), r.name()));
        return new Names(categories, agencies, regions);
    }
}
