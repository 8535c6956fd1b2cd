package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real course (the repository's {@code content/} and {@code exercises/}), built by the real
 * site builder and read in real headless Chromium over file://: the on-page contents of a long
 * lesson and search ranking on the real index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCourseBrowserTest {
  private static final String ELECTION = "lessons/raft/03-leader-election.html";

  private Path site;
  private Chromium chromium;
  private ChromeDriver driver;

  @BeforeAll
  void buildTheRealCourseAndStartChromium() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    site = Files.createTempDirectory("course-real-").resolve("site");
    SiteBuilder.Result result = new SiteBuilder(root).build(site);
    assertThat(result.problems()).as("the real course builds").isEmpty();
    site = site.toRealPath();
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
  void wideWindowAndFreshLogs() {
    driver.manage().window().setSize(new Dimension(1280, 900));
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

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(5));
  }

  private String activeTocEntry() {
    return (String) js("var a = document.querySelector('nav.toc a.active'); return a && a.hash;");
  }

  @Test
  void wideScreensShowTheLessonsContentsInTheMarginAndHighlightTheSectionBeingRead() {
    driver.manage().window().setSize(new Dimension(1400, 900));
    open(ELECTION);
    WebElement toc =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.toc")));
    assertThat(toc.isDisplayed()).isTrue();
    // In the right margin: right of the article, not over it.
    Number tocLeft = (Number) js("return arguments[0].getBoundingClientRect().left", toc);
    Number articleRight =
        (Number)
            js("return document.querySelector('article.content').getBoundingClientRect().right");
    assertThat(tocLeft.doubleValue()).isGreaterThanOrEqualTo(articleRight.doubleValue());

    List<WebElement> links = toc.findElements(By.tagName("a"));
    @SuppressWarnings("unchecked")
    List<String> headings =
        (List<String>)
            js(
                "return Array.prototype.map.call(document.querySelectorAll("
                    + "'article.content h2[id], article.content h3[id]'), function (h) {"
                    + " return '#' + h.id; })");
    assertThat(links).extracting(a -> a.getAttribute("hash")).isEqualTo(headings);
    assertThat(links)
        .extracting(WebElement::getText)
        .contains("Randomized election timeouts", "Timeline 1: the usual case")
        .noneMatch(t -> t.contains("#"));
    assertThat(activeTocEntry()).isEqualTo("#why-this-matters");

    WebElement randomized = driver.findElement(By.linkText("Randomized election timeouts"));
    randomized.click();
    waiting().until(d -> d.getCurrentUrl().endsWith("#randomized-election-timeouts"));
    Number top =
        (Number)
            js(
                "return document.getElementById('randomized-election-timeouts')"
                    + ".getBoundingClientRect().top");
    // The heading is at the top of the window, below the sticky header, not hidden under it.
    assertThat(top.doubleValue()).isBetween(40.0, 120.0);
    waiting().until(d -> "#randomized-election-timeouts".equals(activeTocEntry()));

    // Scrolling by hand: the heading 50 px from the top of the window.
    js(
        "window.scrollTo(0, window.pageYOffset - 50 + document.getElementById("
            + "'the-election-restriction').getBoundingClientRect().top)");
    waiting().until(d -> "#the-election-restriction".equals(activeTocEntry()));
    js("window.scrollTo(0, 0)");
    waiting().until(d -> "#why-this-matters".equals(activeTocEntry()));
  }

  @Test
  void narrowScreensAndPrintHideTheContents() {
    driver.manage().window().setSize(new Dimension(390, 844));
    open(ELECTION);
    // site.js builds the contents when the page's DOM is ready: wait for it (seen missing once in
    // CI right after the load returned at this width).
    WebElement toc =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.toc")));
    assertThat(toc.isDisplayed()).isFalse();
    driver.manage().window().setSize(new Dimension(1400, 900));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav.toc")));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(driver.findElement(By.cssSelector("nav.toc")).isDisplayed()).isFalse();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private List<String> search(String query) {
    WebElement input = driver.findElement(By.id("search-input"));
    input.clear();
    input.sendKeys(query);
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results li")));
    return driver.findElements(By.cssSelector("#search-results li[role=option] a")).stream()
        .map(a -> site.toUri().relativize(java.net.URI.create(a.getAttribute("href"))).getPath())
        .toList();
  }

  @Test
  void searchRanksTheLessonNamedAfterATopicAboveEveryExerciseThatMentionsIt() {
    open("index.html");
    for (String query : List.of("election timeout", "election timeout ", "Election Timeout")) {
      List<String> results = search(query);
      assertThat(results).as(query).isNotEmpty();
      assertThat(results.get(0)).as(query).isEqualTo(ELECTION);
    }
    // Hyphenated identifiers: whole first (the lesson that says KIP-500), and by parts.
    assertThat(search("KIP-500").get(0)).isEqualTo("lessons/kafka/04-why-kraft.html");
    assertThat(search("KIP-50")).contains("lessons/kafka/04-why-kraft.html");
    assertThat(search("kip 500")).contains("lessons/kafka/04-why-kraft.html");
    // One typo forgiven.
    assertThat(search("electon").get(0)).isEqualTo(ELECTION);
    assertThat(search("AppendEntries"))
        .contains(
            "lessons/raft/04-log-replication.html", "exercises/raft-append-entries/index.html");
  }
}
