package id.satupintu.applications.web;

import id.satupintu.applications.Attachment;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.RegionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the citizen's and officers' application pages are given, besides the module's views. */
public final class PageModels {

    private PageModels() {
    }

    /**
     * What was applied for: a service (at the version filed), or a bundle and its services.
     *
     * @param documents what the applicant uploads (a bundle: its services' documents, less those it provides itself)
     * @param needsArea a step goes to the applicant's kelurahan or kecamatan office, so the kelurahan is asked first
     */
    public record Subject(String code, boolean bundle, LocalizedText names, String formSchema,
                          List<DocumentRequirement> documents, boolean needsArea, List<ServiceDefinition> services) {

        /** The pages of a draft, in order. */
        public List<String> pages() {
            List<String> pages = new ArrayList<>();
            if (needsArea) {
                pages.add(CitizenPages.WILAYAH);
            }
            pages.add(CitizenPages.ISIAN);
            if (!documents.isEmpty()) {
                pages.add(CitizenPages.DOKUMEN);
            }
            pages.add(CitizenPages.PERIKSA);
            return pages;
        }

        public String next(String page) {
            List<String> pages = pages();
            int at = pages.indexOf(page);
            return at < 0 || at + 1 >= pages.size() ? CitizenPages.PERIKSA : pages.get(at + 1);
        }

        /** The page before, or empty on the first one. */
        public Optional<String> previous(String page) {
            List<String> pages = pages();
            int at = pages.indexOf(page);
            return at <= 0 ? Optional.empty() : Optional.of(pages.get(at - 1));
        }

        public String documentName(String documentCode, String lang) {
            return documents.stream().filter(doc -> doc.code().equals(documentCode)).findFirst()
                    .map(doc -> doc.names().in(lang)).orElse(documentCode);
        }

        public String serviceName(String serviceCode, String lang) {
            return services.stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                    .map(s -> s.names().in(lang)).orElse(serviceCode);
        }
    }

    /** Agency names by code; a code the tenant does not know shows as it is. */
    public record Agencies(Map<String, AgencyView> byCode) {
        public String name(String code, String lang) {
            return Optional.ofNullable(byCode.get(code)).map(agency -> agency.name(lang)).orElse(code);
        }
    }

    /** A document asked for and what was uploaded for it. */
    public record DocumentSlot(DocumentRequirement requirement, Optional<Attachment> upload) {
        public String inputId() {
            return "dok-" + requirement.code();
        }
    }

    /** A kecamatan and its kelurahan, for an optgroup. */
    public record KelurahanGroup(RegionView kecamatan, List<RegionView> kelurahan) {
    }

    /** An error of the check-your-answers page, linking to the page (and field) where it is fixed. */
    public record ErrorLink(String href, String message) {
    }

    /** A section of the check-your-answers page. */
    public record ReviewRow(String label, String value, String href, String changeLabel) {
    }
}
