package id.satupintu.democity;

import id.satupintu.identity.NewStaff;
import id.satupintu.identity.Nik;
import id.satupintu.identity.Provisioning;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.NewAgency;
import id.satupintu.organisation.NewRegion;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.TenantKind;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads Kota Surabaya (35.78) on start when {@code satupintu.demo.enabled}: 31 kecamatan and 153 kelurahan with
 * Kemendagri codes, 27 perangkat daerah plus an office per kecamatan and kelurahan, officers and heads for every
 * perangkat daerah, an admin, an auditor, an operator, four citizens, five kiosks and one Open311 client.
 * Idempotent: a second start finds everything and adds nothing.
 */
@Component
@Order(10) // before the catalogue loads (order 100): its agencies must exist
class DemoCity implements ApplicationRunner {

    static final TenantId SURABAYA = TenantId.of("35.78");
    static final String OPEN311_DEMO_KEY = "demo-open311-key";
    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    private final Organisation organisation;
    private final Provisioning provisioning;
    private final DemoCityProperties properties;
    /** The demo citizens, when this start loaded the city (empty on later starts): {@link DemoApplications} uses them. */
    private volatile List<id.satupintu.identity.AccountView> citizensLoaded = List.of();

    DemoCity(Organisation organisation, Provisioning provisioning, DemoCityProperties properties) {
        this.organisation = organisation;
        this.provisioning = provisioning;
        this.properties = properties;
    }

    record Citizen(String nik, String name, String email, String phone) {
    }

    static final List<Citizen> CITIZENS = List.of(
            new Citizen("3578094512850002", "Siti Rahmawati", "siti@contoh.id", "081234560001"),
            new Citizen("3578010101900001", "Budi Santoso", "budi@contoh.id", "081234560002"),
            new Citizen("3578150307780003", "Agus Wijaya", "agus@contoh.id", "081234560003"),
            new Citizen("3578225008950004", "Dewi Lestari", "dewi@contoh.id", "081234560004"));

    /** Kiosks in kelurahan offices: name, kelurahan code, demo key. */
    static final List<String[]> KIOSKS = List.of(
            new String[]{"Kios Kelurahan Darmo", "35.78.04.1005", "demo-kiosk-darmo"},
            new String[]{"Kios Kelurahan Wonokromo", "35.78.04.1001", "demo-kiosk-wonokromo"},
            new String[]{"Kios Kelurahan Ketabang", "35.78.07.1004", "demo-kiosk-ketabang"},
            new String[]{"Kios Kelurahan Keputih", "35.78.09.1001", "demo-kiosk-keputih"},
            new String[]{"Kios Kecamatan Rungkut", "35.78.03", "demo-kiosk-rungkut"});

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        long started = System.nanoTime();
        boolean loaded = load();
        if (loaded) {
            log.info("Demo city Kota Surabaya loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        if (properties.printLogins()) {
            printLogins();
        }
    }

