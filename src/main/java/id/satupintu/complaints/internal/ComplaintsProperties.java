package id.satupintu.complaints.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of the complaints module ({@code satupintu.complaints.*}).
 *
 * @param deskAgency            code of the agency whose officers verify, dispatch, reopen and merge complaints
 * @param trackingPrefix        letters before each tracking code
 * @param maxPhotoSize          largest accepted photo upload
 * @param maxPhotoEdge          photos are scaled down to this many pixels on their longest edge
 * @param maxPhotos             photos per complaint
 * @param overdueCheckInterval  how often each node looks for passed deadlines and resolutions to close
 * @param categoriesLocation    a Spring resource with the categories of every tenant, instead of the built-in list
 * @param nearbyMetres          how close an open complaint of the same category must be to be offered to join
 * @param nearbyDays            how recent it must be
 * @param mapCenter             "lat,lon" where the complaint maps open
 * @param mapZoom               the zoom they open at
 * @param mapTiles              {@code osm}, {@code none} (no tiles: tests, offline) or a tile URL template
 */
@ConfigurationProperties("satupintu.complaints")
public record ComplaintsProperties(String deskAgency, String trackingPrefix, DataSize maxPhotoSize, Integer maxPhotoEdge,
                                   Integer maxPhotos, Duration overdueCheckInterval, @Nullable String categoriesLocation,
                                   Integer nearbyMetres, Integer nearbyDays, String mapCenter, Integer mapZoom,
                                   String mapTiles) {

    public ComplaintsProperties {
        deskAgency = deskAgency == null || deskAgency.isBlank() ? "diskominfo" : deskAgency;
        trackingPrefix = trackingPrefix == null || trackingPrefix.isBlank() ? "ADU" : trackingPrefix;
        maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(8) : maxPhotoSize;
        maxPhotoEdge = maxPhotoEdge == null ? 1600 : maxPhotoEdge;
        maxPhotos = maxPhotos == null ? 3 : maxPhotos;
        overdueCheckInterval = overdueCheckInterval == null ? Duration.ofMinutes(1) : overdueCheckInterval;
        nearbyMetres = nearbyMetres == null ? 50 : nearbyMetres;
        nearbyDays = nearbyDays == null ? 30 : nearbyDays;
        mapCenter = mapCenter == null || mapCenter.isBlank() ? "-7.2575,112.7521" : mapCenter;
        mapZoom = mapZoom == null ? 12 : mapZoom;
        mapTiles = mapTiles == null || mapTiles.isBlank() ? "osm" : mapTiles;
        categoriesLocation = categoriesLocation == null || categoriesLocation.isBlank() ? null : categoriesLocation.strip();
    }
}
