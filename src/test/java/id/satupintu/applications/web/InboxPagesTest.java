package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.ApplicationsTestSupport;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.shared.Viewer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officers' inbox pages beyond the happy path of {@link OfficerPagesTest}: answers with the catalogue's labels in
 * both languages, a lost claim race told in both languages, the filters and the decided view, rejection and hand-over
 * through the pages with their inline errors, and the agency head's load with overdue work.
 */
class InboxPagesTest extends ApplicationsTestSupport {

    private static final Cookie ENGLISH = new Cookie("sp_lang", "en");

    @Autowired
    JdbcClient jdbc;

    ApplicationView submitted;
    String base;
    UUID step;
    Viewer works;

    @BeforeEach
    void aSubmittedPermit() {
        submitted = fixture.submittedBillboardPermit(city, citizen);
        base = "/kotak-masuk/" + submitted.id();
        step = submitted.steps().getFirst().id();
        works = city.officer("dpupr");
    }

    @Test
    void theCaseShowsTheAnswersUnderTheCatalogueLabelsInBothLanguages() throws Exception {
        call(works, get(base)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Izin reklame"), containsString("Lokasi"),
                        containsString("Jl. Darmo 1"), containsString("desain.pdf"), containsString("Kajian teknis"),
                        containsString(base + "/lampiran/" + submitted.attachments().getFirst().id()))));
        call(works, get(base).cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Billboard permit"), containsString("Location"),
                        containsString("Technical review"), containsString("Take"))));
        call(works, get("/kotak-masuk").cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Billboard permit"), containsString("Technical review"),
                        containsString("<th scope=\"col\">"), containsString("<caption"))));
    }

    @Test
    void theOfficerWhoLosesTheClaimIsToldSoInBothLanguages() throws Exception {
        Viewer first = works;
        Viewer second = city.officer("dpupr");
        call(first, post(base + "/langkah/" + step + "/ambil").with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("done", "inbox.done.ambil"));

        MvcResult lost = call(second, post(base + "/langkah/" + step + "/ambil").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", "application.step.taken")).andReturn();
        FlashMap told = lost.getFlashMap();
        call(second, get(base).flashAttrs(told)).andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah diambil petugas lain")));
        call(second, get(base).flashAttrs(told).cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Another officer has already taken this step.")));

        // the loser cannot decide the step either: a conflict, not an error page
        call(second, post(base + "/langkah/" + step + "/setujui").with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("problem", "application.step.notHeld"));
        assertThat(applications.find(first, submitted.id()).orElseThrow().steps().getFirst().status())
                .isEqualTo(StepStatus.CLAIMED);
    }

    @Test
    void theFiltersAndTheDecidedViewShowTheRightSteps() throws Exception {
        String code = submitted.trackingCode().orElseThrow();
        Viewer colleague = city.officer("dpupr");
        call(works, get("/kotak-masuk").param("saya", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        call(works, post(base + "/langkah/" + step + "/ambil").with(csrf())).andExpect(redirectedUrl(base));

        call(works, get("/kotak-masuk").param("saya", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        call(colleague, get("/kotak-masuk").param("saya", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        call(colleague, get("/kotak-masuk").param("status", "CLAIMED")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("Diambil petugas lain"))));
        call(works, get("/kotak-masuk").param("status", "CLAIMED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Diambil oleh Anda")));
        call(works, get("/kotak-masuk").param("status", "OPEN")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        call(works, get("/kotak-masuk").param("terlambat", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        // sort and status come from allow-lists: anything else falls back to the default, never an error
        call(works, get("/kotak-masuk").param("urut", "due_at; drop table applications").param("status", "x'--")
                .param("halaman", "-3")).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        for (String sort : new String[]{"DUE", "NEWEST", "OLDEST"}) {
            call(works, get("/kotak-masuk").param("urut", sort)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(code)));
        }

        call(works, post(base + "/langkah/" + step + "/setujui").param("catatan", "Konstruksi aman").with(csrf()))
                .andExpect(status().is3xxRedirection());
        call(works, get("/kotak-masuk")).andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));
        call(works, get("/kotak-masuk").param("selesai", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("Sudah diputuskan"))));
    }

    @Test
    void aRejectionNeedsAReasonAndTheCitizenReadsIt() throws Exception {
        call(works, post(base + "/langkah/" + step + "/ambil").with(csrf())).andExpect(redirectedUrl(base));

        call(works, post(base + "/langkah/" + step + "/tolak").param("alasan", "").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#alasan-" + step + "\""),
                        containsString("id=\"alasan-" + step + "-error\""), containsString("aria-invalid=\"true\""))));
        call(works, post(base + "/langkah/" + step + "/koreksi").param("pesan", "  ").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"pesan-" + step + "-error\"")));
        call(works, post(base + "/catatan").param("isi", "").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"isi-error\"")));
        assertThat(applications.find(works, submitted.id()).orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.CLAIMED);

        call(works, post(base + "/langkah/" + step + "/tolak").param("alasan", "Lokasi di jalur hijau").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "inbox.done.tolak"));
        assertThat(applications.timeline(citizen, submitted.id())).extracting(TimelineEntry::message)
                .anySatisfy(message -> assertThat(message).contains("Lokasi di jalur hijau"));
    }

    @Test
    void aStepIsHandedOverToAnOfficeAndLeavesTheInbox() throws Exception {
        String code = submitted.trackingCode().orElseThrow();
        call(works, get(base)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + city.kelurahanOffice() + "\""),
                        containsString("value=\"dpmptsp\""), not(containsString("value=\"dpupr\"")))));

        call(works, post(base + "/langkah/" + step + "/alihkan").param("tujuan", "").param("alasan", "Salah instansi").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"tujuan-" + step + "-error\"")));
        call(works, post(base + "/langkah/" + step + "/alihkan").param("tujuan", "dpmptsp").param("alasan", "").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"alasan-alih-" + step + "-error\"")));

        Viewer office = city.officer(city.kelurahanOffice());
        call(works, post(base + "/langkah/" + step + "/alihkan").param("tujuan", city.kelurahanOffice())
                        .param("alasan", "Perlu cek lapangan").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "inbox.done.alihkan"));
        call(works, get("/kotak-masuk")).andExpect(content().string(not(containsString(code))));
        call(office, get("/kotak-masuk")).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        call(office, get(base)).andExpect(status().isOk())
                .andExpect(content().string(containsString(base + "/langkah/" + step + "/ambil")));
    }

    @Test
    void theHeadSeesWhoHoldsWhatAndTheOverdueWork() throws Exception {
        // the officer's name comes from their account (a test viewer has none): the row shows one step held, one overdue
        call(works, post(base + "/langkah/" + step + "/ambil").with(csrf())).andExpect(redirectedUrl(base));
        Instant past = Instant.now().minus(3, ChronoUnit.DAYS);
        jdbc.sql("update application_steps set due_at = :past where id = :id")
                .param("past", Timestamp.from(past)).param("id", step).update();

        String code = submitted.trackingCode().orElseThrow();
        call(city.head("dpupr"), get("/kotak-masuk/beban")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Beban kerja instansi</h1>"), containsString("<td>1</td><td>1</td>"),
                        containsString("href=\"" + base + "\""), containsString(code), containsString("scope=\"col\""))));
        call(city.head("dpupr"), get("/kotak-masuk/beban").cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue work")));
        call(works, get("/kotak-masuk").param("terlambat", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("Melewati tenggat"))));
    }

    @Test
    void theInboxFiltersByServiceAndKeepsItsFiltersWithinBounds() throws Exception {
        String code = submitted.trackingCode().orElseThrow();
        call(works, get("/kotak-masuk")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"layanan\">"),
                        containsString("<option value=\"izin-reklame\""))));
        call(works, get("/kotak-masuk").param("layanan", "izin-reklame")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("value=\"izin-reklame\" selected"))));
        call(works, get("/kotak-masuk").param("layanan", "surat-domisili")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        // an unknown service is no filter; a page far beyond the end is an empty page, not an error
        call(works, get("/kotak-masuk").param("layanan", "' or 1=1 --")).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        call(works, get("/kotak-masuk").param("halaman", "99999999")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
    }

    @Test
    void anUnknownHandOverTargetIsShownAtTheSelect() throws Exception {
        call(works, post(base + "/langkah/" + step + "/alihkan").param("tujuan", "tidak-ada").param("alasan", "Salah instansi").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"tujuan-" + step + "-error\"")));
    }

    @Test
    void anOfficeSeesTheApplicantsKelurahanByName() throws Exception {
        ApplicationView draft = drafts.startDraft(citizen, "surat-domisili", false, java.util.Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"keperluan\":\"Melamar kerja\"}"),
                java.util.Optional.of(city.kelurahan()));
        ApplicationView letter = applications.submit(citizen, draft.id());
        call(city.officer(city.kelurahanOffice()), get("/kotak-masuk/" + letter.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Melamar kerja"),
                        containsString("Kelurahan Uji (" + city.kelurahan() + ")"))));
    }
}