    /** @return true when something was added */
    boolean load() {
        if (organisation.tenant(SURABAYA).isPresent() && provisioning.staffExists(SURABAYA, "admin")) {
            return false; // the admin is created last: the city is complete, a restart need not check every row
        }
        organisation.registerTenant(SURABAYA, "Kota Surabaya", TenantKind.KOTA);
        List<CSVRecord> wilayah = csv("democity/wilayah-3578.csv");
        int regions = organisation.importRegions(SURABAYA, wilayah.stream()
                .map(r -> new NewRegion(r.get("code"), RegionLevel.valueOf(r.get("level")), r.get("name")))
                .toList());

        List<NewAgency> agencies = new ArrayList<>();
        for (CSVRecord r : csv("democity/agencies-3578.csv")) {
            agencies.add(new NewAgency(r.get("code"), AgencyKind.valueOf(r.get("kind")), r.get("name_id"), r.get("name_en"),
                    r.get("short_name"), Optional.empty()));
        }
        for (CSVRecord r : wilayah) {
            boolean kecamatan = "KECAMATAN".equals(r.get("level"));
            String digits = r.get("code").replace(".", "");
            agencies.add(new NewAgency((kecamatan ? "kec-" : "kel-") + digits,
                    kecamatan ? AgencyKind.KECAMATAN : AgencyKind.KELURAHAN,
                    (kecamatan ? "Kecamatan " : "Kelurahan ") + r.get("name"),
                    (kecamatan ? "Kecamatan " : "Kelurahan ") + r.get("name") + (kecamatan ? " district office" : " village office"),
                    (kecamatan ? "Kec. " : "Kel. ") + r.get("name"), Optional.of(r.get("code"))));
        }
        int newAgencies = organisation.importAgencies(SURABAYA, agencies);

        String hash = provisioning.encodePassword(properties.password());
        Map<String, AgencyView> byCode = organisation.agencies(SURABAYA).stream()
                .collect(Collectors.toMap(AgencyView::code, Function.identity()));
        for (CSVRecord r : csv("democity/agencies-3578.csv")) {
            AgencyView agency = imported(byCode, r.get("code"));
            staff(hash, "petugas." + agency.code(), "Petugas " + agency.shortName(), agency, Role.OFFICER);
            staff(hash, "kepala." + agency.code(), "Kepala " + agency.shortName(), agency, Role.AGENCY_HEAD);
        }
        for (String office : List.of("kec-357804", "kel-3578041005", "kel-3578041001")) {
            AgencyView agency = imported(byCode, office);
            staff(hash, "petugas." + office, "Petugas " + agency.shortName(), agency, Role.OFFICER);
        }
        List<id.satupintu.identity.AccountView> citizens = new ArrayList<>();
        for (Citizen citizen : CITIZENS) {
            citizens.add(provisioning.ensureCitizen(SURABAYA, Nik.parse(citizen.nik()), citizen.name(), citizen.email(), citizen.phone(), hash));
        }
        citizensLoaded = List.copyOf(citizens);
        for (String[] kiosk : KIOSKS) {
            provisioning.ensureApiKey(SURABAYA, true, kiosk[0], Optional.of(kiosk[1]), kiosk[2]);
        }
        provisioning.ensureApiKey(SURABAYA, false, "Open311 demo client", Optional.empty(), OPEN311_DEMO_KEY);
        provisioning.ensureStaff(SURABAYA, new NewStaff("operator", "Operator Command Center", Optional.empty(),
                EnumSet.of(Role.OPERATOR), Optional.empty()), hash);
        provisioning.ensureStaff(SURABAYA, new NewStaff("auditor", "Auditor Inspektorat", byCode.get("inspektorat") == null
                ? Optional.empty() : Optional.of(byCode.get("inspektorat").id()), EnumSet.of(Role.AUDITOR), Optional.empty()), hash);
        provisioning.ensureStaff(SURABAYA, new NewStaff("admin", "Admin Diskominfo", Optional.empty(),
                EnumSet.of(Role.ADMIN), Optional.empty()), hash);
        return regions > 0 || newAgencies > 0;
    }

    List<id.satupintu.identity.AccountView> citizensLoaded() {
        return citizensLoaded;
    }

    private void staff(String hash, String username, String name, AgencyView agency, Role role) {
        provisioning.ensureStaff(SURABAYA, new NewStaff(username, name, Optional.of(agency.id()), Set.of(role), Optional.empty()), hash);
    }

    private void printLogins() {
        String password = properties.password();
        log.info("""

                ================================================================
                 SatuPintu demo city: Kota Surabaya (35.78) — demo sign-ins
                 password for every demo account: {}
                 admin ............ admin
                 auditor .......... auditor
                 operator ......... operator
                 officer .......... petugas.dispendukcapil  (any agency: petugas.<code>)
                 agency head ...... kepala.dispendukcapil   (any agency: kepala.<code>)
                 citizen .......... {}  or  {}
                 kiosk API keys ... {} ...
                 Open311 key ...... {}
                 (printed because satupintu.demo.print-logins=true; never in production)
                ================================================================""",
                password, CITIZENS.get(0).email(), CITIZENS.get(0).nik(), KIOSKS.get(0)[2], OPEN311_DEMO_KEY);
    }

    private static List<CSVRecord> csv(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data " + resource + " unreadable", e);
        }
    }

    /** The staff files name only agencies imported just before: a missing one is a broken data file. */
    private static AgencyView imported(Map<String, AgencyView> byCode, String code) {
        AgencyView agency = byCode.get(code);
        if (agency == null) {
            throw new IllegalStateException("Demo city: agency " + code + " is not in the imported agencies");
        }
        return agency;
    }
}
