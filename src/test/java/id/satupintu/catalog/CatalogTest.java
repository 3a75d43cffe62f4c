package id.satupintu.catalog;

import id.satupintu.catalog.internal.CatalogFiles.Source;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.NewAgency;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.TenantKind;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class CatalogTest {

    @Autowired
    Catalog catalog;
    @Autowired
    id.satupintu.catalog.internal.CatalogLoading loading;
    @Autowired
    Organisation organisation;

    TenantId tenant;
    String yaml;

    @BeforeEach
    void aCityWithTwoAgencies() throws IOException {
        tenant = id.satupintu.organisation.TestTenants.fresh(organisation);
        organisation.registerTenant(tenant, "Kota Uji " + tenant, TenantKind.KOTA);
        for (String code : List.of("dispendukcapil", "dpmptsp")) {
            if (organisation.agencyByCode(tenant, code).isEmpty()) {
                organisation.createAgency(tenant, new NewAgency(code, AgencyKind.DINAS, "Dinas " + code, "Agency " + code, code, Optional.empty()));
            }
        }
        yaml = new ClassPathResource("catalog-test/layanan.yaml").getContentAsString(StandardCharsets.UTF_8);
        loading.load(tenant, List.of(new Source("layanan.yaml", yaml)));
    }

    @Test
    void searchForgivesAbbreviationsSynonymsAndAffixes() {
        assertThat(catalog.search(tenant, "kartu tanda penduduk")).first().extracting(Catalog.SearchHit::code).isEqualTo("ktp-elektronik");
        assertThat(catalog.search(tenant, "e-KTP")).first().extracting(Catalog.SearchHit::code).isEqualTo("ktp-elektronik");
        assertThat(catalog.search(tenant, "IMB")).first().extracting(Catalog.SearchHit::code).isEqualTo("pbg");
        assertThat(catalog.search(tenant, "perizinan bangunan")).first().extracting(Catalog.SearchHit::code).isEqualTo("pbg");
        assertThat(catalog.search(tenant, "usaha mikro kecil dan menengah")).first().extracting(Catalog.SearchHit::code).isEqualTo("izin-usaha-mikro");
        assertThat(catalog.search(tenant, "identity card")).first().extracting(Catalog.SearchHit::code).isEqualTo("ktp-elektronik");
        assertThat(catalog.search(tenant, "bangu")).extracting(Catalog.SearchHit::code).contains("pbg");
        assertThat(catalog.search(tenant, "zzzz")).isEmpty();
    }

    @Test
    void loadingTheSameFilesAgainPublishesNothingNew() {
        assertThat(loading.load(tenant, List.of(new Source("layanan.yaml", yaml)))).isZero();
        assertThat(catalog.service(tenant, "pbg")).get().extracting(ServiceDefinition::version).isEqualTo(1);
    }

    @Test
    void aChangedServiceBecomesANewVersionAndTheOldOneStaysReadable() {
        int published = loading.load(tenant, List.of(new Source("layanan.yaml", yaml.replace("slaWorkingDays: 28", "slaWorkingDays: 20"))));
        assertThat(published).isEqualTo(1);
        assertThat(catalog.service(tenant, "pbg")).get().satisfies(pbg -> {
            assertThat(pbg.version()).isEqualTo(2);
            assertThat(pbg.slaWorkingDays()).isEqualTo(20);
        });
        assertThat(catalog.service(tenant, "pbg", 1)).get().extracting(ServiceDefinition::slaWorkingDays).isEqualTo(28);
    }

    @Test
    void anAdminEditPublishesTheNextVersion() {
        ServiceDefinition ktp = catalog.service(tenant, "ktp-elektronik").orElseThrow();
        ServiceDefinition edited = new ServiceDefinition(ktp.code(), ktp.version(), ktp.agency(), ktp.names(), ktp.descriptions(),
                ktp.lifeNeeds(), ktp.keywords(), 0, 2, ktp.requirements(), ktp.documents(), ktp.formSchema(), ktp.workflow(), ktp.output());
        assertThat(catalog.publish(tenant, edited).version()).isEqualTo(2);
        assertThat(catalog.service(tenant, "ktp-elektronik", 1)).get().extracting(ServiceDefinition::slaWorkingDays).isEqualTo(1);
    }

    @Test
    void automaticServicesAndBundlesAreKnown() {
        assertThat(catalog.service(tenant, "izin-usaha-mikro")).get().extracting(ServiceDefinition::automatic).isEqualTo(true);
        assertThat(catalog.bundle(tenant, "peristiwa-uji")).get().extracting(Bundle::services).asList().containsExactly("ktp-elektronik", "pbg");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theCatalogueIsPublicOverJsonAndUnknownServicesAreProblems() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/services").param("q", "IMB")
                        .with(request -> { request.setServerName("uji.example"); return request; }))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/services/tidak-ada"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON));
    }

    org.springframework.test.web.servlet.ResultActions adminEdit(id.satupintu.shared.Role role, String sla, String schema) throws Exception {
        ServiceDefinition ktp = catalog.service(tenant, "ktp-elektronik").orElseThrow();
        var form = CatalogAdminFormHelper.form(ktp, sla, schema);
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/layanan/ktp-elektronik")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                        id.satupintu.TestPrincipals.as(tenant, role)));
        form.forEach(request::param);
        return mvc.perform(request);
    }

    @Test
    void anAdminPublishesANewVersionFromThePage() throws Exception {
        ServiceDefinition before = catalog.service(tenant, "ktp-elektronik").orElseThrow();
        adminEdit(id.satupintu.shared.Role.ADMIN, "4", before.formSchema())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Versi 2 telah diterbitkan")));
        assertThat(catalog.service(tenant, "ktp-elektronik")).get().extracting(ServiceDefinition::slaWorkingDays).isEqualTo(4);
    }

    @Test
    void anInvalidFormSchemaIsRefusedAndNothingIsPublished() throws Exception {
        adminEdit(id.satupintu.shared.Role.ADMIN, "4", "{\"type\": 5}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Perubahan belum diterbitkan")));
        assertThat(catalog.service(tenant, "ktp-elektronik")).get().extracting(ServiceDefinition::version).isEqualTo(1);
    }

    @Test
    void onlyAdminsMayEditTheCatalogue() throws Exception {
        adminEdit(id.satupintu.shared.Role.OFFICER, "4", "{}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void aCityNeverSeesAnotherCitysCatalogue() {
        assertThat(catalog.services(TenantId.of("11.01"))).isEmpty();
        assertThat(catalog.search(TenantId.of("11.01"), "ktp")).isEmpty();
    }
}
