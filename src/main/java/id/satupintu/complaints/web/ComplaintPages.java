package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintAction;
import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.MapCluster;
import id.satupintu.complaints.NearbyComplaint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PhotoContent;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.Dates;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The public and citizen side of complaints (pengaduan): everyone may browse the public list and map and read a
 * public complaint with its photos and timeline; a signed-in citizen files a complaint on one page (a point on the
 * map or an address, photos, how much of them is shown), is offered to join a similar open complaint nearby
 * instead ("Saya juga"), follows their complaints, and confirms, disputes or rates a resolution.
 *
 * <p>What a visitor may see or do is decided by {@link Complaints}: a complaint that is not public and not theirs is
 * simply not found. Nothing on these pages names or describes a reporter.
 */
@PageController
public class ComplaintPages {

    static final int PAGE_SIZE = 20;
    private static final int MAX_TEXT_FILTER = 200;

    private final ComplaintFiling filing;
    private final ComplaintLookup lookup;
    private final ReporterFollowUp followUps;
    private final PublicComplaints feed;
    private final Organisation organisation;
    private final MapSettings map;

    ComplaintPages(ComplaintFiling filing, ComplaintLookup lookup, ReporterFollowUp followUps, PublicComplaints feed, Organisation organisation,
                   @Value("${satupintu.complaints.map-center:-7.2575,112.7521}") String mapCenter,
                   @Value("${satupintu.complaints.map-zoom:12}") int mapZoom,
                   @Value("${satupintu.complaints.map-tiles:osm}") String mapTiles,
                   @Value("${satupintu.complaints.max-photos:3}") int maxPhotos,
                   @Value("${satupintu.complaints.max-photo-size:8MB}") org.springframework.util.unit.DataSize maxPhotoSize,
                   @Value("${satupintu.complaints.max-photo-edge:1600}") int maxPhotoEdge) {
        this.filing = filing;
        this.lookup = lookup;
        this.followUps = followUps;
        this.feed = feed;
        this.organisation = organisation;
        this.map = MapSettings.of(mapCenter, mapZoom, mapTiles, maxPhotos, Math.max(1, maxPhotoSize.toMegabytes()), maxPhotoEdge);
    }

    // =====================================================================================================
    // what the templates are given
    // =====================================================================================================

    /**
     * Where the maps open (the city's centre, {@code satupintu.complaints.map-center}, and zoom), where their tiles come
     * from ({@code satupintu.complaints.map-tiles}: {@code osm} for OpenStreetMap's tile server, a URL template with
     * {z}, {x} and {y} for another one, {@code none} for no background, e.g. offline), and the photo limits the
     * filing form announces (and the longest edge the browser scales photos down to before sending them).
     */
    public record MapSettings(String lat, String lon, int zoom, String tiles, int maxPhotos, long maxPhotoMb,
                              int maxPhotoEdge) {

        static final String OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

        static MapSettings of(String center, int zoom, String tiles, int maxPhotos, long maxPhotoMb, int maxPhotoEdge) {
            String[] parts = center.split(",");
            double lat = -7.2575;
            double lon = 112.7521;
            if (parts.length == 2) {
                try {
                    lat = Double.parseDouble(parts[0].strip());
                    lon = Double.parseDouble(parts[1].strip());
                } catch (NumberFormatException ignored) {
                    // keep the default centre
                }
            }
            String source = tiles.strip();
            String template = source.isEmpty() || "osm".equalsIgnoreCase(source) ? OSM
                    : "none".equalsIgnoreCase(source) ? "" : source;
            return new MapSettings(ComplaintFormat.plain(lat), ComplaintFormat.plain(lon), Math.max(3, Math.min(zoom, 18)),
                    template, maxPhotos, maxPhotoMb, maxPhotoEdge);
        }
    }

    /** Names of the tenant's categories, agencies and regions by code; an unknown code shows as it is. */
    public record Names(Map<String, ComplaintCategory> categories, Map<String, AgencyView> agencies,
                        Map<String, String> regions) {

        public String category(String code, String lang) {
            ComplaintCategory category = categories.get(code);
            return category == null ? code : category.name(lang);
        }

        public String agency(String code, String lang) {
            AgencyView agency = agencies.get(code);
            return agency == null ? code : agency.name(lang);
        }

        public String region(String code) {
            return regions.getOrDefault(code, code);
        }

        /** "Kelurahan X, Kecamatan Y" (whatever of it is known), or an empty string. */
        public String place(Optional<String> kelurahan, Optional<String> kecamatan) {
            List<String> parts = new ArrayList<>();
            kelurahan.map(this::region).ifPresent(parts::add);
            kecamatan.map(this::region).ifPresent(parts::add);
            return String.join(", ", parts);
        }
    }

