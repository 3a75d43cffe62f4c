package id.satupintu.democity;

import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Drafts;
import id.satupintu.identity.AccountView;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A few applications in the demo city right after it is first loaded, so that a visitor finds work in the
 * officers' inboxes and a finished permit with its document: Siti's certificate of low income (at the Darmo
 * kelurahan office, then Dinas Sosial), Budi's request to reactivate city-paid health insurance (the kelurahan, then Dinas Kesehatan), and Dewi's
 * micro-business number, issued at once. Runs after the catalogue has loaded; never stops the start.
 */
@Component
@Order(120)
class DemoApplications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
    static final String DARMO = "35.78.04.1005";

    private final DemoCity city;
    private final Applications applications;
    private final Drafts drafts;
    private final ObjectMapper json;

    DemoApplications(DemoCity city, Applications applications, Drafts drafts, ObjectMapper json) {
        this.city = city;
        this.applications = applications;
        this.drafts = drafts;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<AccountView> citizens = city.citizensLoaded();
        if (citizens.size() < 4) {
            return; // the city was loaded by an earlier start (or the demo is off)
        }
        try {
            submit(citizens.get(0), "surat-keterangan-miskin", """
                    {"nomorKk": "3578041203090007", "nikYangDiterangkan": "3578094512850002", "keperluan": "pendidikan"}""");
            submit(citizens.get(1), "jkn-pbi-pemda", """
                    {"nikPeserta": ["3578041203850001"], "statusKepesertaan": "pbi-nonaktif", "faskesPilihan": "Puskesmas Dr. Soetomo"}""");
            submit(citizens.get(3), "nib-usaha-mikro", """
                    {"namaUsaha": "Warung Bu Dewi", "kbli": "56103", "alamatUsaha": "Jl. Darmo Permai 12",
                     "kelurahanUsaha": "35.78.04.1005", "modalUsaha": 15000000, "jumlahTenagaKerja": 2}""");
            log.info("Demo applications submitted (in the inbox of kel-3578041005; a finished NIB for {})",
                    citizens.get(3).displayName());
        } catch (RuntimeException e) {
            log.warn("Demo applications could not be submitted; the demo city works without them", e);
        }
    }

    /** Services without uploads: the demo start stays light (no content sniffing at start-up). */
    private void submit(AccountView account, String service, String answers) {
        Viewer citizen = new Viewer(account.id(), account.tenant(), account.displayName(), Set.of(Role.CITIZEN), Optional.empty());
        ApplicationView draft = drafts.startDraft(citizen, service, false, Optional.of("demo-" + service));
        drafts.saveAnswers(citizen, draft.id(), (ObjectNode) json.readTree(answers), Optional.of(DARMO));
        applications.submit(citizen, draft.id());
    }
}
