package id.satupintu.complaints.web;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintFixture;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintsTestSupport;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public and citizen complaint pages in MockMvc: the list, map data and complaint pages show public complaints
 * and nothing about who reported them; filing works on one page, keeps what was typed on errors (in both languages),
 * files once per form, and offers similar complaints nearby; citizens join, confirm, dispute and rate.
 *
 * <p>Signed-in requests run in the test city; requests without a sign-in run in the default tenant (the host's),
 * so the tests for anonymous visitors file their complaints there.
 */
class ComplaintPagesTest extends ComplaintsTestSupport {

    private static final TenantId HOST_TENANT = TenantId.of("35.78");

    // ---- the public list ----

    @Test
    void theListShowsPublicComplaintsButNeverConfidentialOnesOrWhoReported() throws Exception {
        NewComplaint withContact = new NewComplaint("sampah", "Sampah menumpuk di pinggir jalan sejak seminggu.",
                Optional.of(ComplaintFixture.BUNGKUL), Optional.of("Jl. Taman Bungkul"), PrivacyMode.PUBLIC, List.of(),
                Channel.OPEN311, Optional.of(new NewComplaint.ReporterContact(Optional.of("siti.rahayu@example.com"),
                Optional.of("081234567890"), Optional.of("Siti"), Optional.of("Rahayu"))), Optional.empty(), "id");
        ComplaintView open311 = filing.file(city.apiClient(), withContact);
        ComplaintView mine = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        ComplaintView secret = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        Viewer visitor = new Viewer(UUID.randomUUID(), city.tenant(), "Pengunjung", Set.of(Role.CITIZEN), Optional.empty());

        String list = html(call(visitor, get("/pengaduan")));
        assertThat(list).contains(open311.trackingCode(), mine.trackingCode(), "Sampah menumpuk", "Menunggu verifikasi",
                "href=\"/pengaduan/lapor\"", "href=\"/pengaduan/peta\"");
        assertThat(list).doesNotContain(secret.trackingCode(), "Siti", "Rahayu", "siti.rahayu@example.com", "081234567890");

        String page = html(call(visitor, get("/pengaduan/" + open311.trackingCode())));
        assertThat(page).contains(open311.trackingCode(), "Sampah menumpuk di pinggir jalan", "Pengaduan diterima")
                .doesNotContain("Siti", "Rahayu", "siti.rahayu@example.com", "081234567890", "Warga Uji");
        // someone else cannot open the confidential one, its reporter can
        call(visitor, get("/pengaduan/" + secret.trackingCode())).andExpect(status().isNotFound());
        call(citizen, get("/pengaduan/" + secret.trackingCode())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pengaduan ini rahasia")));
    }

    @Test
    void filtersNarrowTheListAndWrongValuesAreShownAsErrorsNotFailures() throws Exception {
        ComplaintView pothole = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        ComplaintView rubbish = filing.file(citizen, new NewComplaint("sampah", "Tumpukan sampah di depan pasar tidak diangkut.",
                Optional.empty(), Optional.of("Pasar Wonokromo"), PrivacyMode.PUBLIC, List.of(), Channel.WEB, Optional.empty(),
                Optional.empty(), "id"));

        assertThat(html(call(citizen, get("/pengaduan").param("kategori", "sampah"))))
                .contains(rubbish.trackingCode()).doesNotContain(pothole.trackingCode());
        assertThat(html(call(citizen, get("/pengaduan").param("q", "pasar"))))
                .contains(rubbish.trackingCode()).doesNotContain(pothole.trackingCode());
        assertThat(html(call(citizen, get("/pengaduan").param("status", "REJECTED"))))
                .doesNotContain(rubbish.trackingCode(), pothole.trackingCode());
        assertThat(html(call(citizen, get("/pengaduan").param("dari", "2000-01-01").param("sampai", "2099-12-31"))))
                .contains(rubbish.trackingCode(), pothole.trackingCode());
        assertThat(html(call(citizen, get("/pengaduan").param("kecamatan", city.tenant().code() + ".01"))))
                .doesNotContain(rubbish.trackingCode()); // no boundaries in the test city: nothing has a kecamatan

        String wrong = html(call(citizen, get("/pengaduan").param("kategori", "tidak-ada").param("status", "BOGUS")
                .param("dari", "2026-13-45").param("instansi", "tidak-ada").param("kecamatan", "00.00.00")
                .param("halaman", "abc")));
        assertThat(wrong).contains("error-summary", "href=\"#kategori\"", "href=\"#status\"", "href=\"#dari\"",
                "href=\"#instansi\"", "href=\"#kecamatan\"", "Kategori pengaduan tidak dikenal.", "Pilih status dari daftar.",
                "Masukkan tanggal yang benar", "value=\"2026-13-45\"").doesNotContain(pothole.trackingCode());
        String english = html(call(citizen, get("/pengaduan").param("status", "BOGUS").param("sampai", "2020-01-01")
                .param("dari", "2021-01-01").cookie(new Cookie("sp_lang", "en"))));
        assertThat(english).contains("Choose a status from the list.", "The end date must be the same as or after the start date.",
                "There is a problem with what you entered");
        // a page past the end is just empty, a page that is no number the first
        call(citizen, get("/pengaduan").param("halaman", "99999999999")).andExpect(status().isOk());
        call(citizen, get("/pengaduan/peta").param("status", "BOGUS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih status dari daftar.")));
    }

    @Test
    void theListPagesThroughTwentyAtATime() throws Exception {
        for (int i = 0; i < 21; i++) {
            filing.file(citizen, new NewComplaint("lampu-jalan", "Lampu jalan nomor " + i + " mati sejak kemarin.",
                    Optional.empty(), Optional.of("Jl. Uji " + i), PrivacyMode.PUBLIC, List.of(), Channel.WEB,
                    Optional.empty(), Optional.empty(), "id"));
        }
        String first = html(call(citizen, get("/pengaduan").param("kategori", "lampu-jalan")));
        assertThat(first).contains("kategori=lampu-jalan&amp;halaman=2", "Halaman 1").doesNotContain("rel=\"prev\"");
        String second = html(call(citizen, get("/pengaduan").param("kategori", "lampu-jalan").param("halaman", "2")));
        assertThat(second).contains("Halaman 2", "rel=\"prev\"", "Lampu jalan nomor 0 mati").doesNotContain("rel=\"next\"");
    }

    // ---- the map ----

    @Test
    void theMapDataGroupsPublicComplaintsAndRefusesABadBox() throws Exception {
        filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, new GeoPoint(-7.29155, 112.73985)));
        filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.CONFIDENTIAL, ComplaintFixture.BUNGKUL));
        ComplaintView lamp = filing.file(citizen, new NewComplaint("lampu-jalan", "Lampu jalan di taman mati total.",
                Optional.of(new GeoPoint(-7.2600, 112.7500)), Optional.empty(), PrivacyMode.PUBLIC, List.of(), Channel.WEB,
                Optional.empty(), Optional.empty(), "id"));
        String box = "-7.40,112.60,-7.20,112.90";

        call(citizen, get("/pengaduan/peta/data").param("bbox", box).param("zoom", "12").param("kategori", "jalan-rusak"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.clusters.length()").value(1))
                .andExpect(jsonPath("$.clusters[0].count").value(2))
                .andExpect(jsonPath("$.clusters[0].overdue").value(0))
                .andExpect(jsonPath("$.clusters[0].url").doesNotExist());
        call(citizen, get("/pengaduan/peta/data").param("bbox", box).param("zoom", "15").param("kategori", "lampu-jalan"))
                .andExpect(jsonPath("$.clusters.length()").value(1))
                .andExpect(jsonPath("$.clusters[0].count").value(1))
                .andExpect(jsonPath("$.clusters[0].trackingCode").value(lamp.trackingCode()))
                .andExpect(jsonPath("$.clusters[0].url").value("/pengaduan/" + lamp.trackingCode()));
        // outside the box: nothing
        call(citizen, get("/pengaduan/peta/data").param("bbox", "-6.0,106.0,-5.9,106.1").param("zoom", "12"))
                .andExpect(jsonPath("$.clusters.length()").value(0));

        for (String bad : new String[]{"", "1,2,3", "a,b,c,d", "-7.2,112.6,-7.4,112.9", "-95,0,0,10", "NaN,1,2,3"}) {
            call(citizen, get("/pengaduan/peta/data").param("bbox", bad).param("zoom", "12"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("complaint.map.bbox"));
        }
        call(citizen, get("/pengaduan/peta/data").param("bbox", box).param("zoom", "banyak"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("complaints.web.map.zoom"));
        call(citizen, get("/pengaduan/peta/data").param("bbox", box).param("status", "BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String page = html(call(citizen, get("/pengaduan/peta").param("kategori", "jalan-rusak")));
        assertThat(page).contains("data-complaint-map=\"browse\"", "data-query=\"kategori=jalan-rusak\"",
                "/webjars/leaflet/1.9.4/dist/leaflet.js", "/js/complaint-map.js", "Peta memerlukan JavaScript",
                "href=\"/pengaduan?kategori=jalan-rusak\"");
    }

    // ---- filing ----

    @Test
    void aCitizenFilesWithAPhotoAndSeesTheTrackingCode() throws Exception {
        String form = html(call(citizen, get("/pengaduan/lapor")));
        assertThat(form).contains("enctype=\"multipart/form-data\"", "name=\"kunci\"", "accept=\"image/jpeg,image/png\"",
                "data-complaint-map=\"pick\"", "Jalan dan infrastruktur", "Jalan rusak atau berlubang", "name=\"privasi\"",
                "Pakai lokasi saya");
        String location = call(citizen, fileForm("jalan-rusak", "Jalan berlubang besar di depan sekolah.", null, "Jl. Diponegoro 10",
                "PUBLIC", UUID.randomUUID().toString(), true))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/pengaduan/terkirim/ADU-*"))
                .andReturn().getResponse().getRedirectedUrl();
        List<ComplaintView> mine = filing.mine(citizen);
        assertThat(mine).hasSize(1);
        ComplaintView filed = mine.getFirst();
        assertThat(filed.photoIds()).hasSize(1);
        assertThat(filed.address()).contains("Jl. Diponegoro 10");
        assertThat(filed.channel()).isEqualTo(Channel.WEB);
        assertThat(location).isEqualTo("/pengaduan/terkirim/" + filed.trackingCode());

        call(citizen, get(location)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pengaduan terkirim"), containsString(filed.trackingCode()),
                        containsString("Apa selanjutnya"), containsString("href=\"/pengaduan/" + filed.trackingCode() + "\""))));
        call(citizen, get("/pengaduan/saya")).andExpect(content().string(containsString(filed.trackingCode())));
        String page = html(call(citizen, get("/pengaduan/" + filed.trackingCode())));
        assertThat(page).contains("src=\"/pengaduan/foto/" + filed.photoIds().getFirst() + "\"", "alt=\"Foto 1 dari 1");
        // another citizen's confirmation page is not theirs: it leads to the public page
        call(city.citizen(), get(location)).andExpect(redirectedUrl("/pengaduan/" + filed.trackingCode()));
    }

    @Test
    void errorsAreShownInlineAndInTheSummaryInBothLanguagesKeepingWhatWasTyped() throws Exception {
        String empty = html(call(citizen, fileForm("", "", null, "", "", "kunci-1", false)));
        assertThat(empty).contains("error-summary", "kategori-error", "uraian-error", "tempat-error", "privasi-error",
                "Pilih kategori masalahnya.", "Jelaskan masalahnya.", "Tunjukkan tempatnya", "Pilih siapa yang boleh melihat",
                "value=\"kunci-1\"");
        String english = html(call(citizen, fileForm("", "", null, "", "", "kunci-1", true).cookie(new Cookie("sp_lang", "en"))));
        assertThat(english).contains("There is a problem with what you entered", "Choose the kind of problem.",
                "Describe the problem.", "Choose who may see this complaint.", "The photos you chose were not sent")
                .doesNotContain("Pilih kategori masalahnya.");
        // the service's own rules come back on the right field, with what was typed
        String tooShort = html(call(citizen, fileForm("jalan-rusak", "Rusak", null, "Jl. Darmo", "CONFIDENTIAL", "kunci-2", false)));
        assertThat(tooShort).contains("uraian-error", "paling sedikit 10 karakter", ">Rusak</textarea>", "value=\"Jl. Darmo\"",
                "value=\"CONFIDENTIAL\" checked");
        String badPoint = html(call(citizen, fileForm("jalan-rusak", "Jalan rusak parah sekali.", new String[]{"abc", "112.7"}, "",
                "PUBLIC", "kunci-3", false)));
        assertThat(badPoint).contains("tempat-error", "Titik di peta tidak valid");
        String notAPhoto = html(call(citizen, multipart("/pengaduan/lapor")
                .file(new MockMultipartFile("foto", "surat.pdf", "application/pdf", "%PDF-1.4 bukan foto".getBytes()))
                .param("kategori", "jalan-rusak").param("uraian", "Jalan berlubang di depan rumah.").param("alamat", "Jl. Darmo")
                .param("privasi", "PUBLIC").param("kunci", "kunci-4").with(csrf())));
        assertThat(notAPhoto).contains("foto-error", "Hanya foto JPG atau PNG");
        assertThat(filing.mine(citizen)).isEmpty();
    }

    @Test
    void theSameFormSentTwiceFilesOneComplaint() throws Exception {
        String key = UUID.randomUUID().toString();
        String[] point = {"-7.291500", "112.739800"};
        String first = call(citizen, fileForm("jalan-rusak", "Jalan berlubang besar di depan taman.", point, "", "PUBLIC", key, true))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // the second one finds the first nearby, but it is the citizen's own: not offered, the first is answered
        String second = call(citizen, fileForm("jalan-rusak", "Jalan berlubang besar di depan taman.", point, "", "PUBLIC", key, true))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(filing.mine(citizen)).hasSize(1);
    }

    @Test
    void aSimilarComplaintNearbyIsOfferedToJoinAndTheFormKeepsItsText() throws Exception {
        Viewer first = city.citizen();
        ComplaintView earlier = filing.file(first, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        String[] nearby = {"-7.291550", "112.739850"};

        String offered = html(call(citizen, fileForm("jalan-rusak", "Ada lubang besar dekat taman.", nearby, "Depan taman",
                "PUBLIC", "kunci-serupa", true)));
        assertThat(offered).contains("Pengaduan serupa di dekat Anda", earlier.trackingCode(),
                "formaction=\"/pengaduan/" + earlier.id() + "/dukung\"", "name=\"lanjut\" value=\"1\"", "Tetap kirim pengaduan baru",
                ">Ada lubang besar dekat taman.</textarea>", "value=\"-7.291550\"", "Pilih fotonya lagi");
        assertThat(filing.mine(citizen)).isEmpty();

        // the fragment the form's script loads when the point or category changes
        call(citizen, get("/pengaduan/serupa").param("kategori", "jalan-rusak").param("lat", nearby[0]).param("lon", nearby[1]))
                .andExpect(content().string(allOf(containsString(earlier.trackingCode()), containsString("Saya juga"),
                        not(containsString("<html")))));
        call(first, get("/pengaduan/serupa").param("kategori", "jalan-rusak").param("lat", nearby[0]).param("lon", nearby[1]))
                .andExpect(content().string(not(containsString(earlier.trackingCode()))));
        call(citizen, get("/pengaduan/serupa").param("kategori", "sampah").param("lat", nearby[0]).param("lon", nearby[1]))
                .andExpect(content().string(not(containsString(earlier.trackingCode()))));
        call(citizen, get("/pengaduan/serupa").param("kategori", "jalan-rusak").param("lat", "x").param("lon", "999"))
                .andExpect(status().isOk());

        // "Saya juga" from the suggestion
        call(citizen, post("/pengaduan/" + earlier.id() + "/dukung").with(csrf()))
                .andExpect(redirectedUrl("/pengaduan/" + earlier.trackingCode()));
        assertThat(lookup.find(first, earlier.id()).orElseThrow().supporters()).isEqualTo(1);

        // or a new complaint after all
        Viewer third = city.citizen();
        call(third, fileForm("jalan-rusak", "Lubang lain di sisi seberang.", nearby, "", "PUBLIC", "kunci-lanjut", false)
                .param("lanjut", "1")).andExpect(redirectedUrlPattern("/pengaduan/terkirim/*"));
        assertThat(filing.mine(third)).hasSize(1);
    }

    @Test
    void anAnonymousComplaintGetsASecretShownOnceWithWhichItsHolderFollowsItUp() throws Exception {
        MvcResult sent = call(citizen, fileForm("sampah", "Sampah dibuang sembarangan di sungai.", null, "Kali Mas",
                "ANONYMOUS", UUID.randomUUID().toString(), false)).andExpect(status().is3xxRedirection()).andReturn();
        String location = sent.getResponse().getRedirectedUrl();
        String code = location.substring(location.lastIndexOf('/') + 1);
        String secret = (String) sent.getFlashMap().get("reporterSecret");
        String followUp = "/pengaduan/lanjut/" + code + "/" + secret;
        call(citizen, get(location).flashAttrs(sent.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString(secret),
                        containsString("href=\"" + followUp + "\""), containsString("hanya ditampilkan sekali"))));
        // without the moment right after filing, nothing ties it to them any more, and the secret is not shown again
        call(citizen, get(location)).andExpect(redirectedUrl("/pengaduan/" + code));
        assertThat(filing.mine(citizen)).isEmpty();
        call(city.citizen(), get("/pengaduan/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(secret)), not(containsString("/konfirmasi\"")))));

        // whoever holds the secret (here another resident's browser) follows it up; the address never leaks on
        Viewer holder = city.citizen();
        call(holder, get(followUp)).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(allOf(containsString(code), not(containsString("/konfirmasi\"")))));
        call(holder, get("/pengaduan/lanjut/" + code + "/00000-00000-00000-00000")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Periksa kode lacak dan kode rahasia"), containsString("rahasia-error"))));
        call(holder, get("/pengaduan/lanjut").param("kode", code.toLowerCase(java.util.Locale.ROOT))
                .param("rahasia", " " + secret.toLowerCase(java.util.Locale.ROOT) + " ")).andExpect(redirectedUrl(followUp));
        call(holder, get("/pengaduan/lanjut").param("kode", code).param("rahasia", "abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("rahasia-error")));

        ReporterSecret key = new ReporterSecret(city.tenant(), code, secret);
        UUID id = lookup.followUp(key).orElseThrow().id();
        Viewer desk = city.desk();
        deskWork.verify(desk, id);
        ComplaintView dispatched = deskWork.dispatch(desk, id, List.of("dlh"), Optional.empty());
        agencyTasks.resolveTask(city.officer("dlh"), dispatched.tasks().getFirst().id(), "Sampah sudah diangkut.",
                Optional.of(new NewComplaint.Photo("bukti.jpg", ComplaintFixture.jpeg())));
        call(holder, get(followUp)).andExpect(content().string(allOf(containsString("action=\"" + followUp + "/konfirmasi\""),
                containsString("action=\"" + followUp + "/sanggah\""), containsString("Sampah sudah diangkut."))));
        call(holder, post(followUp + "/sanggah").param("alasan", " ").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("alasan-error"), containsString("error-summary"))));
        call(holder, post(followUp + "/konfirmasi").with(csrf())).andExpect(redirectedUrl(followUp + "#penilaian"));
        call(holder, post(followUp + "/nilai").param("bintang", "5").param("komentar", "Cepat.").with(csrf()))
                .andExpect(redirectedUrl(followUp));
        assertThat(lookup.followUp(key).orElseThrow().rating()).contains(5);
        assertThat(lookup.followUp(key).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED);
        call(holder, post("/pengaduan/lanjut/" + code + "/00000-00000-00000-00000/nilai").param("bintang", "1").with(csrf()))
                .andExpect(status().isNotFound());
    }

    // ---- joining, confirming, disputing, rating ----

    @Test
    void citizensJoinAnOpenComplaintButNotTheirOwn() throws Exception {
        ComplaintView theirs = filing.file(citizen, ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL));
        Viewer neighbour = city.citizen();
        String page = "/pengaduan/" + theirs.trackingCode();
        call(neighbour, get(page)).andExpect(content().string(allOf(containsString("action=\"/pengaduan/" + theirs.id() + "/dukung\""),
                containsString("Saya juga"))));
        call(citizen, get(page)).andExpect(content().string(not(containsString("/dukung\""))));

        call(neighbour, post("/pengaduan/" + theirs.id() + "/dukung").with(csrf())).andExpect(redirectedUrl(page))
                .andExpect(result -> assertThat(result.getFlashMap().get("done")).isEqualTo("complaints.web.done.joined"));
        assertThat(lookup.find(citizen, theirs.id()).orElseThrow().supporters()).isEqualTo(1);
        call(neighbour, get(page).flashAttr("done", "complaints.web.done.joined"))
                .andExpect(content().string(allOf(containsString("Anda kini mendukung"), containsString("Anda mendukung pengaduan ini"),
                        containsString("1 warga lain ikut mendukung"))));
        call(neighbour, get("/pengaduan/saya")).andExpect(content().string(allOf(containsString("Yang saya dukung"),
                containsString(theirs.trackingCode()))));

        call(citizen, post("/pengaduan/" + theirs.id() + "/dukung").with(csrf())).andExpect(redirectedUrl(page))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("complaint.join.own"));
        call(citizen, get(page).flashAttr("problem", "complaint.join.own"))
                .andExpect(content().string(containsString("Ini pengaduan Anda sendiri.")));
        call(neighbour, post("/pengaduan/" + UUID.randomUUID() + "/dukung").with(csrf())).andExpect(status().isNotFound());
        call(neighbour, post("/pengaduan/bukan-id/dukung").with(csrf())).andExpect(status().isNotFound());
        // without a sign-in there is a link to sign in, and posting is not possible
        call(neighbour, get(page)).andExpect(status().isOk());
    }

    @Test
    void theReporterConfirmsOrDisputesAResolutionAndRatesIt() throws Exception {
        ComplaintView disputed = resolved();
        String page = "/pengaduan/" + disputed.trackingCode();
        String base = "/pengaduan/" + disputed.id();
        call(citizen, get(page)).andExpect(content().string(allOf(containsString("action=\"" + base + "/konfirmasi\""),
                containsString("action=\"" + base + "/sanggah\""), containsString("action=\"" + base + "/nilai\""),
                containsString("Sudah ditambal dengan aspal baru."))));
        // nobody else gets the forms, or may use them
        Viewer stranger = city.citizen();
        call(stranger, get(page)).andExpect(content().string(not(containsString("/konfirmasi\""))));
        call(stranger, post(base + "/konfirmasi").with(csrf())).andExpect(status().isNotFound());

        call(citizen, post(base + "/sanggah").param("alasan", "  ").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("alasan-error"), containsString("error-summary"),
                        containsString("Tuliskan mengapa masalahnya belum selesai."))));
        call(citizen, post(base + "/sanggah").param("alasan", "Lubangnya masih ada di sisi kiri.").with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(lookup.find(citizen, disputed.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED_NOT_FIXED);
        // the dispute's words are the reporter's: not on the public page
        call(stranger, get(page)).andExpect(content().string(allOf(containsString("Ditutup, belum selesai"),
                not(containsString("Lubangnya masih ada di sisi kiri.")))));

        ComplaintView fixed = resolved();
        String fixedPage = "/pengaduan/" + fixed.trackingCode();
        String fixedBase = "/pengaduan/" + fixed.id();
        call(citizen, post(fixedBase + "/konfirmasi").with(csrf())).andExpect(redirectedUrl(fixedPage + "#penilaian"));
        assertThat(lookup.find(citizen, fixed.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED);
        call(citizen, get(fixedPage)).andExpect(content().string(allOf(containsString("action=\"" + fixedBase + "/nilai\""),
                not(containsString("/konfirmasi\"")))));
        call(citizen, post(fixedBase + "/konfirmasi").with(csrf())).andExpect(redirectedUrl(fixedPage))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("complaint.status.move"));

        call(citizen, post(fixedBase + "/nilai").param("bintang", "9").param("komentar", "Cepat").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("bintang-error"),
                        containsString("Beri 1 sampai 5 bintang."), containsString(">Cepat</textarea>"))));
        call(citizen, post(fixedBase + "/nilai").param("bintang", "4").param("komentar", "Cepat ditangani.").with(csrf()))
                .andExpect(redirectedUrl(fixedPage));
        assertThat(lookup.find(citizen, fixed.id()).orElseThrow().rating()).contains(4);
        call(citizen, get(fixedPage).cookie(new Cookie("sp_lang", "en"))).andExpect(content().string(allOf(
                containsString("4 out of 5 stars"), not(containsString("/nilai\"")))));
        call(citizen, post(fixedBase + "/nilai").param("bintang", "5").with(csrf()))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("complaint.rate.twice"));
    }

    // ---- photos and anonymous visitors ----

    @Test
    void photosArePublicOnlyForPublicComplaints() throws Exception {
        Viewer hostCitizen = new Viewer(UUID.randomUUID(), HOST_TENANT, "Warga Kota", Set.of(Role.CITIZEN), Optional.empty());
        ComplaintView open = filing.file(hostCitizen, withPhotoAt("Jl. Foto Publik 1", PrivacyMode.PUBLIC));
        ComplaintView secret = filing.file(hostCitizen, withPhotoAt("Jl. Foto Rahasia 2", PrivacyMode.CONFIDENTIAL));
        UUID openPhoto = open.photoIds().getFirst();
        UUID secretPhoto = secret.photoIds().getFirst();

        mvc.perform(get("/pengaduan/foto/" + openPhoto)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith((byte) 0xFF, (byte) 0xD8));
        mvc.perform(get("/pengaduan/foto/" + secretPhoto)).andExpect(status().isNotFound());
        call(city.citizen(), get("/pengaduan/foto/" + openPhoto)).andExpect(status().isNotFound()); // another city
        call(hostCitizen, get("/pengaduan/foto/" + secretPhoto)).andExpect(status().isOk());
        mvc.perform(get("/pengaduan/foto/bukan-foto")).andExpect(status().isNotFound());

        // anonymous visitors see the public one in the list and on its page, never the confidential one
        String list = html(mvc.perform(get("/pengaduan").param("q", "Foto")));
        assertThat(list).contains(open.trackingCode()).doesNotContain(secret.trackingCode());
        mvc.perform(get("/pengaduan/" + open.trackingCode())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Jl. Foto Publik 1"), containsString("Masuk untuk mendukung pengaduan ini"))));
        mvc.perform(get("/pengaduan/" + secret.trackingCode())).andExpect(status().isNotFound());
        mvc.perform(get("/pengaduan/" + open.trackingCode().toLowerCase()))
                .andExpect(redirectedUrl("/pengaduan/" + open.trackingCode()));
    }

    @Test
    void unknownComplaintsAreNotFoundAndCitizenPagesNeedASignIn() throws Exception {
        call(citizen, get("/pengaduan/ADU-00000-00000")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("status-code")));
        mvc.perform(get("/pengaduan/PMH-7KQ4M-9XD2K")).andExpect(status().isNotFound());
        for (String path : new String[]{"/pengaduan/lapor", "/pengaduan/saya", "/pengaduan/terkirim/ADU-00000-00000"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", containsString("/masuk")));
        }
        mvc.perform(post("/pengaduan/" + UUID.randomUUID() + "/dukung").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/pengaduan")).andExpect(status().isOk());
        mvc.perform(get("/pengaduan/peta")).andExpect(status().isOk());
        // an officer may read but not file, and the officers' pages stay theirs
        Viewer officer = city.officer("dlh");
        call(officer, get("/pengaduan")).andExpect(status().isOk());
        call(officer, get("/pengaduan/lapor")).andExpect(status().isForbidden());
        call(citizen, get("/pengaduan/kelola")).andExpect(status().isForbidden());
        call(citizen, get("/pengaduan/saya")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda belum mengirim atau mendukung pengaduan.")));
    }

    // ---- helpers ----

    /** A complaint of the citizen, dispatched to the roads agency and resolved by it with a proof photo. */
    private ComplaintView resolved() {
        ComplaintView dispatched = fixture.dispatched(city, citizen, "dsdabm");
        Viewer roads = city.officer("dsdabm");
        UUID task = dispatched.tasks().getFirst().id();
        agencyTasks.startTask(roads, task);
        return agencyTasks.resolveTask(roads, task, "Sudah ditambal dengan aspal baru.",
                Optional.of(new NewComplaint.Photo("bukti.jpg", ComplaintFixture.jpeg())));
    }

    private static NewComplaint withPhotoAt(String address, PrivacyMode privacy) {
        return new NewComplaint("jalan-rusak", "Foto jalan berlubang di " + address + ".", Optional.empty(), Optional.of(address),
                privacy, List.of(new NewComplaint.Photo("lubang.jpg", ComplaintFixture.jpeg())), Channel.WEB, Optional.empty(),
                Optional.empty(), "id");
    }

    private static MockMultipartHttpServletRequestBuilder fileForm(String category, String description, String[] point,
                                                                   String address, String privacy, String key, boolean photo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/pengaduan/lapor");
        if (photo) {
            request.file(new MockMultipartFile("foto", "lubang.jpg", "image/jpeg", ComplaintFixture.jpeg()));
        }
        request.param("kategori", category).param("uraian", description).param("alamat", address).param("privasi", privacy)
                .param("kunci", key).param("lat", point == null ? "" : point[0]).param("lon", point == null ? "" : point[1]);
        request.with(csrf());
        return request;
    }

    private static String html(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
