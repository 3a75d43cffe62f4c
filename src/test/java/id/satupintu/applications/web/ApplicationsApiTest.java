package id.satupintu.applications.web;

import id.satupintu.TestPrincipals;
import id.satupintu.applications.ApplicationFixture;
import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.applications.Applications;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The citizen's side of the applications API: idempotency, bad input as problem+json, and others' cases as 404. */
class ApplicationsApiTest extends id.satupintu.applications.ApplicationsTestSupport {

    static final String ANSWERS = """
            {"answers": {"lokasi": "Jl. Raya Darmo 1", "luas": 12}}""";

    @Autowired
    JsonMapper json;


    // ---- helpers ----


    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    static MockHttpServletRequestBuilder jsonPost(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static ResultActions isProblem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }

    UUID startBillboardDraft(Viewer who) throws Exception {
        JsonNode draft = body(call(who, jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}"))
                .andExpect(status().isCreated()));
        return UUID.fromString(draft.get("id").asString());
    }

    UUID filledBillboardDraft(Viewer who) throws Exception {
        UUID id = startBillboardDraft(who);
        call(who, put("/api/v1/applications/" + id + "/answers").contentType(MediaType.APPLICATION_JSON).content(ANSWERS))
                .andExpect(status().isOk());
        call(who, multipart("/api/v1/applications/" + id + "/attachments")
                .file(new MockMultipartFile("file", "desain.pdf", "application/pdf", ApplicationFixture.PDF))
                .param("document", "desain"))
                .andExpect(status().isCreated());
        return id;
    }

    // ---- tests ----

