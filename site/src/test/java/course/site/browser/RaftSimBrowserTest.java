package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.generate.SiteBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Raft simulator in real headless Chromium over file://, on the fixture lesson {@code
 * raft/03-simulator.md}: the figure, its controls, and Raft itself through {@code RaftSim.create}
 * in the page. Virtual time only: nothing here waits for the wall clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaftSimBrowserTest {
  private static final String LESSON = "lessons/raft/03-simulator.html";

  private Path site;
  private Chromium chromium;
  private ChromeDriver driver;

  @BeforeAll
  void buildSiteAndStartChromium() throws IOException {
    site = buildLessons();
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  /**
   * The fixture lessons alone (no exercise, unlike {@link SiteFixture}): the simulator needs none,
   * and so this test does not depend on the exercises' lesson paths.
   */
  private static Path buildLessons() throws IOException {
    Path work = Files.createTempDirectory("course-raft-sim-");
    Path from = Path.of("src", "test", "resources", "browser-course");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path target = work.resolve("course").resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    SiteBuilder.Result result = new SiteBuilder(work.resolve("course")).build(work.resolve("site"));
    assertThat(result.problems()).as("the fixture lessons build").isEmpty();
    return work.resolve("site").toRealPath();
  }

  @AfterAll
  void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void openTheSimulatorLesson() {
    Chromium.open(driver, site.resolve(LESSON).toUri().toString());
    chromium.forgetLogs();
  }

  @AfterEach
  void noConsoleErrorsAndNoNetwork() {
    chromium.assertNoConsoleErrorsAndNoNetwork();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private WebElement figure() {
    return driver.findElements(By.cssSelector("figure.raft-sim")).get(0);
  }

  /** Runs the first figure's simulator to {@code ms} virtual time and redraws it. */
  private void runFigureUntil(long ms) {
    js("var f = arguments[0].raftSim; f.sim().runUntil(arguments[1]); f.draw();", figure(), ms);
  }

  private String leaderOfFigure() {
    return (String)
        js(
            "var st = arguments[0].raftSim.sim().state(), best = null;"
                + "st.servers.forEach(function (s) { if (s.up && s.role === 'leader'"
                + " && (!best || s.term > best.term)) best = s; });"
                + "return best ? best.id : null;",
            figure());
  }

  private long termOf(String id) {
    return ((Number)
            js(
                "var id = arguments[1];"
                    + "return arguments[0].raftSim.sim().state().servers.filter(function (s) {"
                    + " return s.id === id; })[0].term;",
                figure(),
                id))
        .longValue();
  }

  private BufferedImage screenshot(String name) throws IOException {
    return Screenshots.take(driver, name);
  }

  @Test
  void theSimulatorRendersServersLinksAndControlsInsteadOfTheStaticText() throws IOException {
    List<WebElement> figures = driver.findElements(By.cssSelector("figure.raft-sim"));
    assertThat(figures).hasSize(2);
    WebElement f = figures.get(0);
    assertThat(f.findElement(By.cssSelector("figcaption")).getText())
        .isEqualTo("Raft simulator: Five servers");
    assertThat(f.findElement(By.cssSelector(".raft-sim-controls")).isDisplayed()).isTrue();
    assertThat(f.findElement(By.cssSelector(".raft-sim-static")).isDisplayed()).isFalse();
    assertThat(f.findElements(By.cssSelector("g.raft-sim-server[role=button]"))).hasSize(5);
    assertThat(f.findElements(By.cssSelector("g.raft-sim-link[role=button]"))).hasSize(10);
    assertThat(f.findElements(By.cssSelector(".raft-sim-card"))).hasSize(5);
    assertThat(f.findElement(By.cssSelector(".raft-sim-status")).getAttribute("aria-live"))
        .isEqualTo("polite");
    assertThat(f.findElement(By.cssSelector(".raft-sim-status")).getText()).contains("Paused");
    assertThat(figures.get(1).findElements(By.cssSelector("g.raft-sim-server"))).hasSize(3);
    runFigureUntil(2500);
    assertThat(f.findElement(By.cssSelector(".raft-sim-clock")).getText()).isEqualTo("2500 ms");
    assertThat(f.findElements(By.cssSelector("g.raft-sim-server.leader"))).hasSize(1);
    assertThat(f.findElements(By.cssSelector(".raft-sim-entry.committed"))).isNotEmpty();
    double light = Screenshots.luminance(screenshot("raft-sim-light"));
    js("document.documentElement.setAttribute('data-theme', 'dark')");
    assertThat(Screenshots.luminance(screenshot("raft-sim-dark"))).isLessThan(light - 60);
  }

  @Test
  void everyPageLoadsTheScriptAndTheSinglePageEditionRunsItsFigures() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path p : pages) {
      Chromium.open(driver, p.toUri().toString());
      assertThat(js("return typeof RaftSim.create")).as(p.toString()).isEqualTo("function");
      assertThat(chromium.severeConsoleMessages()).as("console errors on " + p).isEmpty();
    }
    Chromium.open(driver, site.resolve("all.html").toUri().toString());
    assertThat(
            driver.findElements(By.cssSelector("figure.raft-sim[data-mounted] g.raft-sim-server")))
        .hasSize(8);
  }

  @Test
  void arrowKeysInsideTheFigureDoNotTurnThePage() {
    String page = driver.getCurrentUrl();
    WebElement step = figure().findElement(By.cssSelector(".raft-sim-step"));
    step.sendKeys(Keys.ARROW_RIGHT);
    step.sendKeys(Keys.ARROW_LEFT);
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
  }

  @Test
  void stepRunsOneEventAndSaysWhatItWas() {
    WebElement step = figure().findElement(By.cssSelector(".raft-sim-step"));
    step.click();
    String clock = figure().findElement(By.cssSelector(".raft-sim-clock")).getText();
    assertThat(figure().findElement(By.cssSelector(".raft-sim-status")).getText())
        .matches("\\d+ ms: S\\d times out and stands for term 1")
        .startsWith(clock + ":");
    step.click();
    assertThat(figure().findElement(By.cssSelector(".raft-sim-status")).getText())
        .matches("\\d+ ms: (recv S\\d to S\\d RequestVote t1 .*|S\\d times out .*)");
  }

  @Test
  void theSameSeedGivesTheSameHistoryTwice() {
    @SuppressWarnings("unchecked")
    Map<String, Object> runs =
        (Map<String, Object>)
            js(
                "function run(seed) {"
                    + "  var sim = RaftSim.create({servers: 5, seed: seed,"
                    + "    script: [{at: 1200, stop: 'S1'}, {at: 2000, request: 'x=1'},"
                    + "             {at: 3000, cut: ['S2', 'S3']}, {at: 4000, heal: 'all'},"
                    + "             {at: 4500, restart: 'S1'}]});"
                    + "  sim.runUntil(5000);"
                    + "  var first = sim.notes().filter(function (n) {"
                    + "    return / becomes leader of term /.test(n.text); })[0];"
                    + "  return {first: first.text, events: sim.events().join('\\n')};"
                    + "}"
                    + "return {a: run(7), b: run(7), c: run(8)};");
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) runs.get("a");
    @SuppressWarnings("unchecked")
    Map<String, Object> b = (Map<String, Object>) runs.get("b");
    @SuppressWarnings("unchecked")
    Map<String, Object> c = (Map<String, Object>) runs.get("c");
    assertThat(a.get("first")).asString().matches("S\\d becomes leader of term \\d+");
    assertThat(b.get("first")).isEqualTo(a.get("first"));
    assertThat(((String) a.get("events")).lines().count()).isGreaterThan(500);
    assertThat(b.get("events")).isEqualTo(a.get("events"));
    assertThat(c.get("events")).as("another seed, another history").isNotEqualTo(a.get("events"));
  }

  @Test
  void stoppingTheLeaderByClickingItElectsANewLeaderWithAHigherTerm() {
    runFigureUntil(2000);
    String leader = leaderOfFigure();
    assertThat(leader).isNotNull();
    long term = termOf(leader);
    WebElement server =
        figure().findElements(By.cssSelector("g.raft-sim-server")).stream()
            .filter(g -> g.getAttribute("aria-label").startsWith(leader + ", leader"))
            .findFirst()
            .orElseThrow();
    server.click();
    assertThat(server.getAttribute("class")).contains("stopped");
    assertThat(figure().getText()).contains("Restart " + leader);
    assertThat(figure().findElement(By.cssSelector(".raft-sim-status")).getText())
        .contains(leader + " stops");
    runFigureUntil(5000);
    String next = leaderOfFigure();
    assertThat(next).isNotNull().isNotEqualTo(leader);
    assertThat(termOf(next)).isGreaterThan(term);
    // Restarted, the old leader keeps its term and log and follows the new leader.
    figure().findElement(By.xpath(".//button[text()='Restart " + leader + "']")).click();
    runFigureUntil(7000);
    assertThat(termOf(leader)).isEqualTo(termOf(next));
    assertThat(leaderOfFigure()).isEqualTo(next);
  }

  @Test
  void aClientRequestIsCommittedOnAMajority() {
    runFigureUntil(1500);
    figure().findElement(By.cssSelector(".raft-sim-request")).click();
    runFigureUntil(2500);
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            js(
                "var st = arguments[0].raftSim.sim().state(), holders = 0, committedBy = 0;"
                    + "st.servers.forEach(function (s) {"
                    + "  s.log.forEach(function (e, i) { if (e.command === 'c1') {"
                    + "    holders++; if (i < s.commitIndex) committedBy++; } }); });"
                    + "return {holders: holders, committedBy: committedBy};",
                figure());
    assertThat(((Number) result.get("holders")).intValue()).isGreaterThanOrEqualTo(3);
    assertThat(((Number) result.get("committedBy")).intValue()).isGreaterThanOrEqualTo(1);
    assertThat(figure().findElements(By.cssSelector(".raft-sim-entry.committed[title*='c1']")))
        .isNotEmpty();
  }

  /**
   * Focuses {@code element} as Tab would (it must be focusable) and presses {@code key} on the
   * keyboard. ChromeDriver 150 refuses {@code sendKeys} to an SVG group ("element not
   * interactable") though a user's keyboard reaches it; the key still goes through the browser's
   * real key events to the focused element.
   */
  private void press(WebElement element, CharSequence key) {
    js("arguments[0].focus()", element);
    assertThat(driver.switchTo().activeElement()).as("focusable").isEqualTo(element);
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
  }

  @Test
  void cuttingEveryLinkOfAServerByKeyboardIsolatesItAndItKeepsRaisingItsTerm() {
    runFigureUntil(2000);
    String leader = leaderOfFigure();
    String lonely = leader.equals("S3") ? "S4" : "S3";
    List<WebElement> links =
        figure().findElements(By.cssSelector("g.raft-sim-link")).stream()
            .filter(
                g ->
                    g.getAttribute("aria-label")
                        .matches("Link (S\\d-" + lonely + "|" + lonely + "-S\\d)\\. .*"))
            .toList();
    assertThat(links).hasSize(4);
    for (WebElement link : links) {
      press(link, Keys.ENTER);
      assertThat(link.getAttribute("class")).contains("cut");
    }
    long before = termOf(lonely);
    long leaderTerm = termOf(leader);
    runFigureUntil(6000);
    assertThat(termOf(lonely)).isGreaterThanOrEqualTo(before + 5);
    assertThat(leaderOfFigure()).as("the majority keeps its leader").isEqualTo(leader);
    assertThat(termOf(leader)).isEqualTo(leaderTerm);
    // Healed, its higher term deposes the leader; the next leader has a term above it.
    long lonelyTerm = termOf(lonely);
    press(links.get(0), " ");
    runFigureUntil(9000);
    assertThat(leaderOfFigure()).isNotNull();
    assertThat(termOf(leaderOfFigure())).isGreaterThan(lonelyTerm);
  }

  @Test
  void theLessonsScriptStopsAndRestartsItsLeader() {
    @SuppressWarnings("unchecked")
    List<Object> notes =
        (List<Object>)
            js(
                "var f = document.querySelectorAll('figure.raft-sim')[1].raftSim;"
                    + "f.sim().runUntil(6000);"
                    + "return f.sim().notes().map(function (n) { return n.text; });");
    assertThat(notes)
        .anySatisfy(n -> assertThat(n).asString().startsWith("S2 stops"))
        .anySatisfy(n -> assertThat(n).asString().startsWith("S2 restarts"))
        .anySatisfy(n -> assertThat(n).asString().contains("appends x=1"));
  }

  @Test
  void safetyHoldsOverTwoHundredSeedsOfRandomStopsRestartsAndCuts() throws IOException {
    String check = Files.readString(Path.of("src/test/resources/raft-sim/safety.js"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) js(check, 1, 200, 8000);
    assertThat((List<?>) result.get("violations")).as("violations").isEmpty();
    assertThat(((Number) result.get("runs")).intValue()).isEqualTo(200);
    // Not vacuous: many elections and many committed entries were checked.
    assertThat(((Number) result.get("leaders")).intValue()).isGreaterThan(400);
    assertThat(((Number) result.get("commits")).intValue()).isGreaterThan(1000);
  }
}
