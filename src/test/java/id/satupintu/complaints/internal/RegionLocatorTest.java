package id.satupintu.complaints.internal;

import id.satupintu.complaints.GeoPoint;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** (Test cities 89.xx: outside the 9x.yy codes other tests register.) A point finds its kelurahan (and so its kecamatan) from a tenant's boundaries, or from centroids without them. */
class RegionLocatorTest {

    private final RegionLocator locator = new RegionLocator();

    @Test
    void boundariesDecideWithHolesAndEdges() {
        TenantId city = TenantId.of("89.01");
        assertThat(locator.knows(city)).isTrue();
        assertThat(locator.locate(city, new GeoPoint(-7.29, 112.71))).get()
                .isEqualTo(new RegionLocator.Located("89.01.01", "89.01.01.1001"));
        assertThat(locator.locate(city, new GeoPoint(-7.29, 112.738))).get()
                .isEqualTo(new RegionLocator.Located("89.01.02", "89.01.02.1001"));
        // inside the hole of the second area (a lake), and outside the city: no kelurahan
        assertThat(locator.locate(city, new GeoPoint(-7.29, 112.73))).isEmpty();
        assertThat(locator.locate(city, new GeoPoint(-7.10, 112.71))).isEmpty();
        // on the shared border the first area that covers it answers (never none)
        assertThat(locator.locate(city, new GeoPoint(-7.29, 112.72))).isPresent();
    }

    @Test
    void centroidsGiveTheNearestWithinReach() {
        TenantId city = TenantId.of("89.02");
        assertThat(locator.knows(city)).isTrue();
        assertThat(locator.locate(city, new GeoPoint(-7.205, 112.701))).get()
                .isEqualTo(new RegionLocator.Located("89.02.01", "89.02.01.1001"));
        assertThat(locator.locate(city, new GeoPoint(-7.245, 112.699))).get()
                .isEqualTo(new RegionLocator.Located("89.02.03", "89.02.03.1002"));
        // farther than 2.5 km from every centroid
        assertThat(locator.locate(city, new GeoPoint(-7.40, 112.70))).isEmpty();
    }

    @Test
    void surabayasRealBoundariesPlaceKnownLandmarks() {
        TenantId surabaya = TenantId.of("35.78");
        // Taman Bungkul: kelurahan Darmo (Wonokromo); Tugu Pahlawan: Alun-alun Contong (Bubutan); ITS: Keputih (Sukolilo)
        assertThat(locator.locate(surabaya, new GeoPoint(-7.29142, 112.73981))).get()
                .isEqualTo(new RegionLocator.Located("35.78.04", "35.78.04.1005"));
        assertThat(locator.locate(surabaya, new GeoPoint(-7.24580, 112.73780))).get()
                .isEqualTo(new RegionLocator.Located("35.78.13", "35.78.13.1001"));
        assertThat(locator.locate(surabaya, new GeoPoint(-7.28190, 112.79490))).get()
                .isEqualTo(new RegionLocator.Located("35.78.09", "35.78.09.1001"));
        // Sidoarjo's Juanda airport and the middle of the Madura strait are outside the city
        assertThat(locator.locate(surabaya, new GeoPoint(-7.3798, 112.7868))).isEmpty();
        assertThat(locator.locate(surabaya, new GeoPoint(-7.15, 112.75))).isEmpty();
    }

    @Test
    void aCityWithoutGeometryResolvesNothing() {
        TenantId city = TenantId.of("89.03");
        assertThat(locator.knows(city)).isFalse();
        assertThat(locator.locate(city, new GeoPoint(-7.29, 112.71))).isEmpty();
    }
}
