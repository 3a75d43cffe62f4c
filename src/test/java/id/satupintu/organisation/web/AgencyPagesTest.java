package id.satupintu.organisation.web;

import id.satupintu.TestPrincipals;
import id.satupintu.organisation.AgencyChange;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin pages for agencies and regions, rendered for real. */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyPagesTest {

    static final TenantId[] TENANTS = TestTenants.distinct(2);
    static final TenantId CITY_A = TENANTS[0];
    static final TenantId CITY_B = TENANTS[1];

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;

    Authentication adminA;
    Authentication adminB;

    @BeforeEach
    void twoCities() {
        organisation.registerTenant(CITY_A, "Kota Uji A", TenantKind.KOTA);
        organisation.registerTenant(CITY_B, "Kota Uji B", TenantKind.KOTA);
        adminA = TestPrincipals.as(CITY_A, Role.ADMIN);
        adminB = TestPrincipals.as(CITY_B, Role.ADMIN);
    }

    private AgencyView agencyOf(TenantId tenant, String nameId, String nameEn) {
        return organisation.createAgency(tenant, new NewAgency(TestTenants.agencyCode("dinas"), AgencyKind.DINAS,
                nameId, nameEn, "Uji", Optional.empty()));
    }

    /** A fresh kecamatan of tenant A with two kelurahan. */
    private String kecamatanWithTwoKelurahan() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = CITY_A.code() + ".%02d".formatted(1 + (int) (Math.random() * 98));
            if (organisation.region(CITY_A, code).isEmpty()) {
                organisation.importRegions(CITY_A, List.of(
                        new NewRegion(code, RegionLevel.KECAMATAN, "Sukamaju " + code),
                        new NewRegion(code + ".1001", RegionLevel.KELURAHAN, "Sukamaju Utara"),
                        new NewRegion(code + ".1002", RegionLevel.KELURAHAN, "Sukamaju Selatan")));
                return code;
            }
        }
        throw new IllegalStateException("no free kecamatan code");
    }

    @Test
    void theListShowsTheTenantsAgenciesInThePageLanguage() throws Exception {
        AgencyView ofA = agencyOf(CITY_A, "Dinas Pemadam Kebakaran", "Fire Department");
        AgencyView ofB = agencyOf(CITY_B, "Dinas Kota Lain", "Other City Department");

        mvc.perform(get("/admin/organisasi").with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dinas Pemadam Kebakaran"), containsString(ofA.code()),
                        containsString("<caption>"), containsString("scope=\"col\""),
                        containsString("href=\"/admin/organisasi/dinas/baru\""))))
                .andExpect(content().string(not(containsString(ofB.code()))));
        mvc.perform(get("/admin/organisasi").param("lang", "en").with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fire Department"), containsString("lang=\"en\""))));
    }

    @Test
    void theListCanBeNarrowedToOneKind() throws Exception {
        AgencyView dinas = agencyOf(CITY_A, "Dinas Saring", "Filtered Department");
        AgencyView badan = organisation.createAgency(CITY_A, new NewAgency(TestTenants.agencyCode("badan"),
                AgencyKind.BADAN, "Badan Saring", "Filtered Board", "BS", Optional.empty()));

        mvc.perform(get("/admin/organisasi").param("jenis", "BADAN").with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(badan.code())))
                .andExpect(content().string(not(containsString(dinas.code()))));
    }

    @Test
    void theCreateFormLabelsEveryFieldAndCarriesTheCsrfToken() throws Exception {
        mvc.perform(get("/admin/organisasi/dinas/baru").with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<label for=\"code\">"), containsString("<label for=\"kind\">"),
                        containsString("<label for=\"nameId\">"), containsString("<label for=\"nameEn\">"),
                        containsString("<label for=\"shortName\">"), containsString("<label for=\"regionCode\">"),
                        containsString("aria-describedby=\"code-hint\""),
                        containsString("name=\"_csrf\""))))
                .andExpect(content().string(not(containsString("error-summary"))));
    }

    @Test
    void aCompleteFormCreatesTheAgencyAndReturnsToTheList() throws Exception {
        String code = TestTenants.agencyCode("dinsos");
        mvc.perform(post("/admin/organisasi/dinas/baru").with(csrf()).with(authentication(adminA))
                        .param("code", code).param("kind", "DINAS").param("nameId", "Dinas Sosial")
                        .param("nameEn", "Social Affairs Department").param("shortName", "Dinsos").param("regionCode", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/organisasi"));

        assertThat(organisation.agencyByCode(CITY_A, code)).hasValueSatisfying(agency -> {
            assertThat(agency.nameEn()).isEqualTo("Social Affairs Department");
            assertThat(agency.regionCode()).isEmpty();
        });
        assertThat(organisation.agencyByCode(CITY_B, code)).isEmpty();
    }

    @Test
    void aKelurahanOfficeIsCreatedForTheChosenKelurahan() throws Exception {
        String kecamatan = kecamatanWithTwoKelurahan();
        String code = TestTenants.agencyCode("kel");
        mvc.perform(get("/admin/organisasi/dinas/baru").with(authentication(adminA)))
                .andExpect(content().string(containsString("value=\"" + kecamatan + ".1002\"")));
        mvc.perform(post("/admin/organisasi/dinas/baru").with(csrf()).with(authentication(adminA))
                        .param("code", code).param("kind", "KELURAHAN").param("nameId", "Kelurahan Sukamaju Selatan")
                        .param("nameEn", "Sukamaju Selatan village office").param("shortName", "Kel. Sukamaju Selatan")
                        .param("regionCode", kecamatan + ".1002"))
                .andExpect(status().is3xxRedirection());

        assertThat(organisation.agencyByCode(CITY_A, code).orElseThrow().regionCode()).contains(kecamatan + ".1002");
    }

    @Test
    void anIncompleteFormShowsAnErrorSummaryLinkingToEachFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/organisasi/dinas/baru").with(csrf()).with(authentication(adminA))
                        .param("code", "Kode Salah!").param("kind", "").param("nameId", "")
                        .param("nameEn", "Kept <b>as typed</b>").param("shortName", "Uji"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("class=\"error-summary\" role=\"alert\""),
                        containsString("href=\"#code\""), containsString("href=\"#kind\""), containsString("href=\"#nameId\""),
                        containsString("Ada yang perlu diperbaiki"),
                        containsString("Masukkan nama dalam Bahasa Indonesia"),
                        containsString("id=\"code-error\""),
                        containsString("aria-describedby=\"code-hint code-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"Kode Salah!\""),
                        containsString("value=\"Kept &lt;b>as typed&lt;/b>\""),
                        containsString("<title>Galat: "))))
                .andExpect(content().string(not(containsString("href=\"#nameEn\""))));
    }

    @Test
    void aTakenCodeIsReportedAtTheCodeField() throws Exception {
        AgencyView existing = agencyOf(CITY_A, "Dinas Asli", "Original");
        mvc.perform(post("/admin/organisasi/dinas/baru").with(csrf()).with(authentication(adminA))
                        .param("code", existing.code()).param("kind", "DINAS").param("nameId", "Dinas Kembar")
                        .param("nameEn", "Twin").param("shortName", "Kembar"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#code\""),
                        containsString("Kode " + existing.code() + " sudah dipakai"))));
    }

    @Test
    void anAdminChangesAnAgencyAndDeactivatesIt() throws Exception {
        AgencyView agency = agencyOf(CITY_A, "Dinas Lama", "Old Department");
        mvc.perform(get("/admin/organisasi/dinas/" + agency.id()).with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"version\" value=\"0\""),
                        containsString("value=\"Dinas Lama\""), containsString("checked"))));

        mvc.perform(post("/admin/organisasi/dinas/" + agency.id()).with(csrf()).with(authentication(adminA))
                        .param("kind", "DINAS").param("nameId", "Dinas Baru").param("nameEn", "New Department")
                        .param("shortName", "Baru").param("regionCode", "").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        AgencyView changed = organisation.agency(CITY_A, agency.id()).orElseThrow();
        assertThat(changed.nameId()).isEqualTo("Dinas Baru");
        assertThat(changed.active()).isFalse();
        assertThat(changed.code()).isEqualTo(agency.code());
    }

    @Test
    void aChangeOverSomeoneElsesShowsTheLatestDataAndSaysWhy() throws Exception {
        AgencyView agency = agencyOf(CITY_A, "Dinas Rebutan", "Contested Department");
        organisation.updateAgency(CITY_A, agency.id(), new AgencyChange(AgencyKind.DINAS, "Dinas Rebutan Kedua",
                "Contested Department", "Uji", Optional.empty(), true), agency.version());

        mvc.perform(post("/admin/organisasi/dinas/" + agency.id()).with(csrf()).with(authentication(adminA))
                        .param("kind", "DINAS").param("nameId", "Dinas Rebutan Ketiga").param("nameEn", "X")
                        .param("shortName", "Uji").param("active", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("telah diubah orang lain"),
                        containsString("href=\"#kind\""), containsString("value=\"Dinas Rebutan Kedua\""),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(organisation.agency(CITY_A, agency.id()).orElseThrow().nameId()).isEqualTo("Dinas Rebutan Kedua");
    }

    @Test
    void anAdminCannotOpenOrChangeAnotherTenantsAgency() throws Exception {
        AgencyView ofA = agencyOf(CITY_A, "Dinas Milik A", "Department of A");
        mvc.perform(get("/admin/organisasi/dinas/" + ofA.id()).with(authentication(adminB)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/organisasi/dinas/" + ofA.id()).with(csrf()).with(authentication(adminB))
                        .param("kind", "DINAS").param("nameId", "Diambil alih").param("nameEn", "Taken")
                        .param("shortName", "X").param("active", "true").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(organisation.agency(CITY_A, ofA.id()).orElseThrow().nameId()).isEqualTo("Dinas Milik A");
    }

    @Test
    void theRegionPagesShowKecamatanWithTheirKelurahanAndOffices() throws Exception {
        String kecamatan = kecamatanWithTwoKelurahan();
        AgencyView office = organisation.createAgency(CITY_A, new NewAgency(TestTenants.agencyCode("kel"),
                AgencyKind.KELURAHAN, "Kelurahan Sukamaju Utara", "Sukamaju Utara village office", "Kel. SU",
                Optional.of(kecamatan + ".1001")));

        mvc.perform(get("/admin/wilayah").with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/wilayah/" + kecamatan + "\""),
                        containsString("Sukamaju " + kecamatan))));
        mvc.perform(get("/admin/wilayah/" + kecamatan).with(authentication(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sukamaju Utara"), containsString("Sukamaju Selatan"),
                        containsString(kecamatan + ".1002"),
                        containsString("href=\"/admin/organisasi/dinas/" + office.id() + "\""))));
        mvc.perform(get("/admin/wilayah/" + kecamatan).with(authentication(adminB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/wilayah/" + kecamatan + ".1001").with(authentication(adminA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsOpenTheAdminPages() throws Exception {
        mvc.perform(get("/admin/organisasi").with(authentication(TestPrincipals.as(CITY_A, Role.OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/wilayah").with(authentication(TestPrincipals.as(CITY_A, Role.CITIZEN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisasi"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/organisasi/dinas/baru").with(authentication(adminA))
                        .param("code", TestTenants.agencyCode("nocsrf")).param("kind", "DINAS").param("nameId", "X")
                        .param("nameEn", "X").param("shortName", "X"))
                .andExpect(status().isForbidden());
    }
}
