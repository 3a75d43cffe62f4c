package id.satupintu.identity;

import id.satupintu.TestPrincipals;
import id.satupintu.identity.internal.ApiKeyService;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.TenantKind;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiKeysAndTenantIsolationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    Organisation organisation;

    TenantId cityA;
    TenantId cityB;

    static TenantId randomTenant() {
        return id.satupintu.organisation.TestTenants.distinct(1)[0];
    }

    @BeforeEach
    void twoCities() {
        cityA = randomTenant();
        do {
            cityB = randomTenant();
        } while (cityB.equals(cityA));
        organisation.registerTenant(cityA, "Kota Uji A " + cityA, TenantKind.KOTA);
        organisation.registerTenant(cityB, "Kota Uji B " + cityB, TenantKind.KOTA);
    }

    @Test
    void aKioskKeyIdentifiesItsDeviceAndTenant() throws Exception {
        var issued = keys.issue(cityA, ApiKeyService.Kind.KIOSK, "Kios Uji", Optional.empty(), Optional.empty());
        mvc.perform(get("/api/v1/me").header("X-API-Key", issued.key()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(cityA.code()))
                .andExpect(jsonPath("$.roles[0]").value("KIOSK"));
    }

    @Test
    void aWrongOrRevokedKeyIsRefusedWithProblemJson() throws Exception {
        var issued = keys.issue(cityA, ApiKeyService.Kind.CLIENT, "Sistem Uji", Optional.empty(), Optional.empty());
        keys.revoke(cityA, issued.view().id());
        for (String key : new String[]{issued.key(), "spk_not-a-key"}) {
            mvc.perform(get("/api/v1/me").header("X-API-Key", key))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void keysAreStoredOnlyAsAFingerprint() throws Exception {
        var issued = keys.issue(cityA, ApiKeyService.Kind.KIOSK, "Kios Rahasia", Optional.empty(), Optional.empty());
        mvc.perform(get("/api/v1/api-keys").with(authentication(TestPrincipals.as(cityA, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kios Rahasia")))
                .andExpect(content().string(not(containsString(issued.key()))));
    }

    @Test
    void anAdminOfOneCityNeverSeesOrRevokesAnotherCitysKeys() throws Exception {
        var keyOfB = keys.issue(cityB, ApiKeyService.Kind.KIOSK, "Kios Kota B", Optional.empty(), Optional.empty());
        mvc.perform(get("/api/v1/api-keys").with(authentication(TestPrincipals.as(cityA, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Kios Kota B"))));
        mvc.perform(delete("/api/v1/api-keys/" + keyOfB.view().id()).with(authentication(TestPrincipals.as(cityA, Role.ADMIN))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKeyOfOneCityActsOnlyInItsOwnCityWhateverTheHost() throws Exception {
        var keyOfA = keys.issue(cityA, ApiKeyService.Kind.CLIENT, "Sistem Kota A", Optional.empty(), Optional.empty());
        mvc.perform(get("/api/v1/me").header("X-API-Key", keyOfA.key()).with(request -> {
                    request.setServerName("kota-b.example");
                    return request;
                }))
                .andExpect(jsonPath("$.tenant").value(cityA.code()));
    }

    @Test
    void devicesCannotManageStaffOrKeys() throws Exception {
        var kiosk = keys.issue(cityA, ApiKeyService.Kind.KIOSK, "Kios", Optional.empty(), Optional.empty());
        mvc.perform(get("/api/v1/staff").header("X-API-Key", kiosk.key())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/api-keys").header("X-API-Key", kiosk.key()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"KIOSK\",\"name\":\"x\"}")).andExpect(status().isForbidden());
    }

    @Test
    void badInputToTheApiIsAProblemNotAnError() throws Exception {
        mvc.perform(post("/api/v1/staff").with(authentication(TestPrincipals.as(cityA, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"!\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors").isArray());
        mvc.perform(post("/api/v1/staff").with(authentication(TestPrincipals.as(cityA, Role.ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/masuk"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void unknownAddressesAreClosedByDefault() throws Exception {
        mvc.perform(get("/tidak-ada").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tidak-ada")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
