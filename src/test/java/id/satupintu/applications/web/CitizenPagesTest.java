package id.satupintu.applications.web;

import id.satupintu.applications.CaseWork;
import id.satupintu.ui.TrackingCodeText;
import id.satupintu.TestPrincipals;
import id.satupintu.applications.ApplicationFixture;
import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import jakarta.servlet.http.Cookie;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizen's pages of an application in MockMvc: start, the form generated from the schema with errors shown in
 * a summary and inline, uploads sniffed by content, check your answers, idempotent submit, receipt, my applications,
 * corrections, issued documents and the public status; others' applications are not found.
 */
class CitizenPagesTest extends id.satupintu.applications.ApplicationsTestSupport {

    @Autowired
    JsonMapper json;


    // ---- helpers ----

    ResultActions as(Viewer viewer, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(authentication(TestPrincipals.as(viewer))).with(csrf()));
    }

    String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    UUID start(Viewer who, String service, String expectedPage) throws Exception {
        String location = as(who, post("/layanan/" + service + "/ajukan").param("kunci", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/permohonan/*/" + expectedPage))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.split("/")[2]);
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("berkas", name, "application/pdf", content);
    }

    JsonNode answers(UUID id) {
        return json.readTree(applications.find(citizen, id).orElseThrow().formData());
    }

    // ---- tests ----

    @Test
    void aCitizenAppliesPageByPageAndGetsAReceipt() throws Exception {
        // starting twice from the same page (a double click) gives one draft
        String key = UUID.randomUUID().toString();
        String first = as(citizen, post("/layanan/izin-reklame/ajukan").param("kunci", key))
                .andExpect(redirectedUrlPattern("/permohonan/*/isian")).andReturn().getResponse().getRedirectedUrl();
        as(citizen, post("/layanan/izin-reklame/ajukan").param("kunci", key)).andExpect(redirectedUrl(first));
        UUID id = UUID.fromString(first.split("/")[2]);
        String base = "/permohonan/" + id;

        // the form is generated from the schema
        as(citizen, get(base + "/isian")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"lokasi\">Lokasi</label>"),
                        containsString("name=\"luas\""), containsString("inputmode=\"decimal\""),
                        containsString("maxlength=\"200\""), containsString("Simpan draf"))));

        // "continue" checks: a summary linking to each field and the message next to it, what was typed kept
        String refused = html(as(citizen, post(base + "/isian").param("action", "next").param("lokasi", "").param("luas", "dua belas"))
                .andExpect(status().isOk()));
        assertThat(refused).contains("class=\"error-summary\"", "href=\"#lokasi\"", "href=\"#luas\"",
                "id=\"lokasi-error\"", "Wajib diisi.", "id=\"luas-error\"", "value=\"dua belas\"", "<title>Galat: ");

        // "save draft" keeps a half-filled form without checking it
        as(citizen, post(base + "/isian").param("action", "save").param("lokasi", "Jl").param("luas", ""))
                .andExpect(redirectedUrl(base + "/isian"));
        assertThat(answers(id).get("lokasi").asString()).isEqualTo("Jl");
        assertThat(answers(id).has("luas")).isFalse();

        // numbers are stored as numbers (an Indonesian decimal comma too); an emptied field is removed
        as(citizen, post(base + "/isian").param("action", "next").param("lokasi", "Jl. Raya Darmo 1").param("luas", "12,5"))
                .andExpect(redirectedUrl(base + "/dokumen"));
        assertThat(answers(id).get("luas").isNumber()).isTrue();
        assertThat(answers(id).get("luas").asDouble()).isEqualTo(12.5);

        // uploads: the name says PDF, the content is text: refused next to the document's input
        as(citizen, get(base + "/dokumen")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("accept=\".pdf,.jpg,.jpeg,.png\""),
                        containsString("id=\"dok-desain\""), containsString("id=\"dok-foto-lokasi\""))));
        String wrongType = html(as(citizen, multipart(base + "/dokumen")
                .file(file("desain.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
                .param("dokumen", "desain")).andExpect(status().isOk()));
        assertThat(wrongType).contains("href=\"#dok-desain\"", "id=\"dok-desain-error\"", "Hanya berkas PDF, JPG atau PNG");
        as(citizen, multipart(base + "/dokumen").file(file("desain.pdf", ApplicationFixture.PDF)).param("dokumen", "desain"))
                .andExpect(redirectedUrl(base + "/dokumen#dok-desain"));
        as(citizen, get(base + "/dokumen")).andExpect(content().string(allOf(containsString("desain.pdf"), containsString("Hapus"))));

        // check your answers, with a change link per answer
        as(citizen, get(base + "/periksa")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Jl. Raya Darmo 1"), containsString("12.5"),
                        containsString("desain.pdf"), containsString("href=\"" + base + "/isian#lokasi\""),
                        not(containsString("error-summary")))));

        // submit twice (double click, retry): one submission, the same receipt
        as(citizen, post(base + "/kirim")).andExpect(redirectedUrl(base + "/tanda-terima"));
        as(citizen, post(base + "/kirim")).andExpect(redirectedUrl(base + "/tanda-terima"));
        ApplicationView submitted = applications.find(citizen, id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(applications.mine(citizen)).hasSize(1);
        String code = submitted.trackingCode().orElseThrow();
        String[] groups = code.split("-");

        as(citizen, get(base + "/tanda-terima")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Permohonan terkirim"),
                        containsString("<span class=\"group\">" + groups[1] + "</span>"),
                        containsString(TrackingCodeText.spoken(code)),
                        containsString(base + "/tanda-terima.pdf"), containsString("/status/" + code))));
        byte[] receipt = as(citizen, get(base + "/tanda-terima.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(receipt, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // my applications and the application's page with its steps and timeline
        as(citizen, get("/permohonan")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Izin reklame"), containsString(code), containsString("Sedang diproses"))));
        as(citizen, get(base)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kajian teknis"), containsString("Dinas Pekerjaan Umum"),
                        containsString("Permohonan diterima"), containsString("Menunggu petugas"))));
        // a submitted application is no longer edited page by page
        as(citizen, get(base + "/isian")).andExpect(redirectedUrl(base));
    }

    @Test
    void checkYourAnswersListsWhatStopsASubmissionWithLinksToWhereItIsFixed() throws Exception {
        UUID id = start(citizen, "izin-reklame", "isian");
        String base = "/permohonan/" + id;
        as(citizen, get(base + "/periksa")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("href=\"" + base + "/isian#lokasi\""), containsString("href=\"" + base + "/dokumen#dok-desain\""),
                        containsString("Unggah dokumen: Desain reklame"))));
        String refused = html(as(citizen, post(base + "/kirim")).andExpect(status().isOk()));
        assertThat(refused).contains("error-summary", base + "/isian#luas");
        assertThat(applications.find(citizen, id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aServiceOfTheApplicantsKelurahanAsksForItFirst() throws Exception {
        UUID id = start(citizen, "surat-domisili", "wilayah");
        String base = "/permohonan/" + id;
        as(citizen, get(base + "/wilayah")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<optgroup label=\"Kecamatan Kecamatan Uji\">"),
                        containsString("value=\"" + city.kelurahan() + "\""))));
        as(citizen, post(base + "/wilayah").param("kelurahan", "")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#kelurahan\""), containsString("Pilih kelurahan tempat tinggal Anda."))));
        as(citizen, post(base + "/wilayah").param("kelurahan", city.tenant().code() + ".01.9999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kelurahan-error\"")));
        as(citizen, post(base + "/wilayah").param("kelurahan", city.kelurahan())).andExpect(redirectedUrl(base + "/isian"));
        assertThat(applications.find(citizen, id).orElseThrow().kelurahanCode()).contains(city.kelurahan());
        // no documents: the form leads to the check page, which names the kelurahan
        as(citizen, post(base + "/isian").param("keperluan", "Melamar kerja")).andExpect(redirectedUrl(base + "/periksa"));
        as(citizen, get(base + "/periksa")).andExpect(content().string(allOf(containsString("Kelurahan Uji"), containsString("Melamar kerja"))));
        as(citizen, post(base + "/kirim")).andExpect(redirectedUrl(base + "/tanda-terima"));
        // the steps of the applicant's area went to the real offices
        as(citizen, get(base + "/tanda-terima")).andExpect(content().string(allOf(containsString("Kelurahan Uji"), containsString("Kecamatan Uji"))));
    }

    @Test
    void thePagesSpeakEnglishOnRequest() throws Exception {
        UUID id = start(citizen, "izin-reklame", "isian");
        Cookie english = new Cookie("sp_lang", "en");
        as(citizen, post("/permohonan/" + id + "/isian").cookie(english).param("action", "next").param("lokasi", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fill in the form"), containsString("<label for=\"lokasi\">Location</label>"),
                        containsString("Required."), containsString("There is a problem"), not(containsString("Wajib diisi")))));
    }

    @Test
    void anotherCitizensApplicationIsNotFound() throws Exception {
        ApplicationView theirs = fixture.submittedBillboardPermit(city, citizen);
        Viewer stranger = city.citizen();
        String base = "/permohonan/" + theirs.id();
        for (String path : new String[]{base, base + "/isian", base + "/dokumen", base + "/periksa", base + "/tanda-terima",
                base + "/tanda-terima.pdf", base + "/berkas/" + theirs.attachments().getFirst().id(),
                base + "/dokumen-terbit/" + theirs.parts().getFirst().id()}) {
            as(stranger, get(path)).andExpect(status().isNotFound());
        }
        as(stranger, post(base + "/kirim")).andExpect(status().isNotFound());
        as(stranger, post(base + "/perbaikan").param("pesan", "x")).andExpect(status().isNotFound());
        as(stranger, multipart(base + "/dokumen").file(file("a.pdf", ApplicationFixture.PDF)).param("dokumen", "desain"))
                .andExpect(status().isNotFound());
        assertThat(html(as(stranger, get("/permohonan")))).doesNotContain(theirs.trackingCode().orElseThrow());
    }

    @Test
    void signingInIsNeededToApplyAndLeadsBack() throws Exception {
        mvc.perform(get("/layanan/izin-reklame/ajukan")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/masuk")));
        mvc.perform(get("/permohonan")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/masuk")));
        // signed in, the start page offers the button that creates the draft
        as(citizen, get("/layanan/izin-reklame/ajukan")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("action=\"/layanan/izin-reklame/ajukan\""), containsString("Mulai permohonan"))));
        as(citizen, get("/layanan/tidak-ada/ajukan")).andExpect(status().isNotFound());
        // the catalogue page shows anonymous visitors a sign-in link and citizens the button
        mvc.perform(get("/layanan/akta-kelahiran")).andExpect(content().string(containsString("href=\"/layanan/akta-kelahiran/ajukan\"")));
    }

    @Test
    void aCorrectionIsMadeAndAnsweredFromTheApplicationsPage() throws Exception {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        Viewer officer = city.officer("dpupr");
        StepView step = submitted.steps().stream().filter(s -> s.status() == StepStatus.OPEN).findFirst().orElseThrow();
        caseWork.claim(officer, step.id());
        caseWork.requestCorrection(officer, step.id(), "Desain belum mencantumkan ukuran.");
        String base = "/permohonan/" + submitted.id();

        as(citizen, get(base)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"perbaikan\""), containsString("Desain belum mencantumkan ukuran."),
                        containsString("Perlu perbaikan"), containsString("href=\"" + base + "/dokumen\""))));
        // the pages of the draft open again; continuing leads back to the application
        as(citizen, get(base + "/dokumen")).andExpect(status().isOk()).andExpect(content().string(containsString("notice warn")));
        as(citizen, post(base + "/isian").param("lokasi", "Jl. Raya Darmo 2").param("luas", "10"))
                .andExpect(redirectedUrl(base + "#perbaikan"));
        as(citizen, post(base + "/perbaikan").param("pesan", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pesan-error\"")));
        as(citizen, post(base + "/perbaikan").param("pesan", "Ukuran sudah ditambahkan.")).andExpect(redirectedUrl(base));
        assertThat(applications.find(citizen, submitted.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        as(citizen, get(base)).andExpect(content().string(allOf(containsString("Perbaikan dikirim"), containsString("Ukuran sudah ditambahkan."))));
    }

    @Test
    void anAutomaticPermitIsDownloadedFromTheApplicationsPage() throws Exception {
        UUID id = start(citizen, "nib-mikro", "isian");
        String base = "/permohonan/" + id;
        as(citizen, post(base + "/isian").param("namaUsaha", "Warung Bu Siti")).andExpect(redirectedUrl(base + "/periksa"));
        as(citizen, post(base + "/kirim")).andExpect(redirectedUrl(base + "/tanda-terima"));
        ApplicationView done = applications.find(citizen, id).orElseThrow();
        assertThat(done.status()).isEqualTo(ApplicationStatus.COMPLETED);
        UUID part = done.parts().getFirst().id();
        as(citizen, get(base)).andExpect(content().string(containsString(base + "/dokumen-terbit/" + part)));
        as(citizen, get(base + "/dokumen-terbit/" + part)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().string(startsWith("%PDF-")));
    }

    @Test
    void thePublicStatusNeedsOnlyTheCodeAndShowsNoPersonalData() throws Exception {
        ApplicationView submitted = fixture.submittedBillboardPermit(city, citizen);
        String code = submitted.trackingCode().orElseThrow();
        // anyone of the city: here another signed-in person (anonymous visitors get the tenant of the host)
        Viewer someone = new Viewer(UUID.randomUUID(), city.tenant(), "Orang Lain", Set.of(Role.CITIZEN), Optional.empty());
        String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ";
        as(someone, get("/status").param("kode", typed)).andExpect(redirectedUrl("/status/" + code));
        as(someone, get("/status/" + code.toLowerCase(Locale.ROOT))).andExpect(redirectedUrl("/status/" + code));
        as(someone, get("/status/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Izin reklame"), containsString("Kajian teknis"),
                        containsString("Sedang diproses"), not(containsString("Jl. Darmo")), not(containsString("desain.pdf")),
                        not(containsString("Warga Uji")))));
        as(someone, get("/status").param("kode", "bukan kode")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kode-error\"")));
        mvc.perform(get("/status")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"kode\"")));
        mvc.perform(get("/status/" + code)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Permohonan tidak ditemukan")));
    }

    @Test
    void theFormOfALifeEventBundleUsesTheRightInputForEachAnswer() throws Exception {
        Viewer resident = new Viewer(UUID.randomUUID(), id.satupintu.shared.TenantId.of("35.78"), "Siti", Set.of(Role.CITIZEN), Optional.empty());
        String location = as(resident, post("/layanan/paket/peristiwa-kelahiran/ajukan"))
                .andExpect(redirectedUrlPattern("/permohonan/*/wilayah")).andReturn().getResponse().getRedirectedUrl();
        String base = location.substring(0, location.lastIndexOf('/'));
        String form = html(as(resident, get(base + "/isian")).andExpect(status().isOk()));
        assertThat(form).contains("<legend>Jenis kelamin</legend>", "<input type=\"radio\" id=\"jenisKelamin\" name=\"jenisKelamin\"",
                "<label for=\"jenisKelamin-2\">Perempuan</label>", "type=\"date\"", "inputmode=\"numeric\"", "16 digit angka.",
                "Sesuai surat keterangan lahir");
        as(resident, post(base + "/isian").param("action", "save").param("anakKe", "2").param("jenisKelamin", "P")
                .param("tanggalLahir", "2026-11-20")).andExpect(redirectedUrl(base + "/isian"));
        JsonNode saved = json.readTree(applications.find(resident, UUID.fromString(base.split("/")[2])).orElseThrow().formData());
        assertThat(saved.get("anakKe").isIntegralNumber()).isTrue();
        assertThat(saved.get("jenisKelamin").asString()).isEqualTo("P");
        // a long list of choices is a select; several answers are checkboxes
        String moving = as(resident, post("/layanan/paket/pindah-alamat/ajukan")).andReturn().getResponse().getRedirectedUrl();
        String movingForm = html(as(resident, get(moving.substring(0, moving.lastIndexOf('/')) + "/isian")));
        assertThat(movingForm).contains("<select id=\"alasanPindah\"", "<input type=\"checkbox\" id=\"perubahanData\"", "Satu per baris.");
    }
}
