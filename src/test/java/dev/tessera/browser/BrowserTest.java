package dev.tessera.browser;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
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
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        Path downloads = Files.createDirectories(Path.of("target", "downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,800", "--lang=en-US");
        Configuration.browser = "chrome";
        Configuration.browserCapabilities = options;
        Configuration.headless = true;
        Configuration.browserSize = "1280x800";
        Configuration.downloadsFolder = downloads.toString();
        Configuration.reportsFolder = "target/selenide-reports";
        Configuration.timeout = 15_000;
        Configuration.pageLoadTimeout = 60_000;
    }

    @BeforeEach
    void pointAtServer() {
        Configuration.baseUrl = "http://localhost:" + port;
    }

    @AfterEach
    void signOut() {
        Selenide.clearBrowserCookies();
    }
}
