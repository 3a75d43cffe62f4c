package id.satupintu.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.service.DriverFinder;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the browser tests: the whole application on a random port, driven by the machine's headless Debian
 * Chromium through its own chromedriver, with axe-core for accessibility and screenshots for people to look at.
 * <p>
 * Without Chromium the tests are skipped with the command that installs it; on CI ({@code CI=true}) a missing
 * browser fails instead, so a broken CI image cannot quietly turn the browser tests off. Selenium Manager is
 * never run (it would try to download a browser and a driver): the driver executable is given explicitly, and
 * {@link #startBrowser()} checks Selenium's own log line saying it skipped the manager. Chromium itself may resolve
 * no host but localhost, so the tests never reach the internet either.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({BrowserTestSupport.BrowserInstalled.class, BrowserTestSupport.ScreenshotOnFailure.class})
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String NOT_INSTALLED = "chromium/chromedriver not installed: apt-get install -y chromium chromium-driver";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    static final Duration WAIT = Duration.ofSeconds(10);
    /** A message key shown as itself: {@code I18n.m} falls back to the key when a bundle lacks it. */
    static final Pattern RAW_MESSAGE_KEY = Pattern.compile(
            "\\b(?:layout|home|form|error|validation|tenant|role|identity|organisation|audit|catalog|notifications|applications?|workflow|inbox)"
                    + "\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*\\b");

    // Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its level.
    private static final Logger DRIVER_FINDER_LOG = Logger.getLogger(DriverFinder.class.getName());

    /**
     * Viewports in CSS pixels at device pixel ratio 1. Phone and kiosk are touch screens with overlay scrollbars
     * (the page gets the full width); the desktop keeps a classic scrollbar, as on most office PCs.
     */
    protected enum Viewport {
        PHONE(390, 844, true), DESKTOP(1366, 900, false), KIOSK_PORTRAIT(1080, 1920, true);

        final int width;
        final int height;
        final boolean touch;

        Viewport(int width, int height, boolean touch) {
            this.width = width;
            this.height = height;
            this.touch = touch;
        }

        String suffix() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    private Path profile;
    private Viewport viewport = Viewport.PHONE;

    /** On CI a missing browser is a broken image, not a reason to skip: {@link BrowserInstalled} lets CI through to here. */
    @BeforeAll
    static void browserInstalledOnCi() {
        if (!browserInstalled()) {
            fail(NOT_INSTALLED + " (CI=true: the browser tests must run on CI)");
        }
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("sp-chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile,
                // Chromium still calls Google (autofill, clock, updates, account list) and its start page despite
                // the flags above: no name but localhost resolves, so nothing leaves the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                "--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints");
        // No password manager: its leak check would call Google after every sign-in.
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
                "profile.password_manager_enabled", false, "profile.password_manager_leak_detection", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();

        SeleniumManagerWatch watch = new SeleniumManagerWatch();
        try {
            driver = new ChromeDriver(service, options);
        } finally {
            watch.close();
        }
        assertThat(watch.skipped())
                .as("Selenium must not run Selenium Manager (it downloads browsers); DriverFinder said: %s", watch.records)
                .isTrue();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        resize(Viewport.PHONE);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    // ---- navigation --------------------------------------------------------------------------------------

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** The path and query of the current page, e.g. {@code /masuk?galat}. */
    protected String currentPath() {
        String current = driver.getCurrentUrl();
        String origin = url("");
        return current != null && current.startsWith(origin) ? current.substring(origin.length()) : String.valueOf(current);
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Types into an empty field, found by its id. */
    protected void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks the submit button of the form matched by {@code formCss} (the first one a person would press: not a
     * hidden default button, not one that posts elsewhere with {@code formaction}) and waits for the answer page.
     */
    protected void submit(String formCss) {
        String before = driver.getCurrentUrl();
        WebElement html = find("html");
        List<WebElement> buttons = findAll(formCss + " [type=submit]:not([aria-hidden='true']):not([formaction])");
        (buttons.isEmpty() ? find(formCss + " [type=submit]") : buttons.getFirst()).click();
        // A form post reloads the page (even to the same address): wait until the old document is gone.
        new WebDriverWait(driver, WAIT).until(d -> isStale(html) || !String.valueOf(d.getCurrentUrl()).equals(before));
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException midNavigation) {
            // Chrome sometimes reports a node of the unloading document this way instead of as stale
            String message = String.valueOf(midNavigation.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw midNavigation;
        }
    }

    /** Signs in through the form at /masuk. */
    protected void signIn(String login, String password) {
        open("/masuk");
        type("login", login);
        type("password", password);
        submit("form[action='/masuk']");
    }

    /** The sign-out button in the header (a POST form with the CSRF token). */
    protected void signOut() {
        submit("form[action='/keluar']");
    }

    // ---- checks ------------------------------------------------------------------------------------------

    /**
     * Runs axe-core on the current page (WCAG 2.0/2.1 A and AA) and fails on every serious or critical violation;
     * minor and moderate ones are only written to the test output.
     */
    protected void axe(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not run on " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            boolean blocks = BLOCKING_IMPACTS.contains(String.valueOf(rule.getImpact()));
            System.out.println("axe " + (blocks ? "VIOLATION " : "notice ") + pageName + " " + describe(rule));
            if (blocks) {
                blocking.add(rule);
            }
        }
        for (Rule rule : results.getIncomplete()) {
            System.out.println("axe review " + pageName + " " + describe(rule));
        }
        System.out.println("axe " + pageName + " (" + currentPath() + ", " + viewport.suffix() + "): "
                + results.getViolations().size() + " violated rules, " + results.getPasses().size() + " passed, "
                + results.getIncomplete().size() + " to review by hand");
        if (!blocking.isEmpty()) {
            fail("axe-core found serious or critical violations on " + pageName + " (" + currentPath() + "):\n"
                    + blocking.stream().map(BrowserTestSupport::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "[" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " — " + targets
                + " (" + rule.getHelpUrl() + ")";
    }

    /**
     * A message key on the page means a bundle lacks it in this language. Looks at the text, the title and the
     * attributes people or screen readers get (aria-label, title, placeholder, alt), but not inside {@code code},
     * where pages show identifiers on purpose (an audit action such as {@code tenant.registered}).
     */
    protected void assertNoRawMessageKeys(String pageName) {
        Object text = driver.executeScript("""
                var parts = [document.title];
                var machine = 'code, pre, kbd, samp, script, style, template';
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    if (!walker.currentNode.parentElement.closest(machine)) parts.push(walker.currentNode.nodeValue);
                }
                document.querySelectorAll('[aria-label], [title], [placeholder], [alt]').forEach(function (e) {
                    if (e.closest(machine)) return;
                    ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (a) {
                        if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
                    });
                });
                return parts.join(' ');""");
        Matcher keys = RAW_MESSAGE_KEY.matcher(String.valueOf(text));
        List<String> found = new ArrayList<>();
        while (keys.find()) {
            found.add(keys.group());
        }
        assertThat(found).as("message keys shown raw on " + pageName + " (" + currentPath() + ")").isEmpty();
    }

    /** The page is what was asked for, not the friendly error page or the sign-in form. */
    protected void assertNotAnErrorPage(String pageName) {
        List<WebElement> error = findAll(".error-page .status-code");
        assertThat(error).as("%s (%s) answered with the error page %s", pageName, currentPath(),
                error.isEmpty() ? "" : error.getFirst().getText()).isEmpty();
    }

    /**
     * Console errors the page caused, e.g. a script or style the Content-Security-Policy blocked. Reading the
     * browser log empties it, so each call sees what happened since the last one.
     */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    protected void assertNoConsoleErrors(String pageName) {
        assertThat(consoleErrors()).as("browser console errors on " + pageName + " (" + currentPath() + ")").isEmpty();
    }

    /** Whether the page is wider than the window: on a phone that means sideways scrolling (WCAG 1.4.10). */
    protected long horizontalOverflow() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return overflow instanceof Number n ? n.longValue() : 0;
    }

    /**
     * Everything a page must pass, all checked even when one fails: not an error page, no browser console errors,
     * no raw message keys, no sideways scrolling, axe. A screenshot is taken first, at the current window size.
     */
    protected void inspect(String pageName) {
        screenshot(pageName + "-" + viewport.suffix());
        List<Runnable> checks = List.of(
                () -> assertNotAnErrorPage(pageName),
                () -> assertNoConsoleErrors(pageName),
                () -> assertNoRawMessageKeys(pageName),
                () -> assertThat(horizontalOverflow())
                        .as("sideways scrolling (CSS px) on %s at %s", pageName, viewport.suffix()).isLessThanOrEqualTo(0),
                () -> axe(pageName));
        List<String> problems = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (AssertionError problem) {
                problems.add(problem.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---- windows and screenshots -------------------------------------------------------------------------

    /**
     * Sets the viewport exactly: a headless window's size includes invisible browser chrome (a 1920 px high window
     * shows 1777 px of page), so the window only has to be big enough and device emulation gives the viewport.
     */
    protected void resize(Viewport size) {
        driver.manage().window().setSize(new Dimension(Math.max(size.width, 800), size.height + 200));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                "height", size.height, "deviceScaleFactor", 1, "mobile", size.touch));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", size.touch, "maxTouchPoints", 5));
        viewport = size;
    }

    protected Viewport viewport() {
        return viewport;
    }

    /** Screenshots of the current page at other window sizes, then back to the size it had. */
    protected void screenshotsAt(String name, Viewport... sizes) {
        Viewport before = viewport;
        for (Viewport size : sizes) {
            resize(size);
            screenshot(name + "-" + size.suffix());
        }
        resize(before);
    }

    /**
     * Saves the whole page (not only the visible part) as {@code <build dir>/screenshots/<name>.png}; the build
     * dir is the system property {@code sp.build.dir} that surefire passes, else {@code target}.
     */
    protected Path screenshot(String name) {
        Path file = Path.of(System.getProperty("sp.build.dir", "target"), "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fullPagePng());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + file, e);
        }
        return file;
    }

    private byte[] fullPagePng() {
        Object size = driver.executeScript("var e = document.documentElement;"
                + " return [Math.max(e.scrollWidth, e.clientWidth), Math.max(e.scrollHeight, e.clientHeight)];");
        if (size instanceof List<?> wh && wh.size() == 2 && wh.get(0) instanceof Number w && wh.get(1) instanceof Number h) {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", w.intValue(), "height", h.intValue(), "scale", 1)));
            if (shot.get("data") instanceof String data) {
                return Base64.getDecoder().decode(data);
            }
        }
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /**
     * Skips the whole class, before the application starts, when Chromium is missing (unless {@code CI=true}). A
     * condition rather than an assumption in {@code @BeforeAll}: surefire reports an aborted class as "Tests run: 0"
     * with no reason, but a disabled one as every test skipped, with the install command as the message.
     */
    static class BrowserInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return browserInstalled() || "true".equals(System.getenv("CI"))
                    ? ConditionEvaluationResult.enabled("chromium and chromedriver are installed, or CI must have them")
                    : ConditionEvaluationResult.disabled(NOT_INSTALLED);
        }
    }

    /** Keeps a picture of the page a test failed on, before the browser closes. */
    static class ScreenshotOnFailure implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (context.getTestInstance().orElse(null) instanceof BrowserTestSupport test && test.driver != null) {
                try {
                    Path file = test.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                    System.out.println("Screenshot of the failure: " + file.toAbsolutePath() + " (" + test.currentPath() + ")");
                } catch (RuntimeException screenshotFailed) {
                    failure.addSuppressed(screenshotFailed);
                }
            }
            throw failure;
        }
    }

    /** Listens to Selenium's driver lookup, which logs (at FINE) that it skipped Selenium Manager. */
    private static final class SeleniumManagerWatch extends Handler {

        final List<String> records = new CopyOnWriteArrayList<>();
        private final Level previous = DRIVER_FINDER_LOG.getLevel();

        SeleniumManagerWatch() {
            DRIVER_FINDER_LOG.setLevel(Level.FINE);
            DRIVER_FINDER_LOG.addHandler(this);
        }

        boolean skipped() {
            return records.stream().anyMatch(message -> message.startsWith("Skipping Selenium Manager"));
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            DRIVER_FINDER_LOG.removeHandler(this);
            DRIVER_FINDER_LOG.setLevel(previous);
        }
    }
}
