package id.satupintu.organisation;

import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation module through its API, on the real database. Each tenant gets its own random code, and each
 * test adds the regions it needs with codes derived from it.
 */
@SpringBootTest
@RecordApplicationEvents
class OrganisationTest {

    static TenantId cityA;
    static TenantId cityB;

    @Autowired
    Organisation organisation;
    @Autowired
    ApplicationEvents events;

    @BeforeAll
    static void pickTenants() {
        TenantId[] tenants = TestTenants.distinct(2);
        cityA = tenants[0];
        cityB = tenants[1];
    }

    private void registerBoth() {
        organisation.registerTenant(cityA, "Kota Uji A", TenantKind.KOTA);
        organisation.registerTenant(cityB, "Kabupaten Uji B", TenantKind.KABUPATEN);
    }

    private static NewAgency dinas(String code) {
        return new NewAgency(code, AgencyKind.DINAS, "Dinas Kesehatan", "Health Department", "Dinkes", Optional.empty());
    }

    private static String kecamatanCode(TenantId tenant, int number) {
        return tenant.code() + ".%02d".formatted(number);
    }

    /** A kecamatan with a random number, so tests do not depend on each other's regions. */
    private String newKecamatan(TenantId tenant) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = kecamatanCode(tenant, 1 + (int) (Math.random() * 98));
            if (organisation.region(tenant, code).isEmpty()) {
                organisation.addRegion(tenant, new NewRegion(code, RegionLevel.KECAMATAN, "Kecamatan " + code));
                return code;
            }
        }
        throw new IllegalStateException("no free kecamatan code left for " + tenant);
    }

    @Test
    void registeringATenantTwiceReturnsTheFirstRegistration() {
        TenantView first = organisation.registerTenant(cityA, "Kota Uji A", TenantKind.KOTA);
        TenantView second = organisation.registerTenant(cityA, "Another name", TenantKind.KABUPATEN);

        assertThat(second).isEqualTo(first);
        assertThat(organisation.tenant(cityA)).contains(first);
        assertThat(organisation.tenants()).contains(first);
    }

    @Test
    void anAdminCreatesAnAgencyAndTheModuleAnnouncesIt() {
        registerBoth();
        String code = TestTenants.agencyCode("dinkes");

        AgencyView created = organisation.createAgency(cityA, dinas(code));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.active()).isTrue();
        assertThat(created.version()).isZero();
        assertThat(organisation.agency(cityA, created.id())).contains(created);
        assertThat(organisation.agencyByCode(cityA, code)).contains(created);
        assertThat(events.stream(AgencyCreated.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.eventId()).isNotNull();
                    assertThat(event.tenant()).isEqualTo(cityA);
                    assertThat(event.agencyId()).isEqualTo(created.id());
                    assertThat(event.code()).isEqualTo(code);
                    assertThat(event.occurredAt()).isEqualTo(created.createdAt());
                });
    }

    @Test
    void anAgencyCodeMustBeALowercaseSlug() {
        registerBoth();
        for (String bad : List.of("a", "dinas kesehatan", "dinkes_kota", "x".repeat(41), "dinkes!")) {
            assertThatThrownBy(() -> organisation.createAgency(cityA, dinas(bad)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
    }

    @Test
    void anAgencyCodeIsUniqueWithinATenantButNotAcrossTenants() {
        registerBoth();
        String code = TestTenants.agencyCode("dishub");
        organisation.createAgency(cityA, dinas(code));

        assertThatThrownBy(() -> organisation.createAgency(cityA, dinas(code)))
                .isInstanceOf(ConflictException.class);
        assertThat(organisation.createAgency(cityB, dinas(code)).tenant()).isEqualTo(cityB);
    }

    @Test
    void bothNamesAndTheShortNameAreRequiredAndLimited() {
        registerBoth();
        String tooLong = "n".repeat(201);
        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("a"),
                AgencyKind.DINAS, " ", "Health", "Dinkes", Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("nameId"));
        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("a"),
                AgencyKind.DINAS, "Dinas", tooLong, "Dinkes", Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("nameEn"));
        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("a"),
                AgencyKind.DINAS, "Dinas", "Health", "", Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shortName"));
        assertThat(organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("a"), AgencyKind.DINAS,
                "n".repeat(200), "Health", "Dinkes", Optional.empty())).nameId()).hasSize(200);
    }

    @Test
    void anOfficeServesAnExistingRegionOfItsOwnLevel() {
        registerBoth();
        String kecamatan = newKecamatan(cityA);
        String kelurahan = kecamatan + ".1001";
        organisation.addRegion(cityA, new NewRegion(kelurahan, RegionLevel.KELURAHAN, "Kelurahan Uji"));

        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("kel"),
                AgencyKind.KELURAHAN, "Kelurahan Uji", "Uji village office", "Kel. Uji", Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("kel"),
                AgencyKind.KELURAHAN, "Kelurahan Uji", "Uji village office", "Kel. Uji", Optional.of(kecamatan))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        // Tenant B has no such region, whatever tenant A has.
        assertThatThrownBy(() -> organisation.createAgency(cityB, new NewAgency(TestTenants.agencyCode("kel"),
                AgencyKind.KELURAHAN, "Kelurahan Uji", "Uji village office", "Kel. Uji", Optional.of(kelurahan))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));

        AgencyView office = organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("kel"),
                AgencyKind.KELURAHAN, "Kelurahan Uji", "Uji village office", "Kel. Uji", Optional.of(kelurahan)));
        assertThat(office.regionCode()).contains(kelurahan);

        // the office of a region: only the active one of that level, only in its own city
        assertThat(organisation.officeOf(cityA, AgencyKind.KELURAHAN, kelurahan)).contains(office);
        assertThat(organisation.officeOf(cityA, AgencyKind.KECAMATAN, kelurahan)).isEmpty();
        assertThat(organisation.officeOf(cityB, AgencyKind.KELURAHAN, kelurahan)).isEmpty();
        organisation.updateAgency(cityA, office.id(), new AgencyChange(office.kind(), office.nameId(), office.nameEn(),
                office.shortName(), office.regionCode(), false), office.version());
        assertThat(organisation.officeOf(cityA, AgencyKind.KELURAHAN, kelurahan)).isEmpty();
    }

    @Test
    void aCityWideAgencyHasNoRegion() {
        registerBoth();
        String kecamatan = newKecamatan(cityA);
        assertThatThrownBy(() -> organisation.createAgency(cityA, new NewAgency(TestTenants.agencyCode("dinsos"),
                AgencyKind.DINAS, "Dinas Sosial", "Social Affairs", "Dinsos", Optional.of(kecamatan))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        registerBoth();
        AgencyView agency = organisation.createAgency(cityA, dinas(TestTenants.agencyCode("dlh")));
        AgencyChange rename = new AgencyChange(AgencyKind.DINAS, "Dinas Lingkungan Hidup", "Environment", "DLH",
                Optional.empty(), true);

        AgencyView updated = organisation.updateAgency(cityA, agency.id(), rename, agency.version());

        assertThat(updated.nameId()).isEqualTo("Dinas Lingkungan Hidup");
        assertThat(updated.version()).isEqualTo(agency.version() + 1);
        assertThat(updated.code()).isEqualTo(agency.code());
        assertThatThrownBy(() -> organisation.updateAgency(cityA, agency.id(), rename, agency.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAgencyCanBeDeactivatedAndStaysListed() {
        registerBoth();
        AgencyView agency = organisation.createAgency(cityA, dinas(TestTenants.agencyCode("lama")));
        AgencyView inactive = organisation.updateAgency(cityA, agency.id(), new AgencyChange(agency.kind(),
                agency.nameId(), agency.nameEn(), agency.shortName(), Optional.empty(), false), agency.version());

        assertThat(inactive.active()).isFalse();
        assertThat(organisation.agencies(cityA)).contains(inactive);
    }

    @Test
    void anotherTenantsAgencyIsUnknownForReadingAndWriting() {
        registerBoth();
        AgencyView ofA = organisation.createAgency(cityA, dinas(TestTenants.agencyCode("rahasia")));

        assertThat(organisation.agency(cityB, ofA.id())).isEmpty();
        assertThat(organisation.agencyByCode(cityB, ofA.code())).isEmpty();
        assertThat(organisation.agencies(cityB)).extracting(AgencyView::id).doesNotContain(ofA.id());
        assertThatThrownBy(() -> organisation.updateAgency(cityB, ofA.id(), new AgencyChange(AgencyKind.DINAS,
                "Diambil alih", "Taken over", "X", Optional.empty(), true), ofA.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(organisation.agency(cityA, ofA.id())).contains(ofA);
    }

    @Test
    void anUnknownAgencyCannotBeUpdated() {
        registerBoth();
        assertThatThrownBy(() -> organisation.updateAgency(cityA, UUID.randomUUID(), new AgencyChange(AgencyKind.DINAS,
                "Dinas", "Department", "D", Optional.empty(), true), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void regionCodesExtendTheTenantCodeInTheKemendagriPattern() {
        registerBoth();
        for (String bad : List.of(cityB.code() + ".01", cityA.code() + ".1", cityA.code() + ".01.1001", "35.78.01")) {
            assertThatThrownBy(() -> organisation.addRegion(cityA, new NewRegion(bad, RegionLevel.KECAMATAN, "X")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
        String kecamatan = newKecamatan(cityA);
        for (String bad : List.of(kecamatan, kecamatan + ".101", kecamatan + ".10011")) {
            assertThatThrownBy(() -> organisation.addRegion(cityA, new NewRegion(bad, RegionLevel.KELURAHAN, "X")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
        assertThatThrownBy(() -> organisation.addRegion(cityA, new NewRegion(kecamatan, RegionLevel.KECAMATAN, "X")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aKelurahanBelongsToAnExistingKecamatan() {
        registerBoth();
        String kecamatan = newKecamatan(cityA);
        String orphan = cityA.code() + ".99.1001";
        if (organisation.region(cityA, cityA.code() + ".99").isEmpty()) {
            assertThatThrownBy(() -> organisation.addRegion(cityA, new NewRegion(orphan, RegionLevel.KELURAHAN, "Yatim")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
        RegionView kelurahan = organisation.addRegion(cityA, new NewRegion(kecamatan + ".1002", RegionLevel.KELURAHAN, "Anak"));

        assertThat(kelurahan.parentCode()).contains(kecamatan);
        assertThat(organisation.regions(cityA, RegionLevel.KELURAHAN, Optional.of(kecamatan))).contains(kelurahan);
        assertThat(organisation.regions(cityA, RegionLevel.KECAMATAN, Optional.empty()))
                .extracting(RegionView::code).contains(kecamatan);
        assertThat(organisation.regions(cityB, RegionLevel.KELURAHAN, Optional.of(kecamatan))).isEmpty();
    }

    @Test
    void importsSkipWhatExistsAndAcceptAnyOrder() {
        TenantId city = TestTenants.otherThan(cityA, cityB);
        organisation.registerTenant(city, "Kota Impor", TenantKind.KOTA);
        List<NewRegion> regions = List.of(
                new NewRegion(city.code() + ".01.1001", RegionLevel.KELURAHAN, "Satu Satu"),
                new NewRegion(city.code() + ".01", RegionLevel.KECAMATAN, "Satu"),
                new NewRegion(city.code() + ".02", RegionLevel.KECAMATAN, "Dua"));
        int first = organisation.importRegions(city, regions);
        int second = organisation.importRegions(city, regions);

        List<NewAgency> agencies = List.of(dinas("dinkes"), new NewAgency("kel-0101", AgencyKind.KELURAHAN,
                "Kelurahan Satu Satu", "Satu Satu village office", "Kel. Satu Satu", Optional.of(city.code() + ".01.1001")));
        int firstAgencies = organisation.importAgencies(city, agencies);
        int secondAgencies = organisation.importAgencies(city, agencies);

        // On a shared database an earlier run may have used the same random tenant: then less is new.
        assertThat(first).isBetween(0, 3);
        assertThat(second).isZero();
        assertThat(firstAgencies).isBetween(0, 2);
        assertThat(secondAgencies).isZero();
        assertThat(organisation.regions(city, RegionLevel.KECAMATAN, Optional.empty()))
                .extracting(RegionView::code).contains(city.code() + ".01", city.code() + ".02");
        assertThat(organisation.agencyByCode(city, "kel-0101")).isPresent();
    }

    @Test
    void writesNeedARegisteredTenant() {
        TenantId unknown = TestTenants.otherThan(cityA, cityB);
        if (organisation.tenant(unknown).isPresent()) {
            return; // registered by another test on a shared database
        }
        assertThatThrownBy(() -> organisation.createAgency(unknown, dinas("dinkes")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> organisation.addRegion(unknown, new NewRegion(unknown.code() + ".01",
                RegionLevel.KECAMATAN, "X"))).isInstanceOf(InvalidInputException.class);
    }
}
