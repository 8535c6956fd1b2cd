package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The student's progress, offline (issue 20): the student kit writes {@code progress.js} at the
 * site root; every page loads it with a plain script, and the sidebar, the course map and the part
 * pages show done / tried / not started with the score, the home page a summary. The build ships a
 * default {@code progress.js} saying null, with which pages show no progress and log no error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressBrowserTest {
  private static final List<String> PAGES =
      List.of(
          "index.html",
          "lessons/arrays/index.html",
          "lessons/raft/01-terms-and-roles.html",
          "exercises/height-checker/index.html",
          "all.html");

  private Path site;
  private Chromium chromium;
  private ChromeDriver driver;

  @BeforeAll
  void buildSiteAndStartChromium() throws IOException {
    site = SiteFixture.build();
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void forgetLogs() {
    // Off Chromium's own start page first: what it loads is no business of the site's.
    open("index.html");
    chromium.forgetLogs();
  }

  @AfterEach
  void noConsoleErrorsAndNoNetwork() {
    chromium.assertNoConsoleErrorsAndNoNetwork();
  }

  private void open(String page) {
    Chromium.open(driver, site.resolve(page).toUri().toString());
  }

  private void progress(String exercises) throws IOException {
    Files.writeString(
        site.resolve("progress.js"),
        "window.courseProgress = {\"exercises\": " + exercises + "};\n");
  }

  private String badge(String where) {
    List<WebElement> badges =
        driver.findElements(
            By.cssSelector(
                where
                    + " a[href$='exercises/height-checker/index.html'] ~ .progress,"
                    + where
                    + " a[href$='exercises/height-checker/index.html'] > .progress"));
    assertThat(badges).as(where).hasSize(1);
    return badges.get(0).getAttribute("title");
  }

  @Test
  void theDefaultFileShowsNoProgressAndLogsNothing() throws IOException {
    assertThat(Files.readString(site.resolve("progress.js")))
        .isEqualTo("window.courseProgress = null;\n");
    for (String page : PAGES) {
      open(page);
      assertThat(
              driver.executeScript(
                  "return document.querySelector('script[src$=\"progress.js\"]').getAttribute('src')"))
          .as(page)
          .isEqualTo("../".repeat(page.split("/").length - 1) + "progress.js");
      assertThat(driver.findElements(By.cssSelector(".progress, .progress-summary"))).isEmpty();
      assertThat(chromium.severeConsoleMessages()).as(page).isEmpty();
    }
    // Loaded before the site's scripts, so they see it.
    assertThat(
            driver.executeScript(
                "var s = Array.prototype.map.call(document.scripts, function (e) { return e.src; });"
                    + " return s.findIndex(function (x) { return /progress\\.js$/.test(x); })"
                    + " < s.findIndex(function (x) { return /site\\.js$/.test(x); })"))
        .isEqualTo(true);
  }

  @Test
  void aTriedExerciseShowsItsBestScoreInTheSidebarTheMapAndThePartPage() throws IOException {
    progress("{\"height-checker\": {\"best\": 23.5, \"max\": 26, \"attempts\": 2}}");
    open("index.html");
    assertThat(badge("nav.sidebar")).isEqualTo("Tried 23.5/26 (2 attempts)");
    assertThat(badge("article .map-exercises")).isEqualTo("Tried 23.5/26 (2 attempts)");
    assertThat(driver.findElement(By.cssSelector("article .map-exercises .progress")).getText())
        .isEqualTo("Tried 23.5/26 (2 attempts)");
    assertThat(driver.findElement(By.cssSelector(".progress-summary")).getText())
        .isEqualTo("Your progress: 0 of 1 exercises done, 1 tried, 0 not started.");
    open("lessons/arrays/index.html");
    assertThat(badge("article .map-exercises")).isEqualTo("Tried 23.5/26 (2 attempts)");
    assertThat(driver.findElements(By.cssSelector(".progress-summary"))).isEmpty();
    open("exercises/height-checker/index.html");
    assertThat(
            driver
                .findElement(By.cssSelector("nav.sidebar a[aria-current=page] > .progress"))
                .getAttribute("title"))
        .isEqualTo("Tried 23.5/26 (2 attempts)");
  }

  @Test
  void aFullScoreIsDoneAndAnExerciseWithoutEntryIsNotStarted() throws IOException {
    progress("{\"height-checker\": {\"best\": 26, \"max\": 26, \"attempts\": 1}}");
    open("lessons/arrays/index.html");
    assertThat(badge("nav.sidebar")).isEqualTo("Done 26/26 (1 attempt)");
    assertThat(badge("article .map-exercises")).isEqualTo("Done 26/26 (1 attempt)");
    open("index.html");
    assertThat(driver.findElement(By.cssSelector(".progress-summary")).getText())
        .isEqualTo("Your progress: 1 of 1 exercises done, 0 tried, 0 not started.");

    progress("{\"some-other-exercise\": {\"best\": 1, \"max\": 2, \"attempts\": 1}}");
    open("index.html");
    assertThat(badge("article .map-exercises")).isEqualTo("Not started");
    assertThat(driver.findElement(By.cssSelector(".progress-summary")).getText())
        .isEqualTo("Your progress: 0 of 1 exercises done, 0 tried, 1 not started.");
  }

  @Test
  void rebuildingTheSiteInPlaceKeepsTheKitsProgress() throws IOException {
    progress("{\"height-checker\": {\"best\": 3, \"max\": 26, \"attempts\": 1}}");
    String written = Files.readString(site.resolve("progress.js"));
    Path course = SiteFixture.course();
    assertThat(new SiteBuilder(course).build(site).problems()).isEmpty();
    assertThat(Files.readString(site.resolve("progress.js"))).isEqualTo(written);
    open("index.html");
    assertThat(badge("nav.sidebar")).isEqualTo("Tried 3/26 (1 attempt)");
    Files.writeString(site.resolve("progress.js"), "window.courseProgress = null;\n");
  }

  @Test
  void aFolderHoldingOnlyTheKitsProgressIsBuiltIntoAndTheProgressKept() throws IOException {
    Path course = SiteFixture.course();
    Path out = course.resolveSibling("kit-site");
    Files.createDirectories(out);
    String written = "window.courseProgress = {\"exercises\": {}};\n";
    Files.writeString(out.resolve("progress.js"), written);
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    assertThat(Files.readString(out.resolve("progress.js"))).isEqualTo(written);
    assertThat(out.resolve("index.html")).isRegularFile();
  }
}
