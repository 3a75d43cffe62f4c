package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NearbyComplaint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.web.ComplaintPageModel.*;

/**
 * A signed-in citizen files a complaint on one page (a point on the map or an address, photos, how much of them is
 * shown) and is offered to join a similar open complaint nearby instead ("Saya juga").
 */
@PageController
public class ComplaintFilingPages {

    private final ComplaintFiling filing;
    private final ComplaintLookup lookup;
    private final PublicComplaints feed;
    private final ComplaintPageParts parts;

    ComplaintFilingPages(ComplaintFiling filing, ComplaintLookup lookup, PublicComplaints feed, ComplaintPageParts parts) {
        this.filing = filing;
        this.lookup = lookup;
        this.feed = feed;
        this.parts = parts;
    }

    // =====================================================================================================
    // filing
    // =====================================================================================================

    @GetMapping("/pengaduan/lapor")
    String fileForm(TenantId tenant, @RequestParam(name = "kategori", defaultValue = "") String category,
                    @ModelAttribute("t") I18n t, Model model) {
        ComplaintPageParts.citizen();
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
        Viewer citizen = ComplaintPageParts.citizen();
        List<NewComplaint.Photo> photos = ComplaintPageParts.photos(files);
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
        model.addAttribute("groups", parts.categoryGroups(tenant, t));
        model.addAttribute("errors", errors);
        model.addAttribute("nearby", nearby);
        model.addAttribute("map", parts.map());
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
        Viewer citizen = ComplaintPageParts.citizen();
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
        Viewer citizen = ComplaintPageParts.citizen();
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
                model.addAttribute("followUp", Optional.of(new FollowUpLink(secret, ComplaintPageParts.followUpPath(code, secret))));
            }
        } else {
            return "redirect:/pengaduan/" + code;
        }
        model.addAttribute("names", parts.names(tenant));
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", Optional.<FollowUpLink>empty());
        }
        return "complaints/filed";
    }

    /** The secret of an anonymous complaint and the address of its follow-up page, shown once after filing. */
}
