package id.satupintu.complaints.api;

import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officers' complaint API: the desk's and the agencies' moves over JSON, with the web pages' access rules. */
class ComplaintWorkApiTest extends ComplaintsTestSupport {

    @Test
    void theDeskVerifiesAndDispatchesAndTheAgencyResolvesWithAProofPhotoOverJson() throws Exception {
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        Viewer desk = city.desk();
        String base = "/api/v1/complaint-work/" + filed.id();

        call(desk, get("/api/v1/complaint-work").param("status", "SUBMITTED"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].trackingCode").value(filed.trackingCode()));
        call(desk, post(base + "/verification")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERIFIED"));
        call(desk, post(base + "/dispatch").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencies\":[\"dsdabm\"],\"tier\":\"light\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.tasks", hasSize(1)))
                .andExpect(jsonPath("$.tasks[0].agencyCode").value("dsdabm"));
        ComplaintView dispatched = lookup.find(desk, filed.id()).orElseThrow();
        String task = "/api/v1/complaint-work/tasks/" + dispatched.tasks().getFirst().id();

        // another agency neither sees it nor moves it; a citizen is not let in at all
        Viewer parks = city.officer("dlh");
        call(parks, get(base)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(parks, post(task + "/start")).andExpect(status().isNotFound());
        call(citizen, get("/api/v1/complaint-work")).andExpect(status().isForbidden());

        Viewer roads = city.officer("dsdabm");
        call(roads, get(base)).andExpect(status().isOk())
                // confidential: the agency never learns who reported it
                .andExpect(jsonPath("$.reporterId").doesNotExist());
        call(roads, post(task + "/start")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        // no proof photo: 400 naming the field
        call(roads, multipart(task + "/resolution").param("note", "Sudah ditambal."))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(roads, multipart(task + "/resolution").param("note", "Sudah ditambal.")
                        .file(new MockMultipartFile("photo", "bukti.jpg", "image/jpeg", ComplaintFixture.jpeg())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));
        call(roads, post(base + "/notes").contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Ditambal aspal dingin.\"}"))
                .andExpect(status().isCreated());
        call(desk, get(base + "/notes")).andExpect(jsonPath("$", hasSize(1)));
        call(roads, get(base + "/timeline")).andExpect(jsonPath("$[0].kind").value("submitted"));
        assertThat(lookup.find(citizen, filed.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void badInputAndRefusedMovesAreProblemJsonNeverA500() throws Exception {
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        Viewer desk = city.desk();
        String base = "/api/v1/complaint-work/" + filed.id();

        // dispatching before verification is a move the state machine does not allow
        call(desk, post(base + "/dispatch").contentType(MediaType.APPLICATION_JSON).content("{\"agencies\":[\"dsdabm\"]}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(desk, post(base + "/verification")).andExpect(status().isOk());
        call(desk, post(base + "/dispatch").contentType(MediaType.APPLICATION_JSON).content("{\"agencies\":[]}"))
                .andExpect(status().isBadRequest());
        call(desk, post(base + "/dispatch").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencies\":[\"dsdabm\"],\"tier\":\"URGENT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tier"));
        call(desk, post(base + "/dispatch").contentType(MediaType.APPLICATION_JSON).content("{\"agencies\":[\"tidak-ada\"]}"))
                .andExpect(status().isBadRequest());
        call(desk, post(base + "/rejection").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest());
        call(desk, post(base + "/rejection").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(desk, get("/api/v1/complaint-work").param("status", "NOT_A_STATE")).andExpect(status().isBadRequest());
        call(desk, get("/api/v1/complaint-work").param("page", "-1")).andExpect(status().isBadRequest());
        call(desk, get("/api/v1/complaint-work/not-a-uuid")).andExpect(status().isBadRequest());
        // an agency that is not the desk cannot verify
        call(city.officer("dsdabm"), post(base + "/verification")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionListsTheOfficersComplaintApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/complaint-work/{id}/dispatch", "/api/v1/complaint-work/tasks/{taskId}/resolution",
                "ComplaintDispatch", "reporterSecret");
    }
}
