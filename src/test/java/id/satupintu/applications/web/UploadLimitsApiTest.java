package id.satupintu.applications.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: failures raised before a controller is chosen (a body too large for the servlet
 * container, a content type no endpoint consumes) still answer problem+json, through the error page, not a 500
 * and not HTML. Signs in as a demo citizen the way a browser does (session cookie and CSRF token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsApiTest {

    private static final Pattern SESSION = Pattern.compile("SP_SESSION=([^;]+)");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(what).isTrue();
        return matcher.group(1);
    }

    private static String session(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElse(fallback);
    }

    /** A demo citizen's session cookie and the CSRF token the API wants with it. */
    private String[] signIn() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/masuk")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = session(loginPage, "");
        String form = "login=dewi%40contoh.id&password=SatuPintu2026&_csrf="
                + java.net.URLEncoder.encode(find(FORM_TOKEN, loginPage.body(), "login form token"), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SP_SESSION=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("galat");
        cookie = session(signedIn, cookie);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", "SP_SESSION=" + cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new String[]{cookie, find(META_TOKEN, home.body(), "csrf meta tag")};
    }

    private static byte[] multipart(String boundary, String document, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n" + document + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    @Test
    void tooLargeOrWrongTypeUploadsAnswerProblemJson() throws Exception {
        String[] signedIn = signIn();
        String path = "/api/v1/applications/" + UUID.randomUUID() + "/attachments";

        HttpResponse<String> notMultipart = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Cookie", "SP_SESSION=" + signedIn[0]).header("X-CSRF-TOKEN", signedIn[1])
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).as(notMultipart.body()).isEqualTo(415);
        assertThat(notMultipart.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/api/v1/applications/" + UUID.randomUUID() + "/check"))
                .header("Cookie", "SP_SESSION=" + signedIn[0]).header("X-CSRF-TOKEN", signedIn[1])
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).as(wrongMethod.body()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        // above spring.servlet.multipart.max-file-size (10MB): the container refuses it before any controller
        byte[] huge = new byte[10 * 1024 * 1024 + 512 * 1024];
        String boundary = "----sp" + UUID.randomUUID();
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "SP_SESSION=" + signedIn[0]).header("X-CSRF-TOKEN", signedIn[1])
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "desain", huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        // multipart is resolved lazily, so the failure happens inside the controller and ApiErrors answers it
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tooLarge.body()).contains("\"status\":413");
    }
}
