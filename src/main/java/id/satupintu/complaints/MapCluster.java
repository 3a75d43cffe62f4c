package id.satupintu.complaints;

/**
 * Public complaints grouped into one grid cell of the map: where to draw the marker and how many it stands for.
 * With {@code count == 1}, {@code trackingCode} names the single complaint.
 */
public record MapCluster(double lat, double lon, int count, int overdue, String trackingCode) {
}
