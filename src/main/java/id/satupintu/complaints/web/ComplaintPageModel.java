package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.InvalidInputException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the complaint templates are given: records only, built by the page controllers. */
public final class ComplaintPageModel {

    private ComplaintPageModel() {
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
                    ComplaintPageParts.isOn(param(request, "terlambat")));
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

    public record FollowUpLink(String secret, String path) {
    }

}
