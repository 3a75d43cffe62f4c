package id.satupintu.complaints.desk;

import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.TaskView;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk's and the agencies' complaint pages in MockMvc: the whole handling through the pages, errors inline. */
class ComplaintDeskPagesTest extends ComplaintsTestSupport {

    @Test
    void theDeskVerifiesAndDispatchesAndTheAgencyResolvesWithAProofPhoto() throws Exception {
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        Viewer desk = city.desk();
        String base = "/pengaduan/kelola/" + filed.id();
        call(desk, get("/pengaduan/kelola")).andExpect(status().isOk())
                .andExpect(content().string(containsString(filed.trackingCode())));
        call(desk, get(base)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jalan berlubang besar")))
                .andExpect(content().string(containsString(base + "/verifikasi")));

        call(desk, post(base + "/tolak").param("alasan", " ").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("alasan-error")));
        call(desk, post(base + "/verifikasi").with(csrf())).andExpect(redirectedUrl(base));
        call(desk, post(base + "/teruskan").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("tujuan-error")));
        call(desk, post(base + "/teruskan").param("tujuan", "dsdabm").param("tingkat", "LIGHT").with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(lookup.find(desk, filed.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.DISPATCHED);

        Viewer roads = city.officer("dsdabm");
        call(roads, get("/pengaduan/kelola")).andExpect(content().string(containsString(filed.trackingCode())));
        call(city.officer("dlh"), get("/pengaduan/kelola")).andExpect(content().string(not(containsString(filed.trackingCode()))));
        call(city.officer("dlh"), get(base)).andExpect(status().isNotFound());

        TaskView task = lookup.find(roads, filed.id()).orElseThrow().tasks().getFirst();
        String taskBase = base + "/tugas/" + task.id();
        call(roads, post(taskBase + "/mulai").with(csrf())).andExpect(redirectedUrl(base));
        call(roads, multipart(taskBase + "/selesai").param("catatan", "Sudah ditambal.").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("foto-" + task.id() + "-error")));
        MockMultipartFile photo = new MockMultipartFile("foto", "bukti.jpg", "image/jpeg", ComplaintFixture.jpeg());
        call(roads, multipart(taskBase + "/selesai").file(photo).param("catatan", "Sudah ditambal.").with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(lookup.find(roads, filed.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.RESOLVED);

        call(roads, post(base + "/catatan").param("isi", "Cek ulang minggu depan").with(csrf()))
                .andExpect(redirectedUrlPattern(base + "*"));
        call(desk, get(base)).andExpect(content().string(containsString("Cek ulang minggu depan")));
        // the desk's actions are not the agency's
        call(roads, post(base + "/verifikasi").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theCasePagesAreForOfficersOnlyInBothLanguages() throws Exception {
        ComplaintView filed = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        call(citizen, get("/pengaduan/kelola")).andExpect(status().isForbidden());
        mvc.perform(get("/pengaduan/kelola/" + filed.id())).andExpect(status().is3xxRedirection());
        call(city.desk(), get("/pengaduan/kelola/" + filed.id()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Complaint desk actions")))
                .andExpect(content().string(containsString("Confidential")));
        call(city.desk(), get("/pengaduan/kelola/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        call(city.desk(), get("/pengaduan/kelola").param("status", "BOGUS").param("halaman", "99999999"))
                .andExpect(status().isOk());
    }
}
