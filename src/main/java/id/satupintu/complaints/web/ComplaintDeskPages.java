package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintCategory;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ComplaintDesk;
import id.satupintu.complaints.AgencyTasks;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskView;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The government side of complaints: the complaint desk verifies, rejects, dispatches, reopens and merges; each
 * agency (or kelurahan/kecamatan office) starts, resolves with a proof photo, or hands over its own tasks; both add
 * internal notes. Who may see or do what is decided by {@link Complaints}: anything else is "not found".
 */
@PageController
public class ComplaintDeskPages {

    private final ComplaintFiling filing;
    private final ComplaintLookup lookup;
    private final ComplaintDesk deskWork;
    private final AgencyTasks agencyTasks;
    private final Organisation organisation;

    ComplaintDeskPages(ComplaintFiling filing, ComplaintLookup lookup, ComplaintDesk deskWork, AgencyTasks agencyTasks,
                       Organisation organisation) {
        this.filing = filing;
        this.lookup = lookup;
        this.deskWork = deskWork;
        this.agencyTasks = agencyTasks;
        this.organisation = organisation;
    }

    /** Names of agencies and offices by code, in a page language. */
    public record Agencies(Map<String, AgencyView> byCode) {

        public String name(String code, String lang) {
            AgencyView agency = byCode.get(code);
            return agency == null ? code : agency.name(lang);
        }
    }

    Agencies agencies(TenantId tenant) {
        Map<String, AgencyView> byCode = new HashMap<>();
        organisation.agencies(tenant).forEach(agency -> byCode.put(agency.code(), agency));
        return new Agencies(byCode);
    }

    @GetMapping("/pengaduan/kelola")
    String queue(TenantId tenant, @RequestParam(name = "status", defaultValue = "") String status,
                 @RequestParam(name = "terlambat", defaultValue = "false") boolean overdue,
                 @RequestParam(name = "halaman", defaultValue = "0") int page,
                 @ModelAttribute("t") I18n t, Model model) {
        Viewer officer = officer();
        Optional<ComplaintStatus> only = java.util.Arrays.stream(ComplaintStatus.values())
                .filter(s -> s.name().equals(status)).findFirst();
        int safePage = Math.max(0, Math.min(page, 10_000));
        ComplaintPage<ComplaintView> items = deskWork.queue(officer, only, overdue, safePage);
        model.addAttribute("items", items);
        model.addAttribute("status", only.map(Enum::name).orElse(""));
        model.addAttribute("overdue", overdue);
        boolean desk = deskWork.isDesk(officer);
        model.addAttribute("desk", desk);
        model.addAttribute("states", queueStates(desk));
        model.addAttribute("agency", officer.agencyId().flatMap(id -> organisation.agency(tenant, id)));
        model.addAttribute("categories", categoryNames(tenant, t));
        return "complaints/officer-queue";
    }

    @GetMapping("/pengaduan/kelola/{id}")
    String caseView(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        return casePage(tenant, id, FormErrors.none(), t, model);
    }

    private String casePage(TenantId tenant, UUID id, FormErrors errors, I18n t, Model model) {
        Viewer officer = officer();
        ComplaintView complaint = lookup.find(officer, id).orElseThrow(() -> new NotFoundException("complaint", id.toString()));
        String myAgency = officer.agencyId().flatMap(agency -> organisation.agency(tenant, agency)).map(AgencyView::code).orElse("");
        List<AgencyView> targets = organisation.agencies(tenant).stream().filter(AgencyView::active)
                .sorted(Comparator.comparing((AgencyView agency) -> agency.kind().isOffice()).thenComparing(agency -> agency.name(t.lang())))
                .toList();
        model.addAttribute("c", complaint);
        model.addAttribute("category", filing.category(tenant, complaint.categoryCode()));
        model.addAttribute("desk", deskWork.isDesk(officer));
        model.addAttribute("myAgency", myAgency);
        model.addAttribute("agencies", agencies(tenant));
        model.addAttribute("targets", targets);
        model.addAttribute("agencyTargets", targets.stream().filter(agency -> !agency.kind().isOffice()).toList());
        model.addAttribute("officeTargets", targets.stream().filter(agency -> agency.kind().isOffice()).toList());
        model.addAttribute("suggested", suggestedTargets(tenant, complaint));
        model.addAttribute("suggestedOffice", complaint.kelurahanCode().map(code -> "kel-" + code.replace(".", "")).orElse(""));
        model.addAttribute("tiers", List.of(ResolutionTier.values()));
        model.addAttribute("area", complaint.kelurahanCode()
                .map(code -> organisation.region(tenant, code).map(region -> region.name()).orElse(code)).orElse(""));
        model.addAttribute("timeline", lookup.timeline(officer, id));
        model.addAttribute("notes", deskWork.notes(officer, id));
        model.addAttribute("errors", errors);
        return "complaints/officer-case";
    }

    /** The category's agency and the kelurahan office of the place, ticked by default when dispatching. */
    private List<String> suggestedTargets(TenantId tenant, ComplaintView complaint) {
        List<String> suggested = new java.util.ArrayList<>();
        filing.category(tenant, complaint.categoryCode()).map(ComplaintCategory::agencyCode).ifPresent(suggested::add);
        return suggested;
    }