    /** The categories under one heading, for an optgroup. */
    public record CategoryGroup(String label, List<ComplaintCategory> categories) {
    }

    /**
     * The filters of the list and the map as typed (so a refused value is shown again), and how to repeat them in a
     * link.
     */
    public record Filters(String category, String agency, String status, String kecamatan, String from, String to,
                          String text, boolean overdue) {

        /** The filters of a request, by their parameter names on the pages (absent ones empty). */
        static Filters of(jakarta.servlet.http.HttpServletRequest request) {
            return new Filters(param(request, "kategori"), param(request, "instansi"), param(request, "status"),
                    param(request, "kecamatan"), param(request, "dari"), param(request, "sampai"), param(request, "q"),
                    isOn(param(request, "terlambat")));
        }

        private static String param(jakarta.servlet.http.HttpServletRequest request, String name) {
            String value = request.getParameter(name);
            return value == null ? "" : value;
        }

        /** The filters as a query string without the leading "?" (empty values left out), for links and the map. */
        public String query() {
            UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
            add(uri, "kategori", category);
            add(uri, "instansi", agency);
            add(uri, "status", status);
            add(uri, "kecamatan", kecamatan);
            add(uri, "dari", from);
            add(uri, "sampai", to);
            add(uri, "q", text);
            if (overdue) {
                uri.queryParam("terlambat", "1");
            }
            String query = uri.encode().build().getQuery();
            return query == null ? "" : query;
        }

        /** A link to a page of the list with these filters. */
        public String pageLink(int page) {
            String query = query();
            String pagePart = page > 0 ? "halaman=" + (page + 1) : "";
            String all = query.isEmpty() ? pagePart : pagePart.isEmpty() ? query : query + "&" + pagePart;
            return "/pengaduan" + (all.isEmpty() ? "" : "?" + all);
        }

        public String mapLink() {
            String query = query();
            return "/pengaduan/peta" + (query.isEmpty() ? "" : "?" + query);
        }

        public String listLink() {
            return pageLink(0);
        }

        public boolean any() {
            return !query().isEmpty();
        }

        private static void add(UriComponentsBuilder uri, String name, String value) {
            if (!value.isBlank()) {
                uri.queryParam(name, value.strip());
            }
        }
    }

    /** What the filters came to: the query, or the values that were refused. */
    record ParsedFilters(ComplaintQuery query, List<InvalidInputException> problems) {
    }

    /** The choices of the filter form. */
    public record FilterChoices(List<CategoryGroup> categories, List<AgencyView> agencies, List<RegionView> kecamatan,
                                List<ComplaintStatus> statuses) {
    }

    /**
     * A complaint as its page shows it: the public view for everyone, or (for a complaint that is not listed
     * publicly) the reporter's own view.
     *
     * @param agencies the agencies and offices working on it, in dispatch order
     * @param privacy  only for its reporter
     */
    public record Shown(UUID id, String trackingCode, String categoryCode, String description, Optional<GeoPoint> point,
                        Optional<String> address, Optional<String> kecamatanCode, Optional<String> kelurahanCode,
                        ComplaintStatus status, List<String> agencies, int supporters, List<UUID> photoIds,
                        Instant submittedAt, Optional<Instant> expectedAt, Optional<String> statusNote, boolean overdue,
                        Optional<PrivacyMode> privacy, Optional<Integer> rating) {

        static Shown of(PublicComplaint c, Optional<ComplaintView> own) {
            return new Shown(c.id(), c.trackingCode(), c.categoryCode(), c.description(), c.point(), c.address(),
                    c.kecamatanCode(), c.kelurahanCode(), c.status(), c.agencies(), c.supporters(), c.photoIds(),
                    c.submittedAt(), c.expectedAt(), c.statusNote(), c.overdue(), own.map(ComplaintView::privacy),
                    own.flatMap(ComplaintView::rating));
        }

        static Shown of(ComplaintView c) {
            List<String> agencies = c.tasks().stream()
                    .filter(task -> task.status() != TaskStatus.HANDED_OVER && task.status() != TaskStatus.CANCELLED)
                    .map(task -> task.agencyCode()).distinct().toList();
            return new Shown(c.id(), c.trackingCode(), c.categoryCode(), c.description(), c.point(), c.address(),
                    c.kecamatanCode(), c.kelurahanCode(), c.status(), agencies, c.supporters(), c.photoIds(),
                    c.submittedAt(), c.resolveDue(), c.statusNote(), c.overdue(), Optional.of(c.privacy()), c.rating());
        }
    }

