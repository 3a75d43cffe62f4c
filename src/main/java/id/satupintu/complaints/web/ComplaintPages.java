package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.MapCluster;
import id.satupintu.complaints.PhotoContent;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.web.ComplaintPageModel.*;

/**
 * The public side of complaints (pengaduan): everyone may browse the public list and map and read a public
 * complaint with its photos and timeline. What a visitor may see is decided by the complaints module: a complaint
 * that is not public and not theirs is simply not found. Nothing on these pages names or describes a reporter.
 */
@PageController
public class ComplaintPages {

    static final int PAGE_SIZE = 20;

    private final PublicComplaints feed;
    private final Organisation organisation;
    private final ComplaintPageParts parts;

    ComplaintPages(PublicComplaints feed, Organisation organisation, ComplaintPageParts parts) {
        this.feed = feed;
        this.organisation = organisation;
        this.parts = parts;
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
        ParsedFilters parsed = parts.parse(tenant, filters, pageIndex, PAGE_SIZE);
        problems.addAll(parsed.problems());
        ComplaintPage<PublicComplaint> items = problems.isEmpty()
                ? feed.publicList(tenant, parsed.query())
                : new ComplaintPage<>(List.of(), pageIndex, PAGE_SIZE, false);
        model.addAttribute("filters", filters);
        model.addAttribute("choices", parts.choices(tenant, t));
        model.addAttribute("items", items);
        model.addAttribute("names", parts.names(tenant));
        model.addAttribute("errors", ComplaintPageParts.errors(problems, t));
        return "complaints/list";
    }

    @GetMapping("/pengaduan/peta")
    String mapPage(TenantId tenant, jakarta.servlet.http.HttpServletRequest request,
                   @ModelAttribute("t") I18n t, Model model) {
        Filters filters = Filters.of(request);
        ParsedFilters parsed = parts.parse(tenant, filters, 0, PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("choices", parts.choices(tenant, t));
        model.addAttribute("errors", ComplaintPageParts.errors(parsed.problems(), t));
        model.addAttribute("map", parts.map());
        return "complaints/map";
    }

    /**
     * The map's data as JSON: public complaints grouped per grid cell of the visible box. A {@code @RestController}
     * of its own, so that a wrong box or filter answers as problem+json (through the shell's API error handling)
     * rather than as an HTML page.
     */
    @RestController
    static class MapData {

        private final PublicComplaints feed;
        private final ComplaintPageParts parts;

        MapData(PublicComplaints feed, ComplaintPageParts parts) {
            this.feed = feed;
            this.parts = parts;
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
            ParsedFilters parsed = parts.parse(tenant, Filters.of(request), 0, PAGE_SIZE);
            InvalidInputsException.throwIfAny(parsed.problems());
            double cell = cellDegrees(level);
            List<Marker> markers = feed.mapClusters(tenant, parsed.query(), box[0], box[1], box[2], box[3], cell)
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
        return parts.complaintPage(tenant, code, FormErrors.none(), Typed.empty(), model);
    }

    @GetMapping("/pengaduan/foto/{photoId}")
    ResponseEntity<byte[]> photo(TenantId tenant, @PathVariable String photoId) {
        UUID id = ComplaintPageParts.uuid(photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
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

}