    @Test
    void theSameIdempotencyKeyTwiceGivesOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode first = body(call(citizen, jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}")
                .header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/applications/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.trackingCode").isEmpty())
                .andExpect(jsonPath("$.answers").isMap()));
        String id = first.get("id").asString();
        call(citizen, jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}").header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", endsWith("/api/v1/applications/" + id)))
                .andExpect(jsonPath("$.id").value(id));
        call(citizen, get("/api/v1/applications"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
        // the same key for another service is a mistake of the client, not a second application
        isProblem(call(citizen, jsonPost("/api/v1/applications", "{\"service\":\"surat-domisili\"}")
                .header("Idempotency-Key", key)), 409);
        // without a key every call is a new draft
        call(citizen, jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}")).andExpect(status().isCreated());
        call(citizen, get("/api/v1/applications")).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aDraftIsFilledCheckedAndSubmittedOnceWhateverTheRetries() throws Exception {
        UUID id = startBillboardDraft(citizen);
        // nothing yet: the check lists the missing answers and the missing design, in the caller's language
        JsonNode indonesian = body(call(citizen, get("/api/v1/applications/" + id + "/check")).andExpect(status().isOk()));
        JsonNode english = body(call(citizen, get("/api/v1/applications/" + id + "/check").header("Accept-Language", "en")));
        assertThat(indonesian.size()).isGreaterThanOrEqualTo(2);
        assertThat(indonesian.findValuesAsString("field")).contains("desain");
        JsonNode required = indonesian.get(0);
        assertThat(required.get("message").asString()).isNotBlank().isNotEqualTo(required.get("code").asString());
        assertThat(english.get(0).get("message").asString()).isNotEqualTo(required.get("message").asString());
        isProblem(call(citizen, post("/api/v1/applications/" + id + "/submission")), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem("desain")));

        call(citizen, put("/api/v1/applications/" + id + "/answers").contentType(MediaType.APPLICATION_JSON).content(ANSWERS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.lokasi").value("Jl. Raya Darmo 1"))
                .andExpect(jsonPath("$.answers.luas").value(12));
        JsonNode upload = body(call(citizen, multipart("/api/v1/applications/" + id + "/attachments")
                .file(new MockMultipartFile("file", "desain.pdf", "application/octet-stream", ApplicationFixture.PDF))
                .param("document", "desain"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/applications/" + id + "/attachments/")))
                .andExpect(jsonPath("$.mediaType").value("application/pdf")));
        call(citizen, get("/api/v1/applications/" + id + "/attachments/" + upload.get("id").asString()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(ApplicationFixture.PDF));
        call(citizen, get("/api/v1/applications/" + id + "/check")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        JsonNode submitted = body(call(citizen, post("/api/v1/applications/" + id + "/submission"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")));
        String code = submitted.get("trackingCode").asString();
        assertThat(code).startsWith("PMH-");
        call(citizen, post("/api/v1/applications/" + id + "/submission"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code));
        call(citizen, get("/api/v1/applications/" + id + "/timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("submitted"));
        // a submitted application no longer takes uploads
        isProblem(call(citizen, delete("/api/v1/applications/" + id + "/attachments/" + upload.get("id").asString())), 409);

        // the public status: found however it is typed, without personal data
        String typed = code.toLowerCase().replace("-", " ");
        // (a kiosk of the test city: anonymous callers get the tenant of the host, which is the demo city)
        String status = mvc.perform(get("/api/v1/status/" + typed).with(authentication(TestPrincipals.as(city.tenant(), Role.KIOSK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.steps[0].agencyCode").value("dpupr"))
                .andReturn().getResponse().getContentAsString();
        assertThat(status).doesNotContain("Jl. Raya Darmo", citizen.accountId().toString(), "desain.pdf", "applicant");
    }

    @Test
    void badInputIsAProblemNeverAnError() throws Exception {
        String applications = "/api/v1/applications";
        isProblem(call(citizen, jsonPost(applications, "{not json")), 400);
        isProblem(call(citizen, jsonPost(applications, "{\"service\": 42}")), 400);
        isProblem(call(citizen, jsonPost(applications, "{\"service\":\"tidak-ada\"}")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("service"))
                .andExpect(jsonPath("$.code").isString());
        isProblem(call(citizen, jsonPost(applications, "{\"service\":\"izin-reklame\",\"bundle\":\"paket-usaha\"}")), 400);
        isProblem(call(citizen, jsonPost(applications, "{}")), 400);
        isProblem(call(citizen, jsonPost(applications, "{\"service\":\"izin-reklame\"}").header("Idempotency-Key", "a".repeat(101))), 400);
        isProblem(call(citizen, post(applications).contentType(MediaType.TEXT_PLAIN).content("izin-reklame")), 415);
        isProblem(call(citizen, get(applications + "/not-a-uuid")), 400);
        isProblem(call(citizen, get(applications + "/" + UUID.randomUUID())), 404);

        UUID id = startBillboardDraft(citizen);
        String answers = applications + "/" + id + "/answers";
        isProblem(call(citizen, put(answers).contentType(MediaType.APPLICATION_JSON).content("{\"answers\": [1, 2]}")), 400);
        isProblem(call(citizen, put(answers).contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {}, \"kelurahan\": \"99.99.99.9999\"}")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("kelurahan"));
        String uploads = applications + "/" + id + "/attachments";
        // chosen before any controller: MockMvc shows the status only, a real server the error page's problem+json
        // (UploadLimitsApiTest)
        call(citizen, post(uploads).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnsupportedMediaType());
        isProblem(call(citizen, multipart(uploads).param("document", "desain")), 400);
        isProblem(call(citizen, multipart(uploads).file(new MockMultipartFile("file", "x.pdf", "application/pdf", ApplicationFixture.PDF))), 400);
        isProblem(call(citizen, multipart(uploads).file(new MockMultipartFile("file", "x.pdf", "application/pdf", "just text".getBytes()))
                .param("document", "desain")), 400);
        isProblem(call(citizen, multipart(uploads).file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[0]))
                .param("document", "desain")), 400);
        isProblem(call(citizen, multipart(uploads).file(new MockMultipartFile("file", "x.pdf", "application/pdf", ApplicationFixture.PDF))
                .param("document", "tidak-ada")), 400);
        isProblem(call(citizen, jsonPost(applications + "/" + id + "/correction-answer", "{\"message\": \"\"}")), 400);
        isProblem(call(citizen, jsonPost(applications + "/" + id + "/correction-answer", "{\"message\": \"sudah\"}")), 409);

        // tracking codes: a typo (check symbol wrong) is 400, a well-formed code of nothing is 404
        String valid = TrackingCode.generate("PMH").value();
        String typo = valid.substring(0, valid.length() - 1) + (valid.endsWith("7") ? "8" : "7");
        isProblem(mvc.perform(get("/api/v1/status/" + typo)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("trackingCode"));
        isProblem(mvc.perform(get("/api/v1/status/x")), 400);
        isProblem(mvc.perform(get("/api/v1/status/" + id)), 400);
        isProblem(mvc.perform(get("/api/v1/status/" + id.toString().replace("-", "").substring(0, 30))), 400);
        isProblem(mvc.perform(get("/api/v1/status/" + TrackingCode.generate("PMH").value())), 404);
    }

    @Test
    void anotherCitizensApplicationIsNotFound() throws Exception {
        UUID id = filledBillboardDraft(citizen);
        String attachment = body(call(citizen, get("/api/v1/applications/" + id))).get("attachments").get(0).get("id").asString();
        Viewer other = city.citizen();
        String app = "/api/v1/applications/" + id;
        isProblem(call(other, get(app)), 404);
        isProblem(call(other, put(app + "/answers").contentType(MediaType.APPLICATION_JSON).content(ANSWERS)), 404);
        isProblem(call(other, get(app + "/check")), 404);
        isProblem(call(other, get(app + "/timeline")), 404);
        isProblem(call(other, get(app + "/attachments/" + attachment)), 404);
        isProblem(call(other, delete(app + "/attachments/" + attachment)), 404);
        isProblem(call(other, multipart(app + "/attachments")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", ApplicationFixture.PDF)).param("document", "desain")), 404);
        isProblem(call(other, post(app + "/submission")), 404);
        call(other, get("/api/v1/applications")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        // the same account id signed in to another city finds nothing either
        TenantId elsewhere = fixture.newCity().tenant();
        Viewer sameIdOtherCity = new Viewer(citizen.accountId(), elsewhere, "Warga", Set.of(Role.CITIZEN), Optional.empty());
        isProblem(call(sameIdOtherCity, get(app)), 404);
        isProblem(call(sameIdOtherCity, post(app + "/submission")), 404);
        isProblem(call(sameIdOtherCity, get(app + "/attachments/" + attachment)), 404);

        // the owner still has it all, and nobody's attempts changed it
        call(citizen, get(app)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.attachments.length()").value(1));
    }

    @Test
    void onlyCitizensUseTheCitizenEndpoints() throws Exception {
        mvc.perform(get("/api/v1/applications")).andExpect(status().isUnauthorized());
        mvc.perform(jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}")).andExpect(status().isUnauthorized());
        isProblem(call(city.officer("dpupr"), jsonPost("/api/v1/applications", "{\"service\":\"izin-reklame\"}")), 403);
        isProblem(call(city.officer("dpupr"), get("/api/v1/applications")), 403);
        isProblem(call(citizen, get("/api/v1/inbox")), 403);
        // a draft is not routed anywhere yet: officers do not see it
        UUID id = filledBillboardDraft(citizen);
        isProblem(call(city.officer("dpupr"), get("/api/v1/inbox/applications/" + id)), 404);
        isProblem(call(city.officer("dpupr"), get("/api/v1/applications/" + id + "/timeline")), 404);
    }

    @Test
    void theOpenApiDescriptionNamesTheEndpointsAndTheIdempotencyKey() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/applications/{id}/submission", "/api/v1/inbox/steps/{stepId}/claim",
                "/api/v1/status/{trackingCode}", "Idempotency-Key");
    }
}
