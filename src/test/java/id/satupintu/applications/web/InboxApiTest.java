package id.satupintu.applications.web;

import id.satupintu.TestPrincipals;
import id.satupintu.applications.ApplicationFixture;
import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officers' side: the inbox, step decisions, agencies and cities kept apart, and one winner per claim. */
class InboxApiTest extends id.satupintu.applications.ApplicationsTestSupport {


    ApplicationView submitted;
    StepView firstStep;

    @BeforeEach
    void aSubmittedBillboardPermit() {
        submitted = fixture.submittedBillboardPermit(city, citizen);
        firstStep = submitted.steps().stream().filter(step -> step.status() == StepStatus.OPEN).findFirst().orElseThrow();
        assertThat(firstStep.agencyCode()).isEqualTo("dpupr");
    }


    static MockHttpServletRequestBuilder jsonPost(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static ResultActions isProblem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }

    String step(String action) {
        return "/api/v1/inbox/steps/" + firstStep.id() + "/" + action;
    }

    @Test
    void theAgencyFindsTheStepInItsInboxAndWorksOnIt() throws Exception {
        Viewer officer = city.officer("dpupr");
        call(officer, get("/api/v1/inbox").param("service", "izin-reklame").param("sort", "NEWEST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].step.id").value(firstStep.id().toString()))
                .andExpect(jsonPath("$.items[0].trackingCode").value(submitted.trackingCode().orElseThrow()));
        call(officer, get("/api/v1/inbox/applications/" + submitted.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.lokasi").value("Jl. Darmo 1"));
        String attachment = "/api/v1/applications/" + submitted.id() + "/attachments/" + submitted.attachments().getFirst().id();
        call(officer, get(attachment)).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));

        call(officer, post(step("claim"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLAIMED"));
        call(officer, get("/api/v1/inbox").param("mine", "true")).andExpect(jsonPath("$.total").value(1));
        call(officer, jsonPost("/api/v1/inbox/applications/" + submitted.id() + "/notes", "{\"body\":\"Lokasi sudah dicek.\"}"))
                .andExpect(status().isCreated());
        call(officer, get("/api/v1/inbox/applications/" + submitted.id() + "/notes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].body").value("Lokasi sudah dicek."));
        isProblem(call(officer, jsonPost(step("rejection"), "{\"reason\":\"  \"}")), 400);
        call(officer, post(step("release"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        call(officer, post(step("claim"))).andExpect(status().isOk());
        // approval with no body at all
        call(officer, post(step("approval"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        // the next stage is with dpmptsp now
        call(city.officer("dpmptsp"), get("/api/v1/inbox")).andExpect(jsonPath("$.total").value(1));
        call(citizen, get("/api/v1/applications/" + submitted.id() + "/timeline")).andExpect(status().isOk());
    }

    @Test
    void aCorrectionGoesToTheCitizenAndBack() throws Exception {
        Viewer officer = city.officer("dpupr");
        call(officer, post(step("claim"))).andExpect(status().isOk());
        call(officer, jsonPost(step("correction-request"), "{\"message\":\"Lampirkan desain yang lebih jelas.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTION"));
        call(citizen, get("/api/v1/applications/" + submitted.id())).andExpect(jsonPath("$.status").value("NEEDS_CORRECTION"));
        call(citizen, jsonPost("/api/v1/applications/" + submitted.id() + "/correction-answer", "{\"message\":\"Sudah saya ganti.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void badQueriesAreProblems() throws Exception {
        Viewer officer = city.officer("dpupr");
        isProblem(call(officer, get("/api/v1/inbox").param("sort", "SOONEST")), 400);
        isProblem(call(officer, get("/api/v1/inbox").param("status", "open-ish")), 400);
        isProblem(call(officer, get("/api/v1/inbox").param("mine", "maybe")), 400);
        isProblem(call(officer, get("/api/v1/inbox").param("limit", "0")), 400).andExpect(jsonPath("$.errors[0].field").value("limit"));
        isProblem(call(officer, get("/api/v1/inbox").param("limit", "201")), 400);
        isProblem(call(officer, get("/api/v1/inbox").param("limit", "ten")), 400);
        isProblem(call(officer, get("/api/v1/inbox").param("offset", "-1")), 400);
        call(officer, get("/api/v1/inbox").param("limit", "200").param("status", "OPEN")).andExpect(status().isOk());
        isProblem(call(officer, post("/api/v1/inbox/steps/not-a-uuid/claim")), 400);
        isProblem(call(officer, jsonPost(step("handover"), "{\"agency\":\"dpmptsp\"}")), 400);
        isProblem(call(officer, jsonPost(step("rejection"), "{\"reason\": 5")), 400);
        isProblem(call(officer, jsonPost(step("correction-request"), "{\"message\":\"" + "x".repeat(2001) + "\"}")), 400);
    }

    @Test
    void anotherAgencysOfficerFindsNothing() throws Exception {
        Viewer outsider = city.officer(city.kelurahanOffice());
        call(outsider, get("/api/v1/inbox")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        isProblem(call(outsider, get("/api/v1/inbox/applications/" + submitted.id())), 404);
        isProblem(call(outsider, get("/api/v1/inbox/applications/" + submitted.id() + "/notes")), 404);
        isProblem(call(outsider, jsonPost("/api/v1/inbox/applications/" + submitted.id() + "/notes", "{\"body\":\"x\"}")), 404);
        isProblem(call(outsider, get("/api/v1/applications/" + submitted.id() + "/timeline")), 404);
        isProblem(call(outsider, get("/api/v1/applications/" + submitted.id() + "/attachments/"
                + submitted.attachments().getFirst().id())), 404);
        isProblem(call(outsider, post(step("claim"))), 404);
        isProblem(call(outsider, post(step("release"))), 404);
        isProblem(call(outsider, post(step("approval"))), 404);
        isProblem(call(outsider, jsonPost(step("rejection"), "{\"reason\":\"Tidak lengkap\"}")), 404);
        isProblem(call(outsider, jsonPost(step("correction-request"), "{\"message\":\"Ulangi\"}")), 404);
        isProblem(call(outsider, jsonPost(step("handover"), "{\"agency\":\"dpmptsp\",\"reason\":\"salah dinas\"}")), 404);
        // untouched
        assertThat(applications.find(citizen, submitted.id()).orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void theSameAgencyCodeInAnotherCityFindsNothing() throws Exception {
        City elsewhere = fixture.newCity();
        Viewer officer = elsewhere.officer("dpupr");
        call(officer, get("/api/v1/inbox")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        isProblem(call(officer, get("/api/v1/inbox/applications/" + submitted.id())), 404);
        isProblem(call(officer, post(step("claim"))), 404);
        isProblem(call(officer, post(step("approval"))), 404);
        isProblem(call(elsewhere.citizen(), get("/api/v1/applications/" + submitted.id())), 404);
        isProblem(call(elsewhere.head("dpupr"), get("/api/v1/inbox/applications/" + submitted.id())), 404);
    }

    @Test
    void twoOfficersClaimingAtOnceGiveOneWinner() throws Exception {
        Viewer first = city.officer("dpupr");
        Viewer second = city.officer("dpupr");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (Viewer officer : List.of(first, second)) {
                Callable<MvcResult> claim = () -> {
                    start.await();
                    return call(officer, post(step("claim"))).andReturn();
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS).getResponse().getStatus());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        UUID holder = applications.find(citizen, submitted.id()).orElseThrow().steps().getFirst().assigneeId().orElseThrow();
        assertThat(holder).isIn(first.accountId(), second.accountId());
    }

    @Test
    void onlyTheHeadSeesTheLoad() throws Exception {
        call(city.head("dpupr"), get("/api/v1/inbox/load")).andExpect(status().isOk()).andExpect(jsonPath("$.agencyCode").value("dpupr"));
        isProblem(call(city.officer("dpupr"), get("/api/v1/inbox/load")), 403);
        isProblem(call(citizen, get("/api/v1/inbox/load")), 403);
        UUID nobody = UUID.randomUUID();
        isProblem(call(city.officer("dpupr"), post("/api/v1/inbox/steps/" + nobody + "/claim")), 404);
    }
}
