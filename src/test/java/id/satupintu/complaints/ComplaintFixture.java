package id.satupintu.complaints;

import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.NewAgency;
import id.satupintu.organisation.NewRegion;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.TenantKind;
import id.satupintu.organisation.TestTenants;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh city for each complaints test: the complaint desk (diskominfo), agencies dsdabm, dlh and dishub, kecamatan
 * 9x.yy.01 with kelurahan 9x.yy.01.1001 and their offices, and people to act. The city has no boundaries, so
 * points are kept but not resolved to a kelurahan (RegionLocatorTest covers that on Surabaya's data).
 */
public final class ComplaintFixture {

    /** A point in central Surabaya (Taman Bungkul). */
    public static final GeoPoint BUNGKUL = new GeoPoint(-7.29150, 112.73980);

    private final Organisation organisation;
    private final ComplaintFiling filing;
    private final ComplaintDesk deskWork;

    public ComplaintFixture(Organisation organisation, ComplaintFiling filing, ComplaintDesk deskWork) {
        this.organisation = organisation;
        this.filing = filing;
        this.deskWork = deskWork;
    }

    public record City(TenantId tenant, String kelurahan, Map<String, AgencyView> agencies) {

        public Viewer citizen() {
            return new Viewer(UUID.randomUUID(), tenant, "Warga Uji", Set.of(Role.CITIZEN), Optional.empty());
        }

        public Viewer officer(String agencyCode) {
            return new Viewer(UUID.randomUUID(), tenant, "Petugas " + agencyCode, Set.of(Role.OFFICER),
                    Optional.of(agencies.get(agencyCode).id()));
        }

        public Viewer head(String agencyCode) {
            return new Viewer(UUID.randomUUID(), tenant, "Kepala " + agencyCode, Set.of(Role.AGENCY_HEAD),
                    Optional.of(agencies.get(agencyCode).id()));
        }

        public Viewer desk() {
            return officer("diskominfo");
        }

        public Viewer apiClient() {
            return new Viewer(UUID.randomUUID(), tenant, "Open311 client", Set.of(Role.API_CLIENT), Optional.empty());
        }

        public String kelurahanOffice() {
            return "kel-" + kelurahan.replace(".", "");
        }
    }

    public City newCity() {
        // a city no other test has used in this database: tests here assert what a whole city's lists hold
        TenantId tenant = TestTenants.fresh(organisation);
        organisation.registerTenant(tenant, "Kota Uji " + tenant, TenantKind.KOTA);
        String kecamatan = tenant.code() + ".01";
        String kelurahan = kecamatan + ".1001";
        organisation.importRegions(tenant, List.of(new NewRegion(kecamatan, RegionLevel.KECAMATAN, "Kecamatan Uji"),
                new NewRegion(kelurahan, RegionLevel.KELURAHAN, "Kelurahan Uji")));
        organisation.importAgencies(tenant, List.of(
                new NewAgency("diskominfo", AgencyKind.DINAS, "Dinas Komunikasi dan Informatika", "Communication", "Diskominfo", Optional.empty()),
                new NewAgency("dsdabm", AgencyKind.DINAS, "Dinas Sumber Daya Air dan Bina Marga", "Water and roads", "DSDABM", Optional.empty()),
                new NewAgency("dlh", AgencyKind.DINAS, "Dinas Lingkungan Hidup", "Environment", "DLH", Optional.empty()),
                new NewAgency("dishub", AgencyKind.DINAS, "Dinas Perhubungan", "Transport", "Dishub", Optional.empty()),
                new NewAgency("kel-" + kelurahan.replace(".", ""), AgencyKind.KELURAHAN, "Kelurahan Uji", "Kelurahan Uji", "Kel. Uji", Optional.of(kelurahan))));
        Map<String, AgencyView> agencies = new HashMap<>();
        organisation.agencies(tenant).forEach(agency -> agencies.put(agency.code(), agency));
        return new City(tenant, kelurahan, Map.copyOf(agencies));
    }

    /** A small real JPEG (drawn, no metadata). */
    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.BLACK);
        g.fillOval(100, 80, 120, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static NewComplaint pothole(PrivacyMode privacy, GeoPoint point) {
        return new NewComplaint("jalan-rusak", "Jalan berlubang besar di depan taman, berbahaya bagi motor.",
                Optional.of(point), Optional.of("Jl. Raya Darmo"), privacy,
                List.of(new NewComplaint.Photo("lubang.jpg", jpeg())), Channel.WEB, Optional.empty(), Optional.empty(), "id");
    }

    /** A complaint filed by the citizen, verified and dispatched to the agencies. */
    public ComplaintView dispatched(City city, Viewer citizen, String... agencies) {
        ComplaintView filed = filing.file(citizen, pothole(PrivacyMode.PUBLIC, BUNGKUL));
        deskWork.verify(city.desk(), filed.id());
        return deskWork.dispatch(city.desk(), filed.id(), List.of(agencies), Optional.empty());
    }
}
