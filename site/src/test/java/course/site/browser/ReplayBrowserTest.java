package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.generate.SiteBuilder;
import course.site.markdown.Markdown;
import course.site.markdown.RaftSim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The "Replay a lab run" page of the real course in real headless Chromium over file://: a student
 * pastes what {@code course test raft-lab-1-election RaftNode.java --seed 2} printed for a wrong
 * solution (captured in {@code raft-replay/lab1-seed2.txt}; {@code ReplayCaptureTest} in the grader
 * proves the current ReplayTest still prints it), and the simulator plays its faults at their
 * times. The page reads scenarios with the build's rules: same scenario, same errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayBrowserTest {
  static final String CAPTURE = "raft-replay/lab1-seed2.txt";

  private Path site;
  private Chromium chromium;
  private ChromeDriver driver;

  @BeforeAll
  void buildTheRealCourseAndStartChromium() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    site = Files.createTempDirectory("course-replay-").resolve("site");
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
  void openTheReplayPage() {
    Chromium.open(driver, site.resolve("replay.html").toUri().toString());
    chromium.forgetLogs();
  }

  @AfterEach
  void noConsoleErrorsAndNoNetwork() {
    chromium.assertNoConsoleErrorsAndNoNetwork();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String capture() throws IOException {
    try (var in = ReplayBrowserTest.class.getResourceAsStream("/" + CAPTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void paste(String text) {
    js("arguments[0].value = arguments[1];", driver.findElement(By.id("raft-replay-text")), text);
    driver.findElement(By.cssSelector("button.raft-replay-run")).click();
  }

  @Test
  void theSimulatorLessonsAndEveryRaftLabPageLinkTheReplayPage() throws IOException {
    for (String page :
        List.of(
            "lessons/raft/03-leader-election.html",
            "exercises/raft-lab-1-election/index.html",
            "exercises/raft-lab-2-replication/index.html",
            "exercises/raft-lab-3-persistence/index.html",
            "exercises/raft-lab-4-snapshots/index.html")) {
      Chromium.open(driver, site.resolve(page).toUri().toString());
      WebElement link = driver.findElement(By.cssSelector(".raft-replay-link a"));
      assertThat(link.getText()).as(page).isEqualTo("Replay a lab run");
      link.click();
      assertThat(driver.getCurrentUrl()).as(page).endsWith("/replay.html");
    }
    // The statement says it too, in one line.
    Chromium.open(
        driver, site.resolve("exercises/raft-lab-1-election/index.html").toUri().toString());
    assertThat(driver.findElement(By.cssSelector("section.statement")).getText())
        .contains("Paste that scenario into the site's Replay a lab run page");
    // Height-checker prints no scenario: no link.
    String other = Files.readString(site.resolve("exercises/height-checker/index.html"));
    assertThat(other).doesNotContain("raft-replay-link");
  }

  @Test
  void theCapturedReplayOfAFailingSeedPlaysItsFaultsAtTheirTimes() throws IOException {
    String printed = capture();
    List<long[]> times = new ArrayList<>();
    Matcher at = Pattern.compile("\\{at: (\\d+), (\\w+): ").matcher(printed);
    while (at.find()) {
      times.add(new long[] {Long.parseLong(at.group(1))});
    }
    assertThat(times).as("the capture holds a fault schedule").isNotEmpty();
    paste(printed);
    assertThat(driver.findElement(By.cssSelector(".raft-replay-error")).isDisplayed()).isFalse();
    WebElement figure = driver.findElement(By.cssSelector(".raft-replay-stage figure.raft-sim"));
    assertThat(figure.findElement(By.tagName("figcaption")).getText())
        .isEqualTo("Raft simulator: raft-lab part 1, seed 2");
    assertThat(driver.findElements(By.cssSelector(".raft-replay-script li"))).hasSize(times.size());
    assertThat(figure.findElement(By.cssSelector(".raft-sim-stage")).isDisplayed()).isTrue();

    // The capture's schedule: S3 isolated at 583 ms, ..., everything healed at 2372 ms.
    assertThat(printed).contains("  - {at: 583, isolate: S3}", "  - {at: 2372, heal: all}");
    runTo(figure, 582);
    assertThat(figure.findElements(By.cssSelector(".raft-sim-link.cut"))).isEmpty();
    runTo(figure, 583);
    assertThat(figure.findElement(By.cssSelector(".raft-sim-status")).getText())
        .isEqualTo("583 ms: S3 is cut off from every other server");
    assertThat(figure.findElements(By.cssSelector(".raft-sim-link.cut")))
        .extracting(l -> l.getAttribute("aria-label"))
        .allMatch(label -> label.contains("S3"))
        .hasSize(3);
    // Every scripted fault shows as a note at exactly its time.
    runTo(figure, 2372);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> notes =
        (List<Map<String, Object>>) js("return arguments[0].raftSim.sim().notes();", figure);
    List<Long> noted = notes.stream().map(n -> ((Number) n.get("time")).longValue()).toList();
    for (long[] t : times) {
      if (t[0] <= 2372) {
        assertThat(noted).as("a note at " + t[0] + " ms").contains(t[0]);
      }
    }
    assertThat(figure.findElements(By.cssSelector(".raft-sim-link.cut"))).isEmpty();
  }

  private void runTo(WebElement figure, long ms) {
    js("var f = arguments[0].raftSim; f.sim().runUntil(arguments[1]); f.draw();", figure, ms);
  }

  @Test
  void aMistakeIsShownInlineWithItsLineAndNoSimulatorStarts() {
    paste("```raft-sim\nservers: 5\nseed: 2\nscript:\n  - {at: 100, stop: S9}\n```\n");
    WebElement error = driver.findElement(By.cssSelector(".raft-replay-error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).isEqualTo("Line 5: 'stop' names a server from S1 to S5, not 'S9'");
    assertThat(driver.findElements(By.cssSelector(".raft-replay-stage figure"))).isEmpty();
    // Mending it replaces the error by the simulator.
    paste("servers: 5\nscript:\n  - {at: 100, stop: S5}\n");
    assertThat(driver.findElement(By.cssSelector(".raft-replay-error")).isDisplayed()).isFalse();
    WebElement figure = driver.findElement(By.cssSelector(".raft-replay-stage figure.raft-sim"));
    runTo(figure, 100);
    assertThat(js("return arguments[0].raftSim.sim().state().servers[4].up;", figure))
        .isEqualTo(false);
    assertThat(figure.findElement(By.cssSelector(".raft-sim-status")).getText())
        .startsWith("100 ms: S5 stops (");
  }

  @Test
  void thePageReadsEveryScenarioAsTheBuildDoes() throws IOException {
    List<String> cases =
        List.of(
            capture()
                .replaceAll("(?m)^\\s*\\| ?", "")
                .replaceAll("(?s)^.*?```raft-sim\n", "")
                .replaceAll("(?s)```.*$", ""),
            "",
            "servers: 3\nseed: 9\ntitle: 'A title: quoted'\nscript:\n  - at: 10\n    stop: S2\n"
                + "  - {at: 20, cut: [S1, S3]}\n  - {at: 30, heal: all}\n  - {at: 40, request: x=1}\n"
                + "  - {at: 50, isolate: S1}\n  - {at: 60, restart: S2}\nheartbeat: 20\n"
                + "election_timeout: [100, 200]\ndelay: [5, 9]\n",
            "servers: 12\n",
            "servers: 3\nscript:\n  - {at: 10, stop: S4}\n",
            "seed: -1\n",
            "colour: red\n",
            "script: 3\n",
            "script:\n  - {stop: S1}\n",
            "script:\n  - {at: 5}\n",
            "script:\n  - {at: 5, stop: S1, restart: S1}\n",
            "script:\n  - {at: 5, jump: S1}\n",
            "script:\n  - {at: 5, cut: [S1, S1]}\n",
            "script:\n  - 7\n",
            "heartbeat: 40\nelection_timeout: [30, 60]\n",
            "delay: [9, 5]\n",
            "title: ''\n",
            "servers: 3\nservers: 4\n",
            "- 1\n");
    for (String yaml : cases) {
      RaftSim built = buildsAs(yaml);
      @SuppressWarnings("unchecked")
      Map<String, Object> read =
          (Map<String, Object>)
              js(
                  "var r = RaftSim.parse(arguments[0]);"
                      + "return r.error ? {error: r.error, line: r.line}"
                      + " : {json: JSON.stringify(r.scenario)};",
                  "```raft-sim\n" + yaml + "```\n");
      if (built.error().isPresent()) {
        assertThat(read).as(yaml).containsEntry("error", built.error().get());
        assertThat(((Number) read.get("line")).intValue())
            .as(yaml)
            .isEqualTo(built.errorLine() + 1);
      } else {
        assertThat(read).as(yaml).containsEntry("json", built.scenario().orElseThrow().toJson());
      }
    }
  }

  /** What the build makes of a raft-sim block holding {@code yaml}. */
  private static RaftSim buildsAs(String yaml) {
    Markdown markdown = new Markdown();
    Node document = markdown.parse("```raft-sim\n" + yaml + "```\n");
    RaftSim[] found = {null};
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof RaftSim sim) {
              found[0] = sim;
            }
          }
        });
    assertThat(found[0]).as(yaml).isNotNull();
    return found[0];
  }
}
