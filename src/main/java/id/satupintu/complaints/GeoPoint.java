package id.satupintu.complaints;

import id.satupintu.shared.InvalidInputException;

/** A place as WGS 84 latitude and longitude, in degrees. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidInputException("lat", "complaint.place.lat", "Latitude must be between -90 and 90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidInputException("long", "complaint.place.lon", "Longitude must be between -180 and 180");
        }
    }

    /** Great-circle distance in metres (haversine; plenty for tens of metres inside one city). */
    public double metresTo(GeoPoint other) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
