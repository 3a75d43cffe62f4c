package id.satupintu.complaints.internal;

import id.satupintu.complaints.GeoPoint;
import id.satupintu.shared.TenantId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the kelurahan (and so the kecamatan) a point lies in. A tenant's kelurahan boundaries come from
 * {@code complaints/regions-<tenant>.geojson} (polygons, property {@code code}); without boundaries, from
 * {@code complaints/kelurahan-<tenant>.csv} (centroids: {@code code,name,lat,lon}), taking the nearest centroid
 * within {@link #MAX_CENTROID_METRES}; a tenant with neither has no resolution. Read on first use per tenant.
 * A point in a thin gap between two simplified boundaries goes to the nearest area within {@link #SLIVER_DEGREES}.
 */
@Component
class RegionLocator {

    private static final Logger log = LoggerFactory.getLogger(RegionLocator.class);
    static final double MAX_CENTROID_METRES = 2500;
    /** About 55 m at the equator: a point this close to an area's boundary counts as in it when no area holds it. */
    static final double SLIVER_DEGREES = 0.0005;
    private static final Pattern KELURAHAN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    /** Where a point lies. */
    record Located(String kecamatanCode, String kelurahanCode) {
    }

    private interface Index {
        Optional<Located> locate(GeoPoint point);
    }

    private final GeometryFactory geometry = new GeometryFactory();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** Empty when the tenant has no geometry, or the point is outside every kelurahan it knows. */
    Optional<Located> locate(TenantId tenant, GeoPoint point) {
        return indexes.computeIfAbsent(tenant.code(), this::load).locate(point);
    }

    /** Whether the tenant has geometry at all (a point outside it is then outside the city). */
    boolean knows(TenantId tenant) {
        return !(indexes.computeIfAbsent(tenant.code(), this::load) instanceof None);
    }

    private record None() implements Index {
        @Override
        public Optional<Located> locate(GeoPoint point) {
            return Optional.empty();
        }
    }

    private Index load(String tenant) {
        try {
            Resource polygons = resolver.getResource("classpath:complaints/regions-" + tenant + ".geojson");
            if (polygons.exists()) {
                return polygons(polygons);
            }
            Resource centroids = resolver.getResource("classpath:complaints/kelurahan-" + tenant + ".csv");
            if (centroids.exists()) {
                return centroids(centroids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the region geometry of tenant " + tenant, e);
        }
        return new None();
    }

    private Index polygons(Resource resource) throws IOException {
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = new ObjectMapper().readTree(in);
        }
        STRtree tree = new STRtree();
        int count = 0;
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("code").asString("");
            if (!KELURAHAN.matcher(code).matches()) {
                continue;
            }
            Geometry shape = shape(feature.path("geometry"));
            if (shape == null) {
                continue;
            }
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape);
            tree.insert(shape.getEnvelopeInternal(), new Area(code, prepared));
            count++;
        }
        tree.build();
        log.info("Kelurahan boundaries of {}: {} areas", resource.getFilename(), count);
        return point -> {
            Point p = geometry.createPoint(new Coordinate(point.lon(), point.lat()));
            @SuppressWarnings("unchecked")
            List<Area> candidates = tree.query(p.getEnvelopeInternal());
            Optional<Area> inside = candidates.stream().filter(a -> a.shape().covers(p)).findFirst();
            if (inside.isEmpty()) {
                // simplified boundaries leave thin slivers between neighbours: the nearest area within reach
                Envelope around = p.getEnvelopeInternal();
                around.expandBy(SLIVER_DEGREES);
                @SuppressWarnings("unchecked")
                List<Area> near = tree.query(around);
                inside = near.stream().filter(a -> a.shape().getGeometry().distance(p) <= SLIVER_DEGREES)
                        .min(java.util.Comparator.comparingDouble(a -> a.shape().getGeometry().distance(p)));
            }
            return inside.map(a -> new Located(a.code().substring(0, a.code().lastIndexOf('.')), a.code()));
        };
    }

    private record Area(String code, PreparedGeometry shape) {
    }

    /** The kelurahan's outline; none for a geometry type the boundary files do not use. */
    private @Nullable Geometry shape(JsonNode node) {
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> parts = new ArrayList<>();
            for (JsonNode part : coordinates) {
                parts.add(polygon(part));
            }
            return geometry.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        return null;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return geometry.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode points) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode point : points) {
            coordinates.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble()));
        }
        if (!coordinates.getFirst().equals2D(coordinates.getLast())) {
            coordinates.add(coordinates.getFirst());
        }
        return geometry.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private record Centroid(String code, GeoPoint point) {
    }

    private Index centroids(Resource resource) throws IOException {
        List<Centroid> centroids = new ArrayList<>();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .get().parse(reader)) {
                String code = row.get("code").strip();
                if (KELURAHAN.matcher(code).matches()) {
                    centroids.add(new Centroid(code, new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")))));
                }
            }
        }
        log.info("Kelurahan centroids of {}: {} (nearest centroid within {} m)", resource.getFilename(), centroids.size(),
                (int) MAX_CENTROID_METRES);
        return point -> {
            Centroid best = null;
            double bestMetres = Double.MAX_VALUE;
            for (Centroid centroid : centroids) {
                double metres = centroid.point().metresTo(point);
                if (metres < bestMetres) {
                    bestMetres = metres;
                    best = centroid;
                }
            }
            if (best == null || bestMetres > MAX_CENTROID_METRES) {
                return Optional.empty();
            }
            String code = best.code();
            return Optional.of(new Located(code.substring(0, code.lastIndexOf('.')), code));
        };
    }
}
