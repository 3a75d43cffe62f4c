import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Load driver of the complaints benchmark (single-file Java program: {@code java Driver.java ...}).
 *
 * <pre>
 *   submit BASE API_KEY CLIENTS SECONDS   POST /open311/v2/requests.json with random places in Surabaya
 *   get CLIENTS SECONDS URL...             GET the URLs in turn (after a 10-second warm-up)
 * </pre>
 * Prints one line {@code RESULT ops=.. seconds=.. rate=.. p50=.. p99=.. errors=..} (latencies in ms).
 */
public class Driver {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String[] CATEGORIES = {"jalan-rusak", "sampah", "lampu-jalan", "saluran-tersumbat", "parkir-liar"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "submit" -> submit(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "get" -> get(Integer.parseInt(args[1]), Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
            default -> throw new IllegalArgumentException("usage: submit BASE API_KEY CLIENTS SECONDS | get CLIENTS SECONDS URL...");
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> post(String base, String key) throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = form(Map.of(
                "api_key", key,
                "jurisdiction_id", "35.78",
                "service_code", CATEGORIES[random.nextInt(CATEGORIES.length)],
                "lat", String.format(java.util.Locale.ROOT, "%.6f", -7.31 + random.nextDouble() * 0.06),
                "long", String.format(java.util.Locale.ROOT, "%.6f", 112.71 + random.nextDouble() * 0.06),
                "description", "Beban uji: masalah di jalan nomor " + random.nextInt(1_000_000),
                "email", "warga" + random.nextInt(1000) + "@contoh.id"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static void submit(String base, String key, int clients, int seconds) throws Exception {
        for (int i = 0; i < 50; i++) { // warm-up, not counted
            post(base, key);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        AtomicLong lastDone = new AtomicLong(start);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> answer = post(base, key);
                            long t1 = System.nanoTime();
                            if (answer.statusCode() / 100 == 2 && answer.body().contains("service_request_id")) {
                                mine.add(t1 - t0);
                                lastDone.accumulateAndGet(t1, Math::max);
                            } else if (errors.incrementAndGet() < 5) {
                                System.err.println("POST " + answer.statusCode() + " " + answer.body());
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                    }
                    latencies.addAll(mine);
                    return null;
                });
            }
        }
        report(latencies, (lastDone.get() - start) / 1e9, errors.get());
    }

    static void get(int clients, int seconds, List<String> urls) throws Exception {
        List<URI> targets = urls.stream().map(URI::create).toList();
        long warm = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (int i = 0; System.nanoTime() < warm; i++) {
            HTTP.send(HttpRequest.newBuilder(targets.get(i % targets.size())).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        URI target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(target).GET().build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() == 200) {
                                mine.add(System.nanoTime() - t0);
                            } else if (errors.incrementAndGet() < 5) {
                                System.err.println("GET " + target + " " + answer.statusCode());
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                    }
                    latencies.addAll(mine);
                    return null;
                });
            }
        }
        report(latencies, (System.nanoTime() - start) / 1e9, errors.get());
    }

    static void report(List<Long> latencies, double secs, int errorCount) {
        AtomicInteger errors = new AtomicInteger(errorCount);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(0.50 * (sorted.size() - 1))) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.99 * (sorted.size() - 1))) / 1e6;
        System.out.printf("RESULT ops=%d seconds=%.2f rate=%.1f p50=%.2f p99=%.2f errors=%d%n",
                sorted.size(), secs, sorted.size() / secs, p50, p99, errors.get());
        if (errors.get() > 0) {
            System.exit(3);
        }
    }
}
