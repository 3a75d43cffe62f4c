package id.satupintu.applications;

import id.satupintu.catalog.internal.CatalogFiles.Source;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.NewAgency;
import id.satupintu.organisation.NewRegion;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.TenantKind;
import id.satupintu.organisation.TestTenants;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh city for each applications test: agencies dpmptsp and dpupr, kecamatan 9x.yy.01 with kelurahan
 * 9x.yy.01.1001 and their offices, the catalogue of {@code applications-test/layanan.yaml}, and people to act.
 * Use it from Spring tests: {@code @Autowired ApplicationFixture fixture; City city = fixture.newCity();}
 */
public final class ApplicationFixture {

    /** A PDF's first bytes: enough for content sniffing to call it application/pdf. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Organisation organisation;
    private final CatalogLoading loading;
    private final Drafts drafts;
    private final Applications applications;
    private final ObjectMapper json = new ObjectMapper();

    public ApplicationFixture(Organisation organisation, CatalogLoading loading, Drafts drafts, Applications applications) {
        this.organisation = organisation;
        this.loading = loading;
        this.drafts = drafts;
        this.applications = applications;
    }

    /** One test city. */
    public record City(TenantId tenant, String kelurahan, Map<String, AgencyView> agencies) {

        public Viewer citizen() {
            return new Viewer(UUID.randomUUID(), tenant, "Warga Uji", Set.of(Role.CITIZEN), Optional.empty());
        }

        public Viewer officer(String agencyCode) {
            return new Viewer(UUID.randomUUID(), tenant, "Petugas " + agencyCode, Set.of(Role.OFFICER),
                    Optional.of(agencies.get(agencyCode).id()));
        }

        public Viewer head(String agencyCode) {
            return new Viewer(UUID.randomUUID(), tenant, "Kepala " + agencyCode, Set.of(Role.AGENCY_HEAD),
                    Optional.of(agencies.get(agencyCode).id()));
        }

        public String kelurahanOffice() {
            return "kel-" + kelurahan.replace(".", "");
        }

        public String kecamatanOffice() {
            return "kec-" + kelurahan.substring(0, kelurahan.lastIndexOf('.')).replace(".", "");
        }
    }

    public City newCity() {
        TenantId tenant = TestTenants.fresh(organisation);
        organisation.registerTenant(tenant, "Kota Uji " + tenant, TenantKind.KOTA);
        String kecamatan = tenant.code() + ".01";
        String kelurahan = kecamatan + ".1001";
        organisation.importRegions(tenant, List.of(new NewRegion(kecamatan, RegionLevel.KECAMATAN, "Kecamatan Uji"),
                new NewRegion(kelurahan, RegionLevel.KELURAHAN, "Kelurahan Uji")));
        organisation.importAgencies(tenant, List.of(
                new NewAgency("dpmptsp", AgencyKind.DINAS, "Dinas Penanaman Modal dan PTSP", "One-stop permits", "DPMPTSP", Optional.empty()),
                new NewAgency("dpupr", AgencyKind.DINAS, "Dinas Pekerjaan Umum", "Public works", "DPUPR", Optional.empty()),
                new NewAgency("kec-" + kecamatan.replace(".", ""), AgencyKind.KECAMATAN, "Kecamatan Uji", "Kecamatan Uji", "Kec. Uji", Optional.of(kecamatan)),
                new NewAgency("kel-" + kelurahan.replace(".", ""), AgencyKind.KELURAHAN, "Kelurahan Uji", "Kelurahan Uji", "Kel. Uji", Optional.of(kelurahan))));
        try {
            String yaml = new ClassPathResource("applications-test/layanan.yaml").getContentAsString(StandardCharsets.UTF_8);
            loading.load(tenant, List.of(new Source("layanan.yaml", yaml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, AgencyView> agencies = new java.util.HashMap<>();
        organisation.agencies(tenant).forEach(agency -> agencies.put(agency.code(), agency));
        return new City(tenant, kelurahan, Map.copyOf(agencies));
    }

    public ObjectNode answers(String jsonObject) {
        return (ObjectNode) json.readTree(jsonObject);
    }

    /** A billboard permit (dpupr, then dpmptsp) filled in, with its design uploaded, submitted. */
    public ApplicationView submittedBillboardPermit(City city, Viewer citizen) {
        ApplicationView draft = drafts.startDraft(citizen, "izin-reklame", false, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), answers("{\"lokasi\":\"Jl. Darmo 1\",\"luas\":12}"), Optional.empty());
        drafts.attach(citizen, draft.id(), "desain", "desain.pdf", PDF);
        return applications.submit(citizen, draft.id());
    }
}
