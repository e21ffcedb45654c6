package dev.tessera.browser;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: Tessera on a random port, Debian's headless Chromium and ChromeDriver driven by
 * Selenide. Nothing is downloaded: without /usr/bin/chromium the tests fail with a message naming .ci/run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("tessera.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("tessera.chromedriver", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @BeforeAll
    static void configureBrowser() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver); .ci/run installs them.");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path downloads = Files.createDirectories(Path.of("target", "downloads"));
        Configuration.browser = "chrome";
        Configuration.browserCapabilities = chromeOptions("1280,800");
        Configuration.headless = true;
        Configuration.browserSize = "1280x800";
        Configuration.downloadsFolder = downloads.toString();
        Configuration.reportsFolder = "target/selenide-reports";
        Configuration.timeout = 15_000;
        Configuration.pageLoadTimeout = 60_000;
    }

    /** Chromium with a fresh profile of its own: headless, no network of its own, no downloads. */
    static ChromeOptions chromeOptions(String windowSize) throws IOException {
        return chromeOptions(windowSize, "en-US");
    }

    /** The same, asking pages in the given languages first ({@code Accept-Language}). */
    static ChromeOptions chromeOptions(String windowSize, String languages) throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + windowSize,
                "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        return options;
    }

    /** A second person's browser, beside the default one. Close it at the end. */
    SelenideDriver secondBrowser() throws IOException {
        return browserAt(port);
    }

    /** A second person's browser on the server at {@code port} (another node, say). Close it at the end. */
    static SelenideDriver browserAt(int port) throws IOException {
        return browserAt(port, "en-US");
    }

    /** A second person's browser on the server at {@code port}, asking for pages in {@code languages}. */
    static SelenideDriver browserAt(int port, String languages) throws IOException {
        return new SelenideDriver(new SelenideConfig()
                .browser("chrome")
                .headless(true)
                .browserCapabilities(chromeOptions("1280,800", languages))
                .browserSize("1280x800")
                .baseUrl("http://localhost:" + port)
                .timeout(15_000)
                .reportsFolder("target/selenide-reports"));
    }

    /** Signs the demo user (password = username) in, in the second browser. */
    static void signIn(SelenideDriver browser, String user) {
        browser.open("/login");
        browser.$("vaadin-login-form input[name='username']").setValue(user);
        browser.$("vaadin-login-form input[name='password']").setValue(user);
        browser.$("vaadin-login-form vaadin-button[slot='submit']").click();
        browser.$(".projects-view").shouldBe(com.codeborne.selenide.Condition.visible);
    }

    @BeforeEach
    void pointAtServer() {
        Configuration.baseUrl = "http://localhost:" + port;
    }

    @AfterEach
    void signOut() {
        leaveAndForgetSession();
    }

    /**
     * Leaves the page first, so that nothing it still sends (push, a pending round trip) reaches the server without
     * a cookie and starts a session that would replace the next one; then forgets the session.
     */
    static void leaveAndForgetSession() {
        Selenide.open("about:blank");
        // Cookies are cleared for the page's host: back on it with a page that starts no session.
        Selenide.open("/actuator/health");
        Selenide.clearBrowserCookies();
    }
}