    @PostMapping("/pengaduan/kelola/{id}/{action}")
    String act(TenantId tenant, @PathVariable UUID id, @PathVariable String action,
               @RequestParam(name = "alasan", defaultValue = "") String reason,
               @RequestParam(name = "tujuan", required = false) List<String> targets,
               @RequestParam(name = "tingkat", defaultValue = "") String tier,
               @RequestParam(name = "kode", defaultValue = "") String intoCode,
               @RequestParam(name = "isi", defaultValue = "") String note,
               @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer officer = officer();
        try {
            switch (action) {
                case "verifikasi" -> deskWork.verify(officer, id);
                case "tolak" -> deskWork.reject(officer, id, reason);
                case "teruskan" -> deskWork.dispatch(officer, id, targets == null ? List.of() : targets,
                        java.util.Arrays.stream(ResolutionTier.values()).filter(v -> v.name().equals(tier)).findFirst());
                case "buka-kembali" -> deskWork.reopen(officer, id, reason);
                case "gabung" -> deskWork.merge(officer, id, intoCode);
                case "catatan" -> deskWork.addNote(officer, id, note);
                default -> throw new NotFoundException("action", action);
            }
        } catch (ConflictException conflict) {
            flash.addFlashAttribute("problem", conflict.messageKey());
            return "redirect:/pengaduan/kelola/" + id;
        } catch (InvalidInputException refused) {
            String field = switch (action) {
                case "teruskan" -> "tujuan";
                case "gabung" -> "kode";
                case "catatan" -> "isi";
                case "buka-kembali" -> "alasan-buka";
                default -> "alasan";
            };
            model.addAttribute("problem", "");
            model.addAttribute("done", "");
            return casePage(tenant, id, FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())), t, model);
        }
        flash.addFlashAttribute("done", "complaints.officer.done." + action);
        return "redirect:/pengaduan/kelola/" + id + ("catatan".equals(action) ? "#catatan" : "");
    }

    @PostMapping("/pengaduan/kelola/{id}/tugas/{taskId}/{action}")
    String task(TenantId tenant, @PathVariable UUID id, @PathVariable UUID taskId, @PathVariable String action,
                @RequestParam(name = "catatan", defaultValue = "") String note,
                @RequestParam(name = "foto", required = false) MultipartFile photo,
                @RequestParam(name = "tujuan", defaultValue = "") String target,
                @RequestParam(name = "alasan", defaultValue = "") String reason,
                @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer officer = officer();
        TaskView task = lookup.find(officer, id).stream().flatMap(c -> c.tasks().stream())
                .filter(candidate -> candidate.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId.toString()));
        try {
            switch (action) {
                case "mulai" -> agencyTasks.startTask(officer, task.id());
                case "selesai" -> agencyTasks.resolveTask(officer, task.id(), note, upload(photo));
                case "alihkan" -> agencyTasks.handOverTask(officer, task.id(), target, reason);
                default -> throw new NotFoundException("action", action);
            }
        } catch (ConflictException conflict) {
            flash.addFlashAttribute("problem", conflict.messageKey());
            return "redirect:/pengaduan/kelola/" + id;
        } catch (InvalidInputException refused) {
            String sid = task.id().toString();
            String field = switch (action) {
                case "selesai" -> "proof".equals(refused.field()) ? "foto-" + sid : "catatan-" + sid;
                default -> ("agency".equals(refused.field()) ? "tujuan-" : "alasan-alih-") + sid;
            };
            model.addAttribute("problem", "");
            model.addAttribute("done", "");
            return casePage(tenant, id, FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())), t, model);
        }
        flash.addFlashAttribute("done", "complaints.officer.done.task." + action);
        return lookup.find(officer, id).isPresent() ? "redirect:/pengaduan/kelola/" + id : "redirect:/pengaduan/kelola";
    }

    private static Optional<NewComplaint.Photo> upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NewComplaint.Photo(String.valueOf(file.getOriginalFilename()), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> categoryNames(TenantId tenant, I18n t) {
        Map<String, String> names = new HashMap<>();
        filing.categories(tenant).forEach(category -> names.put(category.code(), category.name(t.lang())));
        return names;
    }

    private static Viewer officer() {
        return Viewers.current().filter(viewer -> viewer.has(Role.OFFICER) || viewer.has(Role.AGENCY_HEAD))
                .orElseThrow(() -> new NotFoundException("complaints", "-"));
    }

    /** The states a queue can be narrowed to: the desk's own and the agencies' (and resolved ones), an agency's own. */
    static List<ComplaintStatus> queueStates(boolean desk) {
        List<ComplaintStatus> states = new java.util.ArrayList<>();
        if (desk) {
            states.addAll(ComplaintStatus.atDesk());
        }
        states.addAll(ComplaintStatus.withAgencies());
        if (desk) {
            states.add(ComplaintStatus.RESOLVED);
        }
        return List.copyOf(states);
    }
}
