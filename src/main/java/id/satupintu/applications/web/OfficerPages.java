package id.satupintu.applications.web;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.CaseWork;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.ServiceDefinition;
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
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The officers' side: the agency's inbox (only steps routed to it), one case with the citizen's answers and
 * uploads, the actions its steps allow (claim, release, approve, reject with reason, ask for a correction, hand
 * over, notes), and the agency head's view of the load and overdue work. Who may see or do what is decided by
 * {@link Applications}: another agency's case is "not found".
 */
@PageController
public class OfficerPages {

    static final int PAGE_SIZE = 50;
    /** Pages beyond this are not asked for (offset stays an int far from overflow). */
    static final int MAX_PAGE = 10_000;

    private final Applications applications;
    private final CaseWork caseWork;
    private final Organisation organisation;
    private final ApplicationSubjects subjects;
    private final ObjectMapper json;
    private final Catalog catalog;

    OfficerPages(Applications applications, CaseWork caseWork, Organisation organisation, ApplicationSubjects subjects,
                 ObjectMapper json, Catalog catalog) {
        this.applications = applications;
        this.caseWork = caseWork;
        this.organisation = organisation;
        this.subjects = subjects;
        this.json = json;
        this.catalog = catalog;
    }

    /**
     * The inbox filters as the page sends them; anything unknown falls back to the default, so the page and its links
     * only ever carry allow-listed values ({@code service} is a code of the tenant's catalogue or empty).
     */
    public record Filter(String status, boolean mine, boolean overdue, boolean finished, String sort, String service, int page) {

        public Filter {
            String asked = status;
            status = StepStatus.activeStates().stream().map(Enum::name).filter(asked::equals).findFirst().orElse("");
            sort = switch (sort) {
                case "NEWEST", "OLDEST" -> sort;
                default -> "DUE";
            };
            page = Math.max(0, page);
        }

        InboxQuery query() {
            Optional<StepStatus> only = status.isEmpty() ? Optional.empty() : Optional.of(StepStatus.valueOf(status));
            InboxQuery.Sort order = switch (sort) {
                case "NEWEST" -> InboxQuery.Sort.NEWEST;
                case "OLDEST" -> InboxQuery.Sort.OLDEST;
                default -> InboxQuery.Sort.DUE;
            };
            return new InboxQuery(finished ? Optional.empty() : only, mine, overdue,
                    service.isEmpty() ? Optional.empty() : Optional.of(service), finished, order,
                    PAGE_SIZE, Math.min(page, MAX_PAGE) * PAGE_SIZE);
        }

        /** The states the inbox can be narrowed to: those of a step in an inbox. */
        public List<StepStatus> states() {
            return StepStatus.activeStates();
        }

        public String link(int toPage) {
            return "/kotak-masuk?status=" + status + "&urut=" + sort + (mine ? "&saya=true" : "") + (overdue ? "&terlambat=true" : "")
                    + (finished ? "&selesai=true" : "") + (service.isEmpty() ? "" : "&layanan=" + URLEncoder.encode(service, StandardCharsets.UTF_8))
                    + "&halaman=" + toPage;
        }
    }

    @GetMapping("/kotak-masuk")
    String inbox(TenantId tenant, @RequestParam(name = "status", defaultValue = "") String status,
                 @RequestParam(name = "saya", defaultValue = "false") boolean mine,
                 @RequestParam(name = "terlambat", defaultValue = "false") boolean overdue,
                 @RequestParam(name = "selesai", defaultValue = "false") boolean finished,
                 @RequestParam(name = "urut", defaultValue = "DUE") String sort,
                 @RequestParam(name = "layanan", defaultValue = "") String service,
                 @RequestParam(name = "halaman", defaultValue = "0") int page,
                 @ModelAttribute("t") I18n t, Model model) {
        Viewer officer = officer();
        List<ServiceDefinition> services = catalog.services(tenant).stream()
                .sorted(Comparator.comparing((ServiceDefinition offered) -> offered.names().in(t.lang()))).toList();
        String known = services.stream().map(ServiceDefinition::code).filter(service.strip()::equals).findFirst().orElse("");
        Filter filter = new Filter(status, mine, overdue, finished, sort, known, page);
        InboxQuery query = filter.query();
        List<InboxItem> items = caseWork.inbox(officer, query);
        int total = caseWork.inboxCount(officer, query);
        model.addAttribute("filter", filter);
        model.addAttribute("items", items);
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("viewer", officer.accountId());
        model.addAttribute("agency", agencyName(tenant, officer));
        model.addAttribute("head", officer.has(Role.AGENCY_HEAD));
        model.addAttribute("names", names(tenant, items));
        model.addAttribute("services", services);
        return "officer/inbox";
    }

    @GetMapping("/kotak-masuk/{id}")
    String caseView(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        return casePage(tenant, id, FormErrors.none(), Optional.empty(), t, model);
    }

