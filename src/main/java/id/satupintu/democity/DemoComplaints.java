package id.satupintu.democity;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.complaints.ComplaintDesk;
import id.satupintu.complaints.AgencyTasks;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.TaskView;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Complaints in the demo city right after it is first loaded, at real places of Surabaya and in every stage: waiting
 * for the desk, in progress at Dinas Sumber Daya Air dan Bina Marga, fixed and waiting for the reporter's answer,
 * closed and rated, rejected, and a confidential one at the Inspektorat. Filed in the background once the
 * application is ready (re-encoding the proof photos must not slow the start); never stops anything.
 */
@Component
class DemoComplaints {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final DemoCity city;
    private final ComplaintFiling filing;
    private final ReporterFollowUp followUps;
    private final ComplaintDesk deskWork;
    private final AgencyTasks agencyTasks;
    private final Organisation organisation;
    private final Accounts accounts;

    DemoComplaints(DemoCity city, ComplaintFiling filing, ReporterFollowUp followUps, ComplaintDesk deskWork,
                   AgencyTasks agencyTasks, Organisation organisation, Accounts accounts) {
        this.city = city;
        this.filing = filing;
        this.followUps = followUps;
        this.deskWork = deskWork;
        this.agencyTasks = agencyTasks;
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fileInTheBackground() {
        List<AccountView> citizens = city.citizensLoaded();
        if (citizens.size() < 4) {
            return; // the city was loaded by an earlier start (or the demo is off)
        }
        Thread.ofVirtual().name("demo-complaints").start(() -> {
            try {
                file(citizens);
            } catch (RuntimeException e) {
                log.warn("Demo complaints could not be filed; the demo city works without them", e);
            }
        });
    }

    void file(List<AccountView> citizens) {
        TenantId tenant = citizens.getFirst().tenant();
        Viewer siti = citizen(citizens.get(0));
        Viewer budi = citizen(citizens.get(1));
        Viewer agus = citizen(citizens.get(2));
        Viewer dewi = citizen(citizens.get(3));
        Viewer desk = officer(tenant, "diskominfo");
        Viewer roads = officer(tenant, "dsdabm");
        Viewer transport = officer(tenant, "dishub");

        ComplaintView pothole = filing.file(siti, complaint("jalan-rusak",
                "Jalan berlubang cukup dalam di lajur kiri depan Taman Bungkul; sudah dua pengendara motor jatuh minggu ini.",
                -7.29142, 112.73981, "Jl. Raya Darmo, depan Taman Bungkul", PrivacyMode.PUBLIC));
        deskWork.verify(desk, pothole.id());
        ComplaintView dispatched = deskWork.dispatch(desk, pothole.id(), List.of("dsdabm"), Optional.empty());
        agencyTasks.startTask(roads, task(dispatched).id());

        filing.file(budi, complaint("sampah",
                "Sampah menumpuk di pinggir jalan dekat Pasar Atom sejak tiga hari, baunya sampai ke rumah warga.",
                -7.23940, 112.74520, "Jl. Bunguran, dekat Pasar Atom", PrivacyMode.PUBLIC));
        filing.file(siti, complaint("saluran-tersumbat",
                "Got di depan Royal Plaza tersumbat, air meluap ke trotoar setiap kali hujan deras.",
                -7.30880, 112.73460, "Jl. Ahmad Yani, depan Royal Plaza", PrivacyMode.PUBLIC));
        filing.file(agus, complaint("genangan-banjir",
                "Genangan setinggi mata kaki di jalan masuk Pantai Kenjeran setelah hujan, sulit dilewati.",
                -7.24600, 112.79900, "Jl. Pantai Kenjeran", PrivacyMode.ANONYMOUS));

        ComplaintView light = filing.file(agus, complaint("lampu-jalan",
                "Tiga lampu penerangan jalan mati di Jl. Tunjungan sisi timur, trotoar gelap malam hari.",
                -7.26000, 112.73800, "Jl. Tunjungan", PrivacyMode.PUBLIC));
        deskWork.verify(desk, light.id());
        ComplaintView lightTasks = deskWork.dispatch(desk, light.id(), List.of("dsdabm"), Optional.empty());
        agencyTasks.resolveTask(roads, task(lightTasks).id(), "Tiga lampu PJU sudah diganti dengan lampu LED baru.", Optional.of(proofPhoto()));

        ComplaintView parking = filing.file(dewi, complaint("parkir-liar",
                "Parkir liar di bahu jalan depan Tugu Pahlawan membuat macet setiap sore.",
                -7.24580, 112.73780, "Jl. Pahlawan, depan Tugu Pahlawan", PrivacyMode.PUBLIC));
        deskWork.verify(desk, parking.id());
        ComplaintView parkingTasks = deskWork.dispatch(desk, parking.id(), List.of("dishub"), Optional.empty());
        agencyTasks.resolveTask(transport, task(parkingTasks).id(), "Petugas Dishub menertibkan parkir dan memasang rambu larangan parkir.",
                Optional.of(proofPhoto()));
        followUps.confirm(dewi, parking.id());
        followUps.rate(dewi, parking.id(), 5, "Cepat ditangani, terima kasih.");

        ComplaintView tree = filing.file(dewi, complaint("pohon-tumbang",
                "Dahan besar hampir patah di dalam kampus, dekat gerbang utama.",
                -7.28190, 112.79490, "Kampus ITS Sukolilo", PrivacyMode.PUBLIC));
        deskWork.reject(desk, tree.id(), "Berada di lahan kampus; mohon disampaikan kepada pengelola kampus.");

        ComplaintView fees = filing.file(budi, complaint("pungli",
                "Ada oknum yang meminta uang tambahan untuk mempercepat pengurusan surat di sebuah kantor kelurahan.",
                -7.23020, 112.74250, "Kelurahan Ampel", PrivacyMode.CONFIDENTIAL));
        deskWork.verify(desk, fees.id());
        deskWork.dispatch(desk, fees.id(), List.of("inspektorat"), Optional.empty());
        log.info("Demo complaints filed (the desk is petugas.diskominfo; roads work at petugas.dsdabm)");
    }

    private static NewComplaint complaint(String category, String description, double lat, double lon, String address,
                                          PrivacyMode privacy) {
        return new NewComplaint(category, description, Optional.of(new GeoPoint(lat, lon)), Optional.of(address), privacy,
                List.of(), Channel.WEB, Optional.empty(), Optional.of("demo-" + category), "id");
    }

    private static TaskView task(ComplaintView complaint) {
        return complaint.tasks().stream().filter(t -> t.status().isActive()).findFirst().orElseThrow();
    }

    private static Viewer citizen(AccountView account) {
        return new Viewer(account.id(), account.tenant(), account.displayName(), Set.of(Role.CITIZEN), Optional.empty());
    }

    private Viewer officer(TenantId tenant, String agencyCode) {
        AgencyView agency = organisation.agencyByCode(tenant, agencyCode).orElseThrow();
        AccountView staff = accounts.staffOfAgency(tenant, agency.id()).stream()
                .filter(account -> account.roles().contains(Role.OFFICER)).findFirst().orElseThrow();
        return new Viewer(staff.id(), tenant, staff.displayName(), staff.roles(), Optional.of(agency.id()));
    }

    /** A drawn "after" picture: the demo has no real photographs. */
    private static NewComplaint.Photo proofPhoto() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 220, 235));
        g.fillRect(0, 0, 640, 240);
        g.setColor(new Color(70, 70, 75));
        g.fillRect(0, 240, 640, 240);
        g.setColor(Color.WHITE);
        g.fillRect(300, 340, 40, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NewComplaint.Photo("bukti.jpg", out.toByteArray());
    }
}