    /** What the signed-in visitor may do on a complaint's page. */
    public record Actions(boolean reporter, boolean supporter, boolean join, boolean signInToJoin, boolean confirm,
                          boolean rate) {

        static Actions none() {
            return new Actions(false, false, false, false, false, false);
        }
    }

    /** What was typed into the action forms of a complaint's page, to show again with an error. */
    public record Typed(String reason, String stars, String comment) {

        static Typed empty() {
            return new Typed("", "", "");
        }
    }

    /**
     * The filing form as typed.
     *
     * @param key           the form's random token: a second submission of the same form files nothing new
     * @param photosDropped photos were chosen but the page came back (an error, similar complaints): choose them again
     */
    public record FileForm(String category, String description, String lat, String lon, String address, String privacy,
                           String key, boolean photosDropped) {

        static FileForm empty() {
            return new FileForm("", "", "", "", "", "", UUID.randomUUID().toString(), false);
        }

        public boolean hasPoint() {
            return !lat.isBlank() && !lon.isBlank();
        }
    }

    // =====================================================================================================
    // the public list and map
    // =====================================================================================================

    @GetMapping("/pengaduan")
    String list(TenantId tenant, jakarta.servlet.http.HttpServletRequest request,
                @RequestParam(name = "halaman", defaultValue = "1") String page,
                @ModelAttribute("t") I18n t, Model model) {
        Filters filters = Filters.of(request);
        List<InvalidInputException> problems = new ArrayList<>();
        int pageIndex = 0;
        try {
            pageIndex = Integer.parseInt(page.strip()) - 1;
        } catch (NumberFormatException e) {
            pageIndex = -1;
        }
        if (pageIndex < 0 || pageIndex > 100_000) {
            pageIndex = 0; // a page number that is not one: the first page
        }
        ParsedFilters parsed = parse(tenant, filters, pageIndex, PAGE_SIZE);
        problems.addAll(parsed.problems());
        ComplaintPage<PublicComplaint> items = problems.isEmpty()
                ? feed.publicList(tenant, parsed.query())
                : new ComplaintPage<>(List.of(), pageIndex, PAGE_SIZE, false);
        model.addAttribute("filters", filters);
        model.addAttribute("choices", choices(tenant, t));
        model.addAttribute("items", items);
        model.addAttribute("names", names(tenant));
        model.addAttribute("errors", errors(problems, t));
        return "complaints/list";
    }

