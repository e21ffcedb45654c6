package dev.tessera.browser;

import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 15's fifty open editors: ten browsers (ten sessions) with five editor windows each, all on one document of
 * the real server in a process of its own; one person saves through the API every half second, and each window
 * notes when the saved text appears in its grid. The push latency is from the save's answer to the text shown.
 * {@code mvn -Pbench test -Dtest=PushBenchmarkTest}.
 */
@Tag("bench")
class PushBenchmarkTest {

    static final int BROWSERS = 10;
    static final int WINDOWS = 5;
    static final int SAVES = 40;

    @TempDir
    Path folder;

    @Test
    void fiftyOpenEditorsReceiveEachSave() throws Exception {
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER);
        List<SelenideDriver> browsers = new ArrayList<>();
        try (ServerProcess server = new ServerProcess(folder, Map.of())) {
            server.start();
            ApiClient api = new ApiClient(server.port());
            String manager = ApiClient.bearer(api.token("manager"));
            api.postJson(
                    manager,
                    "/api/v1/projects",
                    Map.of("slug", "push", "name", "Push", "sourceLocale", "en", "targetLocales", List.of("fr")));
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= 60; i++) {
                text.append("Sentence number ").append(i).append(" of the pushed document.\n");
            }
            long document = api.postText(manager, "/api/v1/projects/push/documents?name=push.txt", text.toString())
                    .json()
                    .path("id")
                    .asLong();
            List<Long> segments = api.get(manager, "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()
                    .valueStream()
                    .map(n -> n.path("id").asLong())
                    .toList();

            for (int b = 0; b < BROWSERS; b++) {
                SelenideDriver browser = browser(server.port());
                browsers.add(browser);
                BrowserTest.signIn(browser, b % 2 == 0 ? "translator" : "reviewer");
                for (int w = 0; w < WINDOWS; w++) {
                    if (w > 0) {
                        browser.getWebDriver().switchTo().newWindow(WindowType.WINDOW);
                    }
                    browser.open("/documents/" + document + "/fr");
                    browser.$("#segment-grid .source-text[data-position='1']").shouldBe(visible);
                    browser.executeJavaScript("""
                            window.__seen = {};
                            const grid = document.querySelector('#segment-grid');
                            new MutationObserver(() => {
                              for (const cell of grid.querySelectorAll('.target-text')) {
                                const text = cell.textContent;
                                if (text.startsWith('Poussée ') && !(text in window.__seen)) {
                                  window.__seen[text] = Date.now();
                                }
                              }
                            }).observe(grid, {subtree: true, childList: true, characterData: true});
                            """);
                }
            }

            String writer = ApiClient.bearer(api.token("translator"));
            Map<String, Long> answered = new java.util.HashMap<>();
            int[] versions = new int[10];
            for (int i = 0; i < SAVES; i++) {
                int row = 1 + i % 8;
                String target = "Poussée " + i;
                ApiClient.Response saved = api.putJson(
                        writer,
                        "/api/v1/documents/" + document + "/segments/" + segments.get(row) + "/translations/fr",
                        Map.of("target", target, "status", "DRAFT", "version", versions[row]));
                assertThat(saved.status()).as(saved.body()).isEqualTo(200);
                answered.put(target, System.currentTimeMillis());
                versions[row] = saved.json().path("version").asInt();
                Thread.sleep(500);
            }
            Thread.sleep(5000);

            List<Long> latencies = new ArrayList<>();
            int missing = 0;
            for (SelenideDriver browser : browsers) {
                for (String window : browser.getWebDriver().getWindowHandles()) {
                    browser.getWebDriver().switchTo().window(window);
                    @SuppressWarnings("unchecked")
                    Map<String, Number> seen = browser.executeJavaScript("return window.__seen;");
                    for (Map.Entry<String, Long> save : answered.entrySet()) {
                        Number at = seen.get(save.getKey());
                        if (at == null) {
                            missing++;
                        } else {
                            latencies.add(Math.max(0, at.longValue() - save.getValue()));
                        }
                    }
                }
            }
            Collections.sort(latencies);
            int editors = BROWSERS * WINDOWS;
            System.out.println();
            System.out.println("| push: " + editors + " open editors (" + BROWSERS + " browsers × " + WINDOWS
                    + " windows), " + SAVES + " API saves, server process, H2 | figure | goal |");
            System.out.println("|---|---|---|");
            System.out.printf(
                    "| saves shown in every editor | %d of %d (%d missing) | all |%n",
                    latencies.size(), editors * SAVES, missing);
            System.out.printf(
                    "| push latency, answer to text shown: p50 / p95 / max | %d / %d / %d ms | p95 ≤ 1 s |%n",
                    at(latencies, 50), at(latencies, 95), latencies.getLast());
            System.out.println();
            assertThat(latencies).isNotEmpty();
        } finally {
            browsers.forEach(SelenideDriver::close);
        }
    }

    private static SelenideDriver browser(int port) throws java.io.IOException {
        ChromeOptions options = BrowserTest.chromeOptions("1280,800");
        // Every window counts as in front: no throttled timers or frames for the windows behind.
        options.addArguments(
                "--disable-background-timer-throttling",
                "--disable-backgrounding-occluded-windows",
                "--disable-renderer-backgrounding");
        return new SelenideDriver(new SelenideConfig()
                .browser("chrome")
                .headless(true)
                .browserCapabilities(options)
                .browserSize("1280x800")
                .baseUrl("http://localhost:" + port)
                .timeout(30_000)
                .reportsFolder("target/selenide-reports"));
    }

    private static long at(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
