package id.satupintu.applications.web;

import id.satupintu.applications.CaseWork;
import id.satupintu.TestPrincipals;
import id.satupintu.applications.ApplicationFixture;
import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.StepStatus;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officers' pages in MockMvc: only their agency's work, the actions through the pages, errors inline. */
class OfficerPagesTest extends id.satupintu.applications.ApplicationsTestSupport {


    ApplicationView submitted;

    @BeforeEach
    void aSubmittedPermit() {
        submitted = fixture.submittedBillboardPermit(city, city.citizen());
    }

    @Test
    void theInboxListsOnlyTheAgencysStepsAndTheCaseGoesThroughThePages() throws Exception {
        String code = submitted.trackingCode().orElseThrow();
        Viewer works = city.officer("dpupr");
        mvc.perform(get("/kotak-masuk").with(authentication(TestPrincipals.as(works))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        mvc.perform(get("/kotak-masuk").with(authentication(TestPrincipals.as(city.officer("dpmptsp")))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));

        String base = "/kotak-masuk/" + submitted.id();
        UUID step = submitted.steps().getFirst().id();
        mvc.perform(get(base).with(authentication(TestPrincipals.as(works))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Jl. Darmo 1")))
                .andExpect(content().string(containsString(base + "/langkah/" + step + "/ambil")));
        mvc.perform(post(base + "/langkah/" + step + "/ambil").with(csrf()).with(authentication(TestPrincipals.as(works))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));

        mvc.perform(post(base + "/langkah/" + step + "/tolak").param("alasan", " ").with(csrf())
                        .with(authentication(TestPrincipals.as(works))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("alasan-" + step + "-error")));

        mvc.perform(post(base + "/catatan").param("isi", "Cek ukuran konstruksi").with(csrf())
                        .with(authentication(TestPrincipals.as(works))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/langkah/" + step + "/setujui").with(csrf()).with(authentication(TestPrincipals.as(works))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));

        assertThat(applications.find(works, submitted.id()).orElseThrow().steps())
                .extracting(s -> s.status()).containsExactly(StepStatus.APPROVED, StepStatus.OPEN);
        assertThat(caseWork.notes(works, submitted.id())).extracting(n -> n.body()).contains("Cek ukuran konstruksi");
    }

    @Test
    void anotherAgencysOfficerFindsNeitherTheCaseNorItsFiles() throws Exception {
        Viewer stranger = city.officer("dpmptsp");
        String base = "/kotak-masuk/" + submitted.id();
        UUID file = submitted.attachments().getFirst().id();
        UUID step = submitted.steps().getFirst().id();
        mvc.perform(get(base).with(authentication(TestPrincipals.as(stranger)))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/lampiran/" + file).with(authentication(TestPrincipals.as(stranger)))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/langkah/" + step + "/ambil").with(csrf()).with(authentication(TestPrincipals.as(stranger))))
                .andExpect(status().isNotFound());
        Viewer works = city.officer("dpupr");
        mvc.perform(get(base + "/lampiran/" + file).with(authentication(TestPrincipals.as(works))))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        assertThat(applications.find(works, submitted.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    }

    @Test
    void theHeadSeesTheLoadAndOfficersCannot() throws Exception {
        mvc.perform(get("/kotak-masuk/beban").with(authentication(TestPrincipals.as(city.head("dpupr")))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("stats")));
        mvc.perform(get("/kotak-masuk/beban").with(authentication(TestPrincipals.as(city.officer("dpupr")))))
                .andExpect(status().isForbidden());
    }
}