    @GetMapping("/pengaduan/peta")
    String mapPage(TenantId tenant, jakarta.servlet.http.HttpServletRequest request,
                   @ModelAttribute("t") I18n t, Model model) {
        Filters filters = Filters.of(request);
        ParsedFilters parsed = parse(tenant, filters, 0, PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("choices", choices(tenant, t));
        model.addAttribute("errors", errors(parsed.problems(), t));
        model.addAttribute("map", map);
        return "complaints/map";
    }

    /**
     * The map's data as JSON: public complaints grouped per grid cell of the visible box. A {@code @RestController}
     * of its own, so that a wrong box or filter answers as problem+json (through the shell's API error handling)
     * rather than as an HTML page.
     */
    @RestController
    static class MapData {

        private final ComplaintPages pages;

        MapData(ComplaintPages pages) {
            this.pages = pages;
        }

        /** One marker: a single complaint (with its code and page) or a group of them. */
        public record Marker(double lat, double lon, int count, int overdue, @Nullable String trackingCode,
                             @Nullable String url) {
        }

        public record Markers(List<Marker> clusters, double cellDegrees) {
        }

        @GetMapping(value = "/pengaduan/peta/data", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Markers> data(TenantId tenant, @RequestParam(name = "bbox", defaultValue = "") String bbox,
                                     @RequestParam(name = "zoom", defaultValue = "12") String zoom,
                                     jakarta.servlet.http.HttpServletRequest request) {
            double[] box = bbox(bbox);
            int level;
            try {
                level = Integer.parseInt(zoom.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("zoom", "complaints.web.map.zoom", "zoom must be a whole number from 0 to 22");
            }
            if (level < 0 || level > 22) {
                throw new InvalidInputException("zoom", "complaints.web.map.zoom", "zoom must be a whole number from 0 to 22");
            }
            ParsedFilters parsed = pages.parse(tenant, Filters.of(request), 0, PAGE_SIZE);
            InvalidInputsException.throwIfAny(parsed.problems());
            double cell = cellDegrees(level);
            List<Marker> markers = pages.feed.mapClusters(tenant, parsed.query(), box[0], box[1], box[2], box[3], cell)
                    .stream().map(MapData::marker).toList();
            // private: the tenant may come from the signed-in visitor rather than the host, so no shared cache
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePrivate())
                    .body(new Markers(markers, cell));
        }

        private static Marker marker(MapCluster cluster) {
            boolean single = cluster.count() == 1 && cluster.trackingCode() != null;
            return new Marker(cluster.lat(), cluster.lon(), cluster.count(), cluster.overdue(),
                    single ? cluster.trackingCode() : null, single ? "/pengaduan/" + cluster.trackingCode() : null);
        }

        /** south,west,north,east in degrees. */
        static double[] bbox(String text) {
            String[] parts = text.split(",");
            if (parts.length != 4) {
                throw badBox();
            }
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    box[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw badBox();
                }
                if (!Double.isFinite(box[i])) {
                    throw badBox();
                }
            }
            if (!(box[0] < box[2]) || !(box[1] < box[3]) || box[0] < -90 || box[2] > 90 || box[1] < -180 || box[3] > 180) {
                throw badBox();
            }
            return box;
        }

        private static InvalidInputException badBox() {
            return new InvalidInputException("bbox", "complaint.map.bbox", "The map box must be south,west,north,east in degrees");
        }

        /** About 64 screen pixels at the zoom level (a 256-pixel tile spans 360 / 2^zoom degrees of longitude). */
        static double cellDegrees(int zoom) {
            return Math.max(0.00002, Math.min(10, 360 / Math.pow(2, zoom + 2)));
        }
    }

    // =====================================================================================================
    // one complaint
    // =====================================================================================================

    @GetMapping("/pengaduan/{kode}")
    String complaint(TenantId tenant, @PathVariable("kode") String code, @ModelAttribute("t") I18n t, Model model) {
        Optional<TrackingCode> parsed = TrackingCode.parse(code);
        if (parsed.isPresent() && !parsed.get().value().equals(code)) {
            return "redirect:/pengaduan/" + parsed.get().value();
        }
        return complaintPage(tenant, code, FormErrors.none(), Typed.empty(), model);
    }

    private String complaintPage(TenantId tenant, String code, FormErrors errors, Typed typed, Model model) {
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

    @GetMapping("/pengaduan/foto/{photoId}")
    ResponseEntity<byte[]> photo(TenantId tenant, @PathVariable String photoId) {
        UUID id = uuid(photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
        PhotoContent photo = feed.photo(tenant, Viewers.current(), id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        MediaType type;
        try {
            type = MediaType.parseMediaType(photo.mediaType());
        } catch (IllegalArgumentException unknown) {
            type = MediaType.IMAGE_JPEG;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(photo.bytes().length)
                // private: a confidential complaint's photo must never sit in a shared cache
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(photo.bytes());
    }

    // =====================================================================================================
    // filing
    // =====================================================================================================

    @GetMapping("/pengaduan/lapor")
    String fileForm(TenantId tenant, @RequestParam(name = "kategori", defaultValue = "") String category,
                    @ModelAttribute("t") I18n t, Model model) {
        citizen();
        FileForm empty = FileForm.empty();
        FileForm form = filing.category(tenant, category.strip()).isPresent()
                ? new FileForm(category.strip(), "", "", "", "", "", empty.key(), false) : empty;
        return filePage(tenant, form, FormErrors.none(), List.of(), t, model);
    }

    @PostMapping("/pengaduan/lapor")
    String file(TenantId tenant, @RequestParam(name = "kategori", defaultValue = "") String category,
                @RequestParam(name = "uraian", defaultValue = "") String description,
                @RequestParam(name = "lat", defaultValue = "") String lat,
                @RequestParam(name = "lon", defaultValue = "") String lon,
                @RequestParam(name = "alamat", defaultValue = "") String address,
                @RequestParam(name = "privasi", defaultValue = "") String privacy,
                @RequestParam(name = "kunci", defaultValue = "") String key,
                @RequestParam(name = "lanjut", defaultValue = "") String goOn,
                @RequestParam(name = "foto", required = false) @Nullable List<MultipartFile> files,
                @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = citizen();
        List<NewComplaint.Photo> photos = photos(files);
        String safeKey = key.isBlank() || key.length() > 80 ? UUID.randomUUID().toString() : key.strip();
        FileForm form = new FileForm(category.strip(), description, lat.strip(), lon.strip(), address, privacy.strip(),
                safeKey, !photos.isEmpty());

        List<FormErrors.Entry> problems = new ArrayList<>();
        if (form.category().isEmpty()) {
            problems.add(new FormErrors.Entry("kategori", t.m("complaints.web.file.category.missing")));
        } else if (filing.category(tenant, form.category()).isEmpty()) {
            problems.add(new FormErrors.Entry("kategori", t.m("complaint.category.unknown")));
        }
        if (description.isBlank()) {
            problems.add(new FormErrors.Entry("uraian", t.m("complaints.web.file.description.missing")));
        }
        Optional<GeoPoint> point = Optional.empty();
        if (!form.lat().isEmpty() || !form.lon().isEmpty()) {
            try {
                point = Optional.of(new GeoPoint(Double.parseDouble(form.lat()), Double.parseDouble(form.lon())));
            } catch (NumberFormatException | InvalidInputException wrong) {
                problems.add(new FormErrors.Entry("tempat", t.m("complaints.web.file.point.invalid")));
            }
        } else if (address.isBlank()) {
            problems.add(new FormErrors.Entry("tempat", t.m("complaint.place.missing")));
        }
        Optional<PrivacyMode> mode = java.util.Arrays.stream(PrivacyMode.values())
                .filter(m -> m.name().equals(form.privacy())).findFirst();
        if (mode.isEmpty()) {
            problems.add(new FormErrors.Entry("privasi", t.m("complaints.web.file.privacy.missing")));
        }
        if (!problems.isEmpty()) {
            return filePage(tenant, form, new FormErrors(problems), List.of(), t, model);
        }
        if (point.isPresent() && !"1".equals(goOn)) {
            List<NearbyComplaint> nearby = similar(tenant, citizen, form.category(), point.get());
            if (!nearby.isEmpty()) {
                return filePage(tenant, form, FormErrors.none(), nearby, t, model);
            }
        }
        ComplaintView filed;
        try {
            filed = filing.file(citizen, new NewComplaint(form.category(), description, point,
                    Optional.of(address.strip()).filter(a -> !a.isEmpty()), mode.orElseThrow(), photos, Channel.WEB,
                    Optional.empty(), Optional.of("web:" + safeKey), t.lang()));
        } catch (InvalidInputException refused) {
            FormErrors errors = FormErrors.from(refused, t, "uraian");
            return filePage(tenant, form, new FormErrors(errors.entries().stream()
                    .map(entry -> new FormErrors.Entry(fileField(entry.field()), entry.message())).toList()), List.of(), t, model);
        }
        if (filed.privacy() == PrivacyMode.ANONYMOUS) {
            flash.addFlashAttribute("anonymousCode", filed.trackingCode());
            filed.reporterSecret().ifPresent(secret -> flash.addFlashAttribute("reporterSecret", secret));
        }
        return "redirect:/pengaduan/terkirim/" + filed.trackingCode();
    }

    /** The form field a service error is about. */
    private static String fileField(String serviceField) {
        return switch (serviceField) {
            case "category" -> "kategori";
            case "address" -> "alamat";
            case "place", "lat", "long", "lon" -> "tempat";
            case "photos" -> "foto";
            default -> "uraian";
        };
    }

    private String filePage(TenantId tenant, FileForm form, FormErrors errors, List<NearbyComplaint> nearby, I18n t, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("groups", categoryGroups(tenant, t));
        model.addAttribute("errors", errors);
        model.addAttribute("nearby", nearby);
        model.addAttribute("map", map);
        model.addAttribute("privacyModes", List.of(PrivacyMode.values()));
        return "complaints/file";
    }

    /**
     * The similar open complaints near a point, as a piece of the filing page that its script loads when the point
     * or the category changes. Wrong or missing input answers with nothing to show.
     */
    @GetMapping("/pengaduan/serupa")
    String similarFragment(TenantId tenant, @RequestParam(name = "kategori", defaultValue = "") String category,
                           @RequestParam(name = "lat", defaultValue = "") String lat,
                           @RequestParam(name = "lon", defaultValue = "") String lon, Model model) {
        Viewer citizen = citizen();
        List<NearbyComplaint> nearby = List.of();
        if (filing.category(tenant, category.strip()).isPresent()) {
            try {
                GeoPoint point = new GeoPoint(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()));
                nearby = similar(tenant, citizen, category.strip(), point);
            } catch (NumberFormatException | InvalidInputException ignored) {
                // nothing to suggest for a point that is not one
            }
        }
        model.addAttribute("nearby", nearby);
        model.addAttribute("server", false);
        return "complaints/similar";
    }

    /** Similar open complaints nearby, less the citizen's own (one cannot join them, and a resubmitted form finds its own). */
    private List<NearbyComplaint> similar(TenantId tenant, Viewer citizen, String category, GeoPoint point) {
        return filing.similarNearby(tenant, category, point).stream()
                .filter(n -> lookup.find(citizen, n.id()).flatMap(ComplaintView::reporterId)
                        .filter(citizen.accountId()::equals).isEmpty())
                .toList();
    }

    @GetMapping("/pengaduan/terkirim/{kode}")
    String filed(TenantId tenant, @PathVariable("kode") String code, Model model) {
        Viewer citizen = citizen();
        // set by the filing POST (a flash attribute) for an anonymous complaint
        Object anonymousCode = model.getAttribute("anonymousCode");
        Optional<ComplaintView> own = lookup.findByTrackingCode(citizen, code)
                .filter(c -> c.reporterId().filter(citizen.accountId()::equals).isPresent());
        if (own.isPresent()) {
            model.addAttribute("code", own.get().trackingCode());
            model.addAttribute("privacy", own.get().privacy());
            model.addAttribute("categoryCode", own.get().categoryCode());
            model.addAttribute("verifyDue", Optional.of(own.get().verifyDue()));
        } else if (code.equals(anonymousCode)) {
            // nobody is recorded for an anonymous complaint: only the page right after filing knows it is theirs
            PublicComplaint listed = feed.publicComplaint(tenant, code)
                    .orElseThrow(() -> new NotFoundException("complaint", code));
            model.addAttribute("code", listed.trackingCode());
            model.addAttribute("privacy", PrivacyMode.ANONYMOUS);
            model.addAttribute("categoryCode", listed.categoryCode());
            model.addAttribute("verifyDue", Optional.<Instant>empty());
            if (model.getAttribute("reporterSecret") instanceof String secret) {
                model.addAttribute("followUp", Optional.of(new FollowUpLink(secret, followUpPath(code, secret))));
            }
        } else {
            return "redirect:/pengaduan/" + code;
        }
        model.addAttribute("names", names(tenant));
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", Optional.<FollowUpLink>empty());
        }
        return "complaints/filed";
    }

    /** The secret of an anonymous complaint and the address of its follow-up page, shown once after filing. */
    public record FollowUpLink(String secret, String path) {
    }

    private static String followUpPath(String code, String secret) {
        return "/pengaduan/lanjut/" + code + "/" + secret;
    }

    // =====================================================================================================
    // a reporter without an account, with the secret handed out at filing
    // =====================================================================================================

    /** A form to type the tracking code and secret by hand (written down at a kiosk, say). */
    @GetMapping("/pengaduan/lanjut")
    String followUpForm(@RequestParam(name = "kode", defaultValue = "") String code,
                        @RequestParam(name = "rahasia", defaultValue = "") String secret,
                        @ModelAttribute("t") I18n t, Model model, HttpServletResponse response) {
        privateSecretPage(response);
        if (!code.isBlank() || !secret.isBlank()) {
            String cleanCode = code.strip().toUpperCase(java.util.Locale.ROOT);
            // as written down: any case, spaces or dashes anywhere; the address gets the printed form (groups of five)
            String plain = secret.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
            String cleanSecret = String.join("-", plain.split("(?<=\\G.{5})"));
            if (cleanCode.matches("[A-Z0-9-]{5,40}") && plain.matches("[A-Z0-9]{20}")) {
                return "redirect:" + followUpPath(cleanCode, cleanSecret);
            }
            model.addAttribute("errors", FormErrors.of(cleanCode.matches("[A-Z0-9-]{5,40}") ? "rahasia" : "kode",
                    t.m("complaints.web.followUp.notFound")));
        } else {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        return "complaints/follow-up-form";
    }

    @GetMapping("/pengaduan/lanjut/{kode}/{rahasia}")
    String followUp(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                    @ModelAttribute("t") I18n t, Model model, HttpServletResponse response) {
        privateSecretPage(response);
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        Optional<ComplaintView> complaint = lookup.followUp(key);
        if (complaint.isEmpty()) {
            // the same answer for an unknown code and a wrong secret: the form again, with what to check
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("errors", FormErrors.of("rahasia", t.m("complaints.web.followUp.notFound")));
            model.addAttribute("code", code);
            model.addAttribute("secret", "");
            return "complaints/follow-up-form";
        }
        return followUpPage(tenant, key, complaint.get(), FormErrors.none(), new Typed("", "", ""), model);
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/konfirmasi")
    String confirmWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                             RedirectAttributes flash) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.confirm(key), "complaints.web.done.confirmed", "#penilaian", flash,
                refused -> {
                    throw refused;
                });
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/sanggah")
    String disputeWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                             @RequestParam(name = "alasan", defaultValue = "") String reason,
                             @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.dispute(key, reason), "complaints.web.done.disputed", "", flash, refused -> {
            privateSecretPage(response);
            return followUpPage(tenant, key, FormErrors.of("alasan", t.m(refused.messageKey(), refused.arguments())),
                    new Typed(reason, "", ""), model);
        });
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/nilai")
    String rateWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                          @RequestParam(name = "bintang", defaultValue = "") String stars,
                          @RequestParam(name = "komentar", defaultValue = "") String comment,
                          @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.rate(key, starCount(stars), comment), "complaints.web.done.rated", "", flash,
                refused -> {
                    privateSecretPage(response);
                    String field = "comment".equals(refused.field()) ? "komentar" : "bintang";
                    return followUpPage(tenant, key, FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())),
                            new Typed("", stars, comment), model);
                });
    }

    /**
     * One reporter action with the secret: done, back to the follow-up page (with a note); a move the complaint's
     * state refuses, back with the problem; bad input, the page again with the message at its field.
     */
    private String withSecret(ReporterSecret key, Runnable action, String done, String anchor, RedirectAttributes flash,
                              java.util.function.Function<InvalidInputException, String> invalid) {
        String page = followUpPath(key.trackingCode(), key.secret());
        try {
            action.run();
            flash.addFlashAttribute("done", done);
            return "redirect:" + page + anchor;
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:" + page;
        } catch (InvalidInputException refused) {
            return invalid.apply(refused);
        }
    }

    /** Stars as typed; anything that is not a number is 0, which the service refuses with its message. */
    private static int starCount(String stars) {
        try {
            return Integer.parseInt(stars.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String followUpPage(TenantId tenant, ReporterSecret key, FormErrors errors, Typed typed, Model model) {
        return followUpPage(tenant, key, lookup.followUp(key)
                .orElseThrow(() -> new NotFoundException("complaint", key.trackingCode())), errors, typed, model);
    }

    private String followUpPage(TenantId tenant, ReporterSecret key, ComplaintView complaint, FormErrors errors, Typed typed,
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
    private static void privateSecretPage(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    // =====================================================================================================
    // the citizen's complaints and actions
    // =====================================================================================================

    @GetMapping("/pengaduan/saya")
    String mine(TenantId tenant, Model model) {
        Viewer citizen = citizen();
        List<ComplaintView> all = filing.mine(citizen);
        model.addAttribute("filed", all.stream().filter(c -> c.reporterId().filter(citizen.accountId()::equals).isPresent()).toList());
        model.addAttribute("joined", all.stream().filter(c -> c.reporterId().filter(citizen.accountId()::equals).isEmpty()).toList());
        model.addAttribute("names", names(tenant));
        return "complaints/mine";
    }

    @PostMapping("/pengaduan/{id}/dukung")
    String join(TenantId tenant, @PathVariable String id, RedirectAttributes flash) {
        Viewer citizen = citizen();
        UUID complaintId = complaintId(id);
        try {
            ComplaintView joined = filing.join(citizen, complaintId);
            flash.addFlashAttribute("done", "complaints.web.done.joined");
            return "redirect:/pengaduan/" + joined.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + codeOf(tenant, citizen, complaintId);
        }
    }

    @PostMapping("/pengaduan/{id}/konfirmasi")
    String confirm(TenantId tenant, @PathVariable String id, RedirectAttributes flash) {
        Viewer citizen = citizen();
        UUID complaintId = complaintId(id);
        try {
            ComplaintView closed = followUps.confirm(citizen, complaintId);
            flash.addFlashAttribute("done", "complaints.web.done.confirmed");
            return "redirect:/pengaduan/" + closed.trackingCode() + "#penilaian";
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + codeOf(tenant, citizen, complaintId);
        }
    }

    @PostMapping("/pengaduan/{id}/sanggah")
    String dispute(TenantId tenant, @PathVariable String id, @RequestParam(name = "alasan", defaultValue = "") String reason,
                   @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = citizen();
        UUID complaintId = complaintId(id);
        try {
            ComplaintView disputed = followUps.dispute(citizen, complaintId, reason);
            flash.addFlashAttribute("done", "complaints.web.done.disputed");
            return "redirect:/pengaduan/" + disputed.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + codeOf(tenant, citizen, complaintId);
        } catch (InvalidInputException refused) {
            return complaintPage(tenant, codeOf(tenant, citizen, complaintId),
                    FormErrors.of("alasan", t.m(refused.messageKey(), refused.arguments())), new Typed(reason, "", ""), model);
        }
    }

    @PostMapping("/pengaduan/{id}/nilai")
    String rate(TenantId tenant, @PathVariable String id, @RequestParam(name = "bintang", defaultValue = "") String stars,
                @RequestParam(name = "komentar", defaultValue = "") String comment,
                @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = citizen();
        UUID complaintId = complaintId(id);
        Typed typed = new Typed("", stars, comment);
        try {
            ComplaintView rated = followUps.rate(citizen, complaintId, starCount(stars), comment);
            flash.addFlashAttribute("done", "complaints.web.done.rated");
            return "redirect:/pengaduan/" + rated.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + codeOf(tenant, citizen, complaintId);
        } catch (InvalidInputException refused) {
            String field = "comment".equals(refused.field()) ? "komentar" : "bintang";
            return complaintPage(tenant, codeOf(tenant, citizen, complaintId),
                    FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())), typed, model);
        }
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

    private static UUID complaintId(String id) {
        return uuid(id).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tracking code of a complaint the citizen may see (theirs, joined, or public). */
    private String codeOf(TenantId tenant, Viewer citizen, UUID id) {
        return lookup.find(citizen, id).map(ComplaintView::trackingCode)
                .or(() -> feed.publicComplaint(tenant, id).map(PublicComplaint::trackingCode))
                .orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private static boolean isOn(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    private static List<NewComplaint.Photo> photos(@Nullable List<MultipartFile> files) {
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

    private static Optional<LocalDate> date(String text, String field, List<InvalidInputException> problems) {
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

    private static FormErrors errors(List<InvalidInputException> problems, I18n t) {
        return new FormErrors(problems.stream()
                .map(p -> new FormErrors.Entry(p.field(), t.m(p.messageKey(), p.arguments()))).toList());
    }

    private FilterChoices choices(TenantId tenant, I18n t) {
        List<AgencyView> agencies = organisation.agencies(tenant).stream().filter(AgencyView::active)
                .sorted(Comparator.comparing((AgencyView agency) -> agency.kind().isOffice())
                        .thenComparing(agency -> agency.name(t.lang())))
                .toList();
        List<RegionView> kecamatan = organisation.regions(tenant, RegionLevel.KECAMATAN, Optional.empty()).stream()
                .sorted(Comparator.comparing(RegionView::name)).toList();
        return new FilterChoices(categoryGroups(tenant, t), agencies, kecamatan, List.of(ComplaintStatus.values()));
    }

    private List<CategoryGroup> categoryGroups(TenantId tenant, I18n t) {
        Map<String, List<ComplaintCategory>> byGroup = new LinkedHashMap<>();
        filing.categories(tenant).forEach(category ->
                byGroup.computeIfAbsent(category.group(), group -> new ArrayList<>()).add(category));
        return byGroup.entrySet().stream().map(entry -> {
            String key = "complaints.group." + entry.getKey();
            String label = t.m(key);
            return new CategoryGroup(label.equals(key) ? entry.getKey() : label, List.copyOf(entry.getValue()));
        }).toList();
    }

    private Names names(TenantId tenant) {
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
