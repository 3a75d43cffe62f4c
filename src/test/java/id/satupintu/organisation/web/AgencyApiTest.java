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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agency and region API: who may do what, what bad input answers, and that tenants never meet. */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyApiTest {

    static final TenantId[] TENANTS = TestTenants.distinct(2);
    static final TenantId CITY_A = TENANTS[0];
    static final TenantId CITY_B = TENANTS[1];
    static final String HOST_A = "kota-a.test";

    @DynamicPropertySource
    static void hostOfCityA(DynamicPropertyRegistry registry) {
        registry.add("satupintu.tenancy.hosts[" + HOST_A + "]", CITY_A::code);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;

    @BeforeEach
    void twoCities() {
        organisation.registerTenant(CITY_A, "Kota Uji A", TenantKind.KOTA);
        organisation.registerTenant(CITY_B, "Kota Uji B", TenantKind.KOTA);
    }

    private static String body(String code, String kind, String nameId, String regionCode) {
        return """
                {"code": "%s", "kind": "%s", "nameId": "%s", "nameEn": "Health Department", "shortName": "Dinkes",
                 "regionCode": %s}""".formatted(code, kind, nameId, regionCode == null ? "null" : "\"" + regionCode + "\"");
    }

    private static String change(String nameId, int version) {
        return """
                {"kind": "DINAS", "nameId": "%s", "nameEn": "Health Department", "shortName": "Dinkes",
                 "active": true, "version": %d}""".formatted(nameId, version);
    }

    private AgencyView agencyOf(TenantId tenant) {
        return organisation.createAgency(tenant, new NewAgency(TestTenants.agencyCode("dinkes"), AgencyKind.DINAS,
                "Dinas Kesehatan " + tenant, "Health Department", "Dinkes", Optional.empty()));
    }

    @Test
    void anAdminCreatesAnAgencyAndFindsItAtItsAddress() throws Exception {
        String code = TestTenants.agencyCode("dinkes");
        String location = mvc.perform(post("/api/v1/agencies").with(csrf())
                        .with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, "DINAS", "Dinas Kesehatan", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getHeader("Location");

        assertThat(organisation.agencyByCode(CITY_A, code)).isPresent();
        mvc.perform(get(location).with(authentication(TestPrincipals.as(CITY_A, Role.CITIZEN))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void anAdminChangesAnAgencyWithTheVersionTheyRead() throws Exception {
        AgencyView agency = agencyOf(CITY_A);
        mvc.perform(put("/api/v1/agencies/" + agency.id()).with(csrf())
                        .with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(change("Dinas Kesehatan Kota", agency.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameId").value("Dinas Kesehatan Kota"))
                .andExpect(jsonPath("$.version").value(agency.version() + 1));
    }

    @Test
    void invalidFieldsAreAnsweredAsAProblemNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(csrf()).with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Bad Code!", "PASAR", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameId")));
    }

    @Test
    void anOfficeWithoutItsRegionIsAProblemNamingTheRegionField() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(csrf()).with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(TestTenants.agencyCode("kel"), "KELURAHAN", "Kelurahan Uji", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
    }

    @Test
    void aTakenCodeIsAConflict() throws Exception {
        AgencyView existing = agencyOf(CITY_A);
        mvc.perform(post("/api/v1/agencies").with(csrf()).with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(body(existing.code(), "DINAS", "Lagi", null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("organisation.agency.code.taken"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflict() throws Exception {
        AgencyView agency = agencyOf(CITY_A);
        organisation.updateAgency(CITY_A, agency.id(), new AgencyChange(AgencyKind.DINAS,
                "Diubah lebih dulu", "Changed first", "Dinkes", Optional.empty(), true), agency.version());

        mvc.perform(put("/api/v1/agencies/" + agency.id()).with(csrf())
                        .with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(change("Ditimpa", agency.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organisation.agency.stale"));
        assertThat(organisation.agency(CITY_A, agency.id()).orElseThrow().nameId()).isEqualTo("Diubah lebih dulu");
    }

    @Test
    void anAdminOfAnotherTenantCanNeitherSeeNorChangeTheAgency() throws Exception {
        AgencyView ofA = agencyOf(CITY_A);
        mvc.perform(get("/api/v1/agencies/" + ofA.id()).with(authentication(TestPrincipals.as(CITY_B, Role.ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/agencies/" + ofA.id()).with(csrf())
                        .with(authentication(TestPrincipals.as(CITY_B, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(change("Diambil alih", ofA.version())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agencies").with(authentication(TestPrincipals.as(CITY_B, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(ofA.id().toString()))));
        assertThat(organisation.agency(CITY_A, ofA.id()).orElseThrow().nameId()).isEqualTo(ofA.nameId());
    }

    @Test
    void aSignedInUserActsInTheirOwnTenantWhateverTheHost() throws Exception {
        AgencyView ofA = agencyOf(CITY_A);
        mvc.perform(get("http://" + HOST_A + "/api/v1/agencies/" + ofA.id())
                        .with(authentication(TestPrincipals.as(CITY_B, Role.CITIZEN))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anyoneListsTheAgenciesOfTheHostsTenant() throws Exception {
        AgencyView ofA = agencyOf(CITY_A);
        AgencyView ofB = agencyOf(CITY_B);
        mvc.perform(get("http://" + HOST_A + "/api/v1/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(ofA.code())))
                .andExpect(jsonPath("$[*].code", not(hasItem(ofB.code()))));
        mvc.perform(get("http://" + HOST_A + "/api/v1/agencies/" + ofA.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameId").value(ofA.nameId()));
        mvc.perform(get("http://" + HOST_A + "/api/v1/agencies/" + ofB.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousWritesAreRefusedAsUnauthenticated() throws Exception {
        mvc.perform(post("http://" + HOST_A + "/api/v1/agencies").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(TestTenants.agencyCode("anon"), "DINAS", "Dinas", null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        AgencyView ofA = agencyOf(CITY_A);
        mvc.perform(put("http://" + HOST_A + "/api/v1/agencies/" + ofA.id()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change("Anonim", ofA.version())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void signedInUsersWithoutTheAdminRoleAreForbiddenToWrite() throws Exception {
        for (Role role : new Role[]{Role.CITIZEN, Role.OFFICER, Role.AGENCY_HEAD, Role.KIOSK}) {
            mvc.perform(post("/api/v1/agencies").with(csrf()).with(authentication(TestPrincipals.as(CITY_A, role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(TestTenants.agencyCode("x"), "DINAS", "Dinas", null)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void anyoneListsKecamatanAndTheKelurahanOfOne() throws Exception {
        String kecamatan = CITY_A.code() + ".%02d".formatted(10 + (int) (Math.random() * 80));
        organisation.importRegions(CITY_A, List.of(
                new NewRegion(kecamatan, RegionLevel.KECAMATAN, "Kecamatan Uji"),
                new NewRegion(kecamatan + ".1001", RegionLevel.KELURAHAN, "Kelurahan Uji")));

        mvc.perform(get("http://" + HOST_A + "/api/v1/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(kecamatan)))
                .andExpect(jsonPath("$[*].level", not(hasItem("KELURAHAN"))));
        mvc.perform(get("http://" + HOST_A + "/api/v1/regions").param("parent", kecamatan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(kecamatan + ".1001"))
                .andExpect(jsonPath("$[0].parentCode").value(kecamatan));
        mvc.perform(get("http://" + HOST_A + "/api/v1/regions/" + kecamatan + ".1001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kelurahan Uji"));
        mvc.perform(get("/api/v1/regions/" + kecamatan).with(authentication(TestPrincipals.as(CITY_B, Role.ADMIN))))
                .andExpect(status().isNotFound());
        mvc.perform(get("http://" + HOST_A + "/api/v1/regions").param("level", "PROVINSI"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCreatedAgencysLocationPointsAtTheApi() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(csrf()).with(authentication(TestPrincipals.as(CITY_A, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(TestTenants.agencyCode("loc"), "BADAN", "Badan Uji", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/agencies/[0-9a-f-]{36}")));
    }

    @Test
    void theOpenApiDocumentDescribesTheAgencyAndRegionEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agencies'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions'].get").exists());
    }

    @Test
    void theKindPatternOfTheApiListsExactlyTheAgencyKinds() {
        assertThat(AgencyRequests.KIND_PATTERN).isEqualTo(Arrays.stream(AgencyKind.values())
                .map(Enum::name).collect(Collectors.joining("|")));
    }
}
