package id.satupintu.complaints.api;

import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.PrivacyMode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaints JSON API: filing, the public list without reporters, problem+json for bad input. */
class ComplaintsApiTest extends ComplaintsTestSupport {

    @Test
    void aCitizenFilesWithAPhotoAndARepeatWithTheSameKeyGivesTheSameComplaint() throws Exception {
        MockMultipartFile photo = new MockMultipartFile("photo", "lubang.jpg", "image/jpeg", ComplaintFixture.jpeg());
        String first = call(citizen, multipart("/api/v1/complaints").file(photo).param("category", "jalan-rusak")
                        .param("description", "Jalan berlubang di depan sekolah dasar.").param("lat", "-7.2915")
                        .param("lon", "112.7398").header("Idempotency-Key", "kunci-api-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.reporter").value(true))
                .andReturn().getResponse().getContentAsString();
        String again = call(citizen, multipart("/api/v1/complaints").file(photo).param("category", "jalan-rusak")
                        .param("description", "Jalan berlubang di depan sekolah dasar.").param("lat", "-7.2915")
                        .param("lon", "112.7398").header("Idempotency-Key", "kunci-api-1"))
                .andReturn().getResponse().getContentAsString();
        String code = first.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
        assertThat(again).contains(code);
        assertThat(filing.mine(citizen)).hasSize(1).first().satisfies(c -> assertThat(c.photoIds()).hasSize(1));
        call(citizen, get("/api/v1/complaints/mine")).andExpect(jsonPath("$", hasSize(1)));
        assertThat(first).doesNotContain("\"reporterSecret\":\"");
    }

    @Test
    void anOutsideSystemFilingForSomeoneWithoutAnAccountGetsTheReporterSecretOnce() throws Exception {
        String filed = call(city.apiClient(), multipart("/api/v1/complaints").param("category", "sampah")
                        .param("description", "Sampah menumpuk di depan pasar.").param("address", "Pasar Genteng"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reporterSecret").isString())
                .andReturn().getResponse().getContentAsString();
        String code = filed.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
        String secret = filed.replaceAll(".*\"reporterSecret\":\"([^\"]+)\".*", "$1");
        assertThat(lookup.followUp(new id.satupintu.complaints.ReporterSecret(city.tenant(), code, secret))).isPresent();
    }

    @Test
    void thePublicListShowsNoReporterAndNoConfidentialComplaint() throws Exception {
        ComplaintView open = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        ComplaintView secret = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        // anonymous visitors are served the default tenant; read as a signed-in citizen of the test city
        call(city.citizen(), get("/api/v1/complaints")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].trackingCode").value(open.trackingCode()))
                .andExpect(content().string(not(containsString(citizen.accountId().toString()))))
                .andExpect(content().string(not(containsString(secret.trackingCode()))));
        call(city.citizen(), get("/api/v1/complaints/" + secret.trackingCode())).andExpect(status().isNotFound());
        call(city.citizen(), get("/api/v1/complaints/" + open.trackingCode() + "/timeline"))
                .andExpect(jsonPath("$[0].kind").value("submitted"));
        call(city.citizen(), get("/api/v1/complaints/nearby").param("category", "jalan-rusak")
                .param("lat", "-7.2915").param("lon", "112.7398")).andExpect(jsonPath("$", hasSize(1)));
        call(city.citizen(), get("/api/v1/complaint-categories").param("lang", "en"))
                .andExpect(jsonPath("$[0].name").value("Damaged road or pothole"));
    }

    @Test
    void badInputAnswersProblemJsonNeverA500() throws Exception {
        call(citizen, multipart("/api/v1/complaints").param("category", "jalan-rusak").param("description", "pendek")
                .param("address", "Jl. Darmo")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(citizen, multipart("/api/v1/complaints").param("category", "jalan-rusak")
                .param("description", "Jalan berlubang di depan sekolah.").param("address", "Jl. Darmo").param("privacy", "SEMBUNYI"))
                .andExpect(status().isBadRequest());
        call(citizen, multipart("/api/v1/complaints").param("description", "Jalan berlubang di depan sekolah."))
                .andExpect(status().isBadRequest());
        call(citizen, multipart("/api/v1/complaints").param("category", "jalan-rusak")
                .param("description", "Jalan berlubang di depan sekolah.").param("lat", "-7.29"))
                .andExpect(status().isBadRequest());
        call(citizen, multipart("/api/v1/complaints").param("category", "jalan-rusak")
                .param("description", "Jalan berlubang di depan sekolah.").param("lat", "abc").param("lon", "112"))
                .andExpect(status().isBadRequest());
        call(citizen, get("/api/v1/complaints").param("from", "kemarin")).andExpect(status().isBadRequest());
        call(citizen, get("/api/v1/complaints").param("status", "BOGUS")).andExpect(status().isBadRequest());
        call(citizen, get("/api/v1/complaints").param("size", "5000")).andExpect(status().isBadRequest());
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        call(citizen, post("/api/v1/complaints/" + filed.id() + "/confirmation")).andExpect(status().isConflict());
        call(citizen, post("/api/v1/complaints/" + filed.id() + "/rating").contentType(MediaType.APPLICATION_JSON)
                .content("{\"stars\":9}")).andExpect(status().isBadRequest());
        call(city.citizen(), post("/api/v1/complaints/" + filed.id() + "/dispute").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"belum\"}")).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/complaints").param("category", "sampah")).andExpect(status().isUnauthorized());
    }
}
