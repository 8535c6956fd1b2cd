package course.site.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through the chromedriver found on PATH (the Debian packages), so
 * Selenium Manager never downloads anything. Missing binaries are a test failure, not a skip: CI
 * installs them.
 */
final class Chromium implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Chromium start() throws IOException {
    Path browser =
        onPath("chromium", "chromium-browser", "google-chrome")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no chromium on PATH: the browser tests need it"
                            + " (apt-get install chromium chromium-driver)"));
    Path chromedriver =
        onPath("chromedriver")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no chromedriver on PATH: the browser tests need it"
                            + " (apt-get install chromium-driver)"));
    Path profile = Files.createTempDirectory("course-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new Chromium(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Console messages at level SEVERE since the last call (errors, failed loads). */
  /** Drops the console and network logs gathered so far (before the part a test looks at). */
  /**
   * Loads {@code url} and waits until the page's site.js has set it up (it marks the root element
   * when done): with Chromium 150, elements site.js builds were now and then missing right after
   * the load returned. A page without site.js is ready when loaded.
   */
  static void open(org.openqa.selenium.WebDriver driver, String url) {
    driver.get(url);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!document.querySelector("
                                + "'script[src$=\"assets/site.js\"]') || document.documentElement"
                                + ".hasAttribute('data-site-ready'));"));
  }

  void forgetLogs() {
    severeConsoleMessages();
    requestedUrls();
  }

  /** Since the last look: no console error, and no request for anything but file: or data:. */
  void assertNoConsoleErrorsAndNoNetwork() {
    org.assertj.core.api.Assertions.assertThat(severeConsoleMessages())
        .as("console errors")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(requestedUrls())
        .as("requests")
        .filteredOn(url -> !url.startsWith("file:") && !url.startsWith("data:"))
        .isEmpty();
  }

  List<String> severeConsoleMessages() {
    List<String> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e.getMessage());
      }
    }
    return severe;
  }

  /** URLs of every request the pages sent since the last call (from the performance log). */
  List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    Json json = new Json();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<?, ?> entry = json.toType(e.getMessage(), Map.class);
      Map<?, ?> message = (Map<?, ?>) entry.get("message");
      if ("Network.requestWillBeSent".equals(message.get("method"))) {
        Map<?, ?> params = (Map<?, ?>) message.get("params");
        urls.add(String.valueOf(((Map<?, ?>) params.get("request")).get("url")));
      }
    }
    return urls;
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