    private String casePage(TenantId tenant, UUID id, FormErrors errors, Optional<UUID> errorStep, I18n t, Model model) {
        Viewer officer = officer();
        ApplicationView app = applications.find(officer, id).orElseThrow(() -> new NotFoundException("application", id.toString()));
        PageModels.Subject subject = subjects.subject(tenant, app);
        String myAgency = officer.agencyId().flatMap(agency -> organisation.agency(tenant, agency)).map(AgencyView::code).orElse("");
        JsonNode answers = json.readTree(app.formData());
        FormRenderer form = FormRenderer.of(subject.formSchema(), json);
        model.addAttribute("app", app);
        model.addAttribute("subject", subject);
        model.addAttribute("answers", form.fields(answers, t).stream()
                .filter(field -> answers.has(field.name()))
                .map(field -> Map.entry(field.label(), form.display(field, t))).toList());
        model.addAttribute("agencies", subjects.agencies(tenant));
        model.addAttribute("handoverTargets", organisation.agencies(tenant).stream().filter(AgencyView::active)
                .filter(agency -> !agency.code().equals(myAgency))
                .sorted(Comparator.comparing((AgencyView agency) -> agency.kind().isOffice()).thenComparing(agency -> agency.name(t.lang())))
                .toList());
        model.addAttribute("myAgency", myAgency);
        model.addAttribute("area", app.kelurahanCode()
                .map(code -> organisation.region(tenant, code).map(region -> region.name() + " (" + code + ")").orElse(code))
                .orElse(""));
        model.addAttribute("timeline", applications.timeline(officer, id));
        model.addAttribute("notes", caseWork.notes(officer, id));
        model.addAttribute("errors", errors);
        model.addAttribute("errorStep", errorStep.map(UUID::toString).orElse(""));
        return "officer/case";
    }

    @GetMapping("/kotak-masuk/{id}/lampiran/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        FileContent file = applications.attachment(officer(), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId.toString()));
        return CitizenPages.download(file, false);
    }

    @PostMapping("/kotak-masuk/{id}/langkah/{stepId}/{action}")
    String act(TenantId tenant, @PathVariable UUID id, @PathVariable UUID stepId, @PathVariable String action,
               @RequestParam(name = "alasan", defaultValue = "") String reason,
               @RequestParam(name = "pesan", defaultValue = "") String message,
               @RequestParam(name = "catatan", defaultValue = "") String note,
               @RequestParam(name = "tujuan", defaultValue = "") String target,
               @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer officer = officer();
        StepView step = applications.find(officer, id).stream().flatMap(app -> app.steps().stream())
                .filter(candidate -> candidate.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFoundException("step", stepId.toString()));
        try {
            switch (action) {
                case "ambil" -> caseWork.claim(officer, step.id());
                case "lepas" -> caseWork.release(officer, step.id());
                case "setujui" -> caseWork.approve(officer, step.id(), Optional.of(note));
                case "tolak" -> caseWork.reject(officer, step.id(), reason);
                case "koreksi" -> caseWork.requestCorrection(officer, step.id(), message);
                case "alihkan" -> {
                    if (target.isBlank()) {
                        throw new InvalidInputException("tujuan", "inbox.handover.chooseAgency", "Choose the agency");
                    }
                    caseWork.handOver(officer, step.id(), target, reason);
                }
                default -> throw new NotFoundException("action", action);
            }
        } catch (ConflictException conflict) {
            flash.addFlashAttribute("problem", conflict.messageKey());
            return "redirect:/kotak-masuk/" + id;
        } catch (InvalidInputException refused) {
            String field = switch (action) {
                case "tolak" -> "alasan-" + step.id();
                case "koreksi" -> "pesan-" + step.id();
                case "alihkan" -> ("reason".equals(refused.field()) ? "alasan-alih-" : "tujuan-") + step.id();
                default -> "catatan-" + step.id();
            };
            model.addAttribute("problem", "");
            model.addAttribute("done", "");
            return casePage(tenant, id, FormErrors.from(refused, t, field).entries().stream()
                    .map(entry -> new FormErrors.Entry(field, entry.message(), entry.summary()))
                    .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), FormErrors::new)),
                    Optional.of(step.id()), t, model);
        }
        flash.addFlashAttribute("done", "inbox.done." + action);
        boolean stillMine = applications.find(officer, id).isPresent();
        return stillMine ? "redirect:/kotak-masuk/" + id : "redirect:/kotak-masuk";
    }

    @PostMapping("/kotak-masuk/{id}/catatan")
    String addNote(TenantId tenant, @PathVariable UUID id, @RequestParam(name = "isi", defaultValue = "") String body,
                   @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        try {
            caseWork.addNote(officer(), id, body);
        } catch (InvalidInputException refused) {
            model.addAttribute("problem", "");
            model.addAttribute("done", "");
            return casePage(tenant, id, FormErrors.of("isi", t.m(refused.messageKey(), refused.arguments())), Optional.empty(), t, model);
        }
        flash.addFlashAttribute("done", "inbox.done.note");
        return "redirect:/kotak-masuk/" + id + "#catatan";
    }

    @GetMapping("/kotak-masuk/beban")
    String load(TenantId tenant, Model model) {
        Viewer head = officer();
        AgencyLoad load = caseWork.load(head);
        model.addAttribute("load", load);
        model.addAttribute("agency", agencyName(tenant, head));
        model.addAttribute("names", names(tenant, load.overdueItems()));
        return "officer/load";
    }

    private Viewer officer() {
        return Viewers.current().filter(viewer -> viewer.has(Role.OFFICER) || viewer.has(Role.AGENCY_HEAD))
                .orElseThrow(() -> new NotFoundException("inbox", "-"));
    }

    private Optional<AgencyView> agencyName(TenantId tenant, Viewer officer) {
        return officer.agencyId().flatMap(id -> organisation.agency(tenant, id));
    }

    /** Service and bundle names of the listed items, by code (bundles as "paket:code"). */
    private Map<String, id.satupintu.catalog.LocalizedText> names(TenantId tenant, List<InboxItem> items) {
        Map<String, id.satupintu.catalog.LocalizedText> names = new java.util.HashMap<>();
        for (InboxItem item : items) {
            names.computeIfAbsent(item.serviceCode(), code -> subjects.subjectNames(tenant, code, false));
        }
        return names;
    }
}
