import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for bench/applications/run.sh (JDK only: {@code java Driver.java <mode> ...}).
 * <ul>
 *   <li>{@code prepare <base-url> <drafts> <out-file>}: signs in as the demo citizens and creates that many filled-in
 *       drafts of a service with no required upload (not timed); writes "cookie csrf draft-id" lines.</li>
 *   <li>{@code submit <base-url> <clients> <seconds> <drafts-file> <codes-out>}: C clients submit the drafts as fast
 *       as they are answered, for the given time, after an uncounted warm-up of up to 400 drafts; prints submits/s and
 *       latency percentiles; writes tracking codes.</li>
 *   <li>{@code get <clients> <seconds> <url>...}: C clients GET the URLs round-robin; prints requests/s and
 *       latency percentiles. Every answer must be 200, or the run fails.</li>
 *   <li>{@code post <clients> <seconds> <url> <json>}: C clients POST the JSON to the URL, after the same 10 s warm-up;
 *       prints requests/s and latency percentiles. Every answer must be 200, or the run fails.</li>
 * </ul>
 * Output: one line {@code RESULT ops=<n> seconds=<s> rate=<per s> p50=<ms> p99=<ms> errors=<n>}.
 */
public class Driver {

    static final String[] CITIZENS = {"siti@contoh.id", "budi@contoh.id", "agus@contoh.id", "dewi@contoh.id"};
    static final String PASSWORD = "SatuPintu2026";
    static final String SERVICE = "surat-keterangan-miskin";
    static final String KELURAHAN = "35.78.04.1005";
    static final Pattern SESSION = Pattern.compile("SP_SESSION=([^;]+)");
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "submit" -> submit(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
            case "get" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Arrays.asList(args).subList(3, args.length), null);
            case "post" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), List.of(args[3]), args[4]);
            default -> throw new IllegalArgumentException("mode: prepare | submit | get | post");
        }
    }

    // ---- prepare ----

    static void prepare(String base, int drafts, Path out) throws Exception {
        List<String[]> sessions = new ArrayList<>();
        for (String citizen : CITIZENS) {
            sessions.add(signIn(base, citizen));
        }
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < drafts) {
                        String[] session = sessions.get(i % sessions.size());
                        try {
                            HttpResponse<String> created = send(base, "POST", "/api/v1/applications", session,
                                    "{\"service\":\"" + SERVICE + "\"}");
                            Matcher id = ID.matcher(created.body());
                            if (created.statusCode() != 201 || !id.find()) {
                                throw new IllegalStateException("draft: " + created.statusCode() + " " + created.body());
                            }
                            String answers = "{\"kelurahan\":\"" + KELURAHAN + "\",\"answers\":{\"nomorKk\":\"3578041203090007\","
                                    + "\"nikYangDiterangkan\":\"3578040101800003\",\"keperluan\":\"pendidikan\"}}";
                            HttpResponse<String> saved = send(base, "PUT", "/api/v1/applications/" + id.group(1) + "/answers", session, answers);
                            if (saved.statusCode() != 200) {
                                throw new IllegalStateException("answers: " + saved.statusCode() + " " + saved.body());
                            }
                            lines.add(session[0] + " " + session[1] + " " + id.group(1));
                        } catch (Exception e) {
                            if (failures.incrementAndGet() < 5) {
                                System.err.println(e.getMessage());
                            }
                        }
                    }
                    return null;
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " drafts failed");
        }
        Files.write(out, lines);
        System.out.println("prepared " + lines.size() + " drafts");
    }

    static String[] signIn(String base, String login) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page, "");
        String form = "login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(group(FORM_TOKEN, page.body()), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SP_SESSION=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("galat")) {
            throw new IllegalStateException("sign-in failed for " + login);
        }
        cookie = cookie(signedIn, cookie);
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", "SP_SESSION=" + cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return new String[]{cookie, group(META_TOKEN, home.body())};
    }

    static HttpResponse<String> send(String base, String method, String path, String[] session, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Cookie", "SP_SESSION=" + session[0]).header("X-CSRF-TOKEN", session[1])
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- submit ----

    static final AtomicInteger WARMED = new AtomicInteger();

    static void submit(String base, int clients, int seconds, Path draftsFile, Path codesOut) throws Exception {
        ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>(Files.readAllLines(draftsFile));
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        // warm-up, not counted: the submit path runs compiled (pgbench has no JIT to warm), as in the other drivers
        int warmUp = Math.min(400, drafts.size() / 5);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    String line;
                    while (WARMED.getAndIncrement() < warmUp && (line = drafts.poll()) != null) {
                        String[] parts = line.split(" ");
                        HttpResponse<String> answer = send(base, "POST", "/api/v1/applications/" + parts[2] + "/submission",
                                new String[]{parts[0], parts[1]}, "");
                        Matcher code = CODE.matcher(answer.body());
                        if (answer.statusCode() == 200 && code.find()) {
                            codes.add(code.group(1));
                        }
                    }
                    return null;
                });
            }
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        AtomicLong lastDone = new AtomicLong(start);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    String line;
                    while (System.nanoTime() < end && (line = drafts.poll()) != null) {
                        String[] parts = line.split(" ");
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> answer = send(base, "POST", "/api/v1/applications/" + parts[2] + "/submission",
                                    new String[]{parts[0], parts[1]}, "");
                            long t1 = System.nanoTime();
                            Matcher code = CODE.matcher(answer.body());
                            if (answer.statusCode() == 200 && code.find()) {
                                latencies.add(t1 - t0);
                                codes.add(code.group(1));
                                lastDone.accumulateAndGet(t1, Math::max);
                            } else if (errors.incrementAndGet() < 5) {
                                System.err.println("submit " + answer.statusCode() + " " + answer.body());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        if (drafts.isEmpty()) {
            System.err.println("WARNING: all drafts were used before the time was up; prepare more for a longer run");
        }
        Files.write(codesOut, codes);
        report(latencies, (lastDone.get() - start) / 1e9, errors.get());
    }

    // ---- get ----

    /** GETs the URLs round-robin, or POSTs {@code json} to them when it is not null. */
    static void load(int clients, int seconds, List<String> urls, String json) throws Exception {
        List<URI> targets = urls.stream().map(URI::create).toList();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        // warm-up: JIT and connection pools of both sides
        warm(targets, json);
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
                            HttpResponse<byte[]> answer = HTTP.send(request(target, json), HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() == 200) {
                                mine.add(System.nanoTime() - t0);
                            } else if (errors.incrementAndGet() < 5) {
                                System.err.println((json == null ? "GET " : "POST ") + target + " " + answer.statusCode());
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

    static void warm(List<URI> targets, String json) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int i = 0;
        while (System.nanoTime() < until) {
            HTTP.send(request(targets.get(i++ % targets.size()), json), HttpResponse.BodyHandlers.discarding());
        }
    }

    static HttpRequest request(URI target, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Accept", "application/json");
        return json == null ? request.GET().build()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // ---- output ----

    static void report(List<Long> latencies, double seconds, int errors) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(0.50 * (sorted.size() - 1))) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.99 * (sorted.size() - 1))) / 1e6;
        System.out.printf("RESULT ops=%d seconds=%.2f rate=%.1f p50=%.2f p99=%.2f errors=%d%n",
                sorted.size(), seconds, sorted.size() / seconds, p50, p99, errors);
        if (errors > 0) {
            System.exit(3);
        }
    }

    static String cookie(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((a, b) -> b).orElse(fallback);
    }

    static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return matcher.group(1);
    }
}
