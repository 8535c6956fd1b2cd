package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.search.Tokenizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in real headless Chromium over file://: the fixture course under {@code
 * src/test/resources/browser-course} plus the repository's real {@code exercises/height-checker},
 * compiled by the real site builder. Every test also checks that the pages logged no error and
 * requested nothing but local files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSiteTest {

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
  void startFromALightThemeWithNothingStored() {
    open("index.html");
    js("try { localStorage.clear(); } catch (e) {}");
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

  private String page() {
    return (String) js("return document.body.getAttribute('data-page')");
  }

  private void pressOnPage(CharSequence key) {
    driver.findElement(By.tagName("body")).sendKeys(key);
  }

  private BufferedImage screenshot(String name) throws IOException {
    return Screenshots.take(driver, name);
  }

  @Test
  void homePageRendersWithHeaderSidebarAndCourseMap() throws IOException {
    open("index.html");
    assertThat(driver.getTitle()).isNotBlank();
    assertThat(driver.findElement(By.cssSelector("header.site-header")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("nav.sidebar")).getAttribute("textContent"))
        .contains("Terms and roles", "Log replication", "Durable writes", "Height Checker");
    // Exercise groups are folded where no exercise is the current page.
    assertThat(driver.findElements(By.cssSelector("nav.sidebar details.nav-group[open]")))
        .isEmpty();
    assertThat(driver.findElement(By.linkText("Log replication")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("main")).getText()).contains("Raft");
    assertThat(js("return getComputedStyle(document.body).fontFamily")).isNotEqualTo("");
  }

  @Test
  void onAPhoneTheSidebarIsADrawerBehindAMenuButtonThatWorksByKeyboard() {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      open("exercises/height-checker/index.html");
      WebElement button = driver.findElement(By.id("menu-toggle"));
      WebElement sidebar = driver.findElement(By.id("sidebar"));
      assertThat(button.isDisplayed()).isTrue();
      assertThat(sidebar.isDisplayed()).isFalse();
      assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
      // The article starts within the first screen: no sidebar block above it.
      Number top =
          (Number) js("return document.querySelector('article h1').getBoundingClientRect().top");
      assertThat(top.doubleValue()).isLessThan(300);

      js("arguments[0].focus()", button);
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      waiting().until(d -> sidebar.isDisplayed());
      assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
      // Focus moves to the current page's entry, inside its open exercise group.
      WebElement focused = driver.switchTo().activeElement();
      assertThat(focused.getAttribute("aria-current")).isEqualTo("page");
      assertThat(focused.getText()).isEqualTo("Height Checker");
      assertThat(driver.findElements(By.cssSelector("#sidebar details.nav-group[open]")))
          .hasSize(1)
          .allSatisfy(d -> assertThat(d.getText()).contains("Height Checker"));

      focused.sendKeys(Keys.ESCAPE);
      waiting().until(d -> !sidebar.isDisplayed());
      assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("menu-toggle");
      assertThat(driver.findElement(By.cssSelector("nav.breadcrumbs")).getText())
          .contains("Exercises");
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  @Test
  void javaBlocksInLessonsShowColoursAndHaveACopyButtonThatFallsBackToSelecting() {
    open("lessons/raft/01-terms-and-roles.html");
    WebElement keyword = driver.findElement(By.cssSelector("pre.code code.language-java .tok-kw"));
    String plain =
        (String) js("return getComputedStyle(arguments[0].closest('code')).color", keyword);
    String coloured = (String) js("return getComputedStyle(arguments[0]).color", keyword);
    assertThat(coloured).isEqualTo("rgb(163, 17, 62)").isNotEqualTo(plain);

    WebElement button = driver.findElement(By.cssSelector(".code-block button.code-copy"));
    String code =
        (String) js("return arguments[0].parentNode.querySelector('code').textContent", button);
    assertThat(button.getAttribute("data-copy")).isEqualTo(code.replaceAll("\\n$", ""));
    // Without the clipboard API and with execCommand refused, the code ends up selected.
    js(
        "Object.defineProperty(navigator, 'clipboard', { value: undefined });"
            + " document.execCommand = function () { return false; };");
    button.click();
    waiting().until(d -> button.getText().equals("Press Ctrl+C"));
    assertThat(((String) js("return String(window.getSelection())")).strip())
        .isEqualTo(code.strip());
  }

  @Test
  void everyPageLoadsItsScriptsWithoutErrors() throws IOException {
    List<Path> pages;
    try (var files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
    for (Path p : pages) {
      Chromium.open(driver, p.toUri().toString());
      assertThat(js("return typeof window.COURSE_SEARCH + ' ' + typeof window.CourseSearch"))
          .as(p.toString())
          .isEqualTo("object object");
      // Errors are checked per page so a failure names it.
      assertThat(chromium.severeConsoleMessages()).as("console errors on " + p).isEmpty();
    }
  }

  /**
   * A page holds only its own sidebar group; assets/sidebar.js holds the whole sidebar once, and
   * site.js builds it: every part's lessons, the page marked, exercise groups folded.
   */
  @Test
  void theWholeSidebarIsBuiltFromTheSharedScriptWithThePageMarked() {
    open("lessons/kafka/01-durability.html");
    WebElement sidebar = driver.findElement(By.id("sidebar"));
    assertThat(sidebar.findElements(By.cssSelector("a[aria-current=page]")))
        .singleElement()
        .satisfies(a -> assertThat(a.getText()).isEqualTo("Durable writes"));
    // Another part's lessons, which the page's own HTML does not hold, work as links.
    assertThat(sidebar.findElements(By.cssSelector(".sidebar-all"))).isEmpty();
    sidebar.findElement(By.linkText("Log replication")).click();
    assertThat(page()).isEqualTo("lessons/raft/02-log-replication.html");
    sidebar = driver.findElement(By.id("sidebar"));
    assertThat(sidebar.findElement(By.cssSelector("a[aria-current=page]")).getText())
        .isEqualTo("Log replication");
    assertThat(sidebar.findElement(By.linkText("Durable writes")).getAttribute("href"))
        .isEqualTo(site.resolve("lessons/kafka/01-durability.html").toUri().toString());
    assertThat(sidebar.findElements(By.cssSelector("details.nav-group"))).isNotEmpty();
    assertThat(sidebar.findElements(By.cssSelector("details.nav-group[open]"))).isEmpty();
  }

  @Test
  void sidebarLinksAndPagerNavigateAlsoWithArrowKeys() {
    open("index.html");
    driver.findElement(By.linkText("Log replication")).click();
    assertThat(page()).isEqualTo("lessons/raft/02-log-replication.html");
    driver.findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
    assertThat(page()).isEqualTo("lessons/raft/01-terms-and-roles.html");
    pressOnPage(Keys.ARROW_RIGHT);
    waiting().until(d -> "lessons/raft/02-log-replication.html".equals(page()));
    pressOnPage(Keys.ARROW_LEFT);
    waiting().until(d -> "lessons/raft/01-terms-and-roles.html".equals(page()));
  }

  @Test
  void arrowKeysDoNothingWhileTypingInSearch() {
    open("lessons/raft/01-terms-and-roles.html");
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("raft", Keys.ARROW_LEFT, Keys.ARROW_RIGHT);
    assertThat(page()).isEqualTo("lessons/raft/01-terms-and-roles.html");
  }

  private List<WebElement> search(String query) {
    WebElement input = driver.findElement(By.id("search-input"));
    input.clear();
    input.sendKeys(query);
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results li")));
    return driver.findElements(By.cssSelector("#search-results li[role=option]"));
  }

  private static String href(WebElement result) {
    return result.findElement(By.tagName("a")).getAttribute("href");
  }

  @Test
  void searchForAppendEntriesFindsBothRaftLessonsAndHighlightsTheTermOnArrival()
      throws IOException {
    open("index.html");
    pressOnPage("/");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
    List<WebElement> results = search("AppendEntries");
    assertThat(results)
        .extracting(BrowserSiteTest::href)
        .anySatisfy(
            h -> assertThat(h).contains("lessons/raft/01-terms-and-roles.html?q=AppendEntries"))
        .anySatisfy(
            h -> assertThat(h).contains("lessons/raft/02-log-replication.html?q=AppendEntries"));
    assertThat(results.get(0).findElement(By.cssSelector(".search-snippet mark")).getText())
        .isEqualToIgnoringCase("AppendEntries");
    assertThat(results.get(0).findElement(By.cssSelector(".search-section")).getText())
        .isEqualTo("Raft");
    screenshot("search-light");

    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    WebElement second = results.get(1);
    assertThat(second.getAttribute("aria-selected")).isEqualTo("true");
    String expected = href(second);
    input.sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().equals(expected));
    List<WebElement> hits = driver.findElements(By.cssSelector("mark.search-hit"));
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).getText()).isEqualToIgnoringCase("AppendEntries");
    screenshot("lesson-search-hits");
  }

  @Test
  void searchForHeightCheckerFindsTheExerciseFirst() {
    open("lessons/kafka/01-durability.html");
    List<WebElement> results = search("heightChecker");
    assertThat(href(results.get(0)))
        .contains("exercises/height-checker/index.html?q=heightChecker");
  }

  @Test
  void searchFindsDottedNamesPartsAndPrefixes() {
    open("index.html");
    assertThat(href(search("min.insync.replicas").get(0))).contains("kafka/01-durability.html");
    assertThat(href(search("insync").get(0))).contains("kafka/01-durability.html");
    assertThat(href(search("RequestVote RPC").get(0))).contains("raft/01-terms-and-roles.html");
    assertThat(search("appendEnt")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(href(search("constructor").get(0))).contains("raft/02-log-replication.html");
    // One typo is forgiven: "replicaton" finds the lesson that says replication.
    assertThat(href(search("replicaton ").get(0))).contains("raft/02-log-replication.html");
    search("zzzunknownword");
    assertThat(driver.findElement(By.cssSelector("#search-results .search-none")).getText())
        .contains("No results");
    driver.findElement(By.id("search-input")).sendKeys(Keys.ESCAPE);
    assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();
  }

  @Test
  void javaScriptTokenizerAgreesWithTheJavaOne() {
    open("index.html");
    for (String text :
        List.of(
            "AppendEntries",
            "heights[i] heightChecker",
            "min.insync.replicas=2 RequestVote RPC",
            "KIP-500 and KIP-631, a well-known x-y i-1 --student -x",
            "__cluster_metadata HTTPServer parseJSON2",
            "The log. Next: Größe élection of a term",
            "constructor toString hasOwnProperty __proto__ valueOf")) {
      assertThat(js("return window.CourseSearch.tokens(arguments[0])", text))
          .as(text)
          .isEqualTo(Tokenizer.tokens(text));
    }
  }

  @Test
  void helpDialogOpensWithQuestionMarkAndClosesWithEscape() {
    open("lessons/raft/01-terms-and-roles.html");
    pressOnPage("?");
    WebElement dialog = driver.findElement(By.id("help-dialog"));
    waiting().until(d -> dialog.isDisplayed());
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    waiting().until(d -> !dialog.isDisplayed());
  }

  @Test
  void quizGivesFeedbackAndShowsTheExplanation() throws IOException {
    open("lessons/raft/01-terms-and-roles.html");
    WebElement question = driver.findElement(By.cssSelector(".quiz-question"));
    WebElement explanation = question.findElement(By.cssSelector(".quiz-explanation"));
    assertThat(explanation.isDisplayed()).isFalse();
    List<WebElement> choices = question.findElements(By.cssSelector(".quiz-choice"));
    choices.get(0).click();
    WebElement feedback = question.findElement(By.cssSelector(".quiz-feedback"));
    assertThat(feedback.getText()).startsWith("Not quite.").contains("candidate");
    assertThat(choices.get(0).getAttribute("class")).contains("incorrect");
    assertThat(explanation.isDisplayed()).isTrue();
    js("arguments[0].scrollIntoView({block: 'center'})", question);
    screenshot("lesson-quiz-answered-wrong");
    choices.get(1).click();
    assertThat(feedback.getText()).isEqualTo("Correct.");
    assertThat(choices.get(1).getAttribute("class")).contains("correct");
    assertThat(choices.get(0).getAttribute("class")).doesNotContain("incorrect");
  }

  @Test
  void copyButtonPutsTheCommandOnTheClipboard() throws IOException {
    open("exercises/height-checker/index.html");
    WebElement button = driver.findElement(By.cssSelector(".command button.copy"));
    String command = button.getAttribute("data-copy");
    assertThat(command).startsWith("./course ");
    button.click();
    waiting().until(d -> button.getText().equals("Copied"));
    js("arguments[0].scrollIntoView({block: 'center'})", button);
    screenshot("exercise-copied");
    // Paste into a fresh textarea: what arrives is what the clipboard holds.
    js(
        "var t = document.createElement('textarea'); t.id = 'paste-target';"
            + " document.body.appendChild(t); t.focus();");
    driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "v"));
    assertThat(driver.findElement(By.id("paste-target")).getAttribute("value")).isEqualTo(command);
  }

  @Test
  void copyFallsBackToATextareaWithoutTheClipboardApi() {
    open("exercises/height-checker/index.html");
    js(
        "Object.defineProperty(navigator, 'clipboard', { value: undefined });"
            + " window.copiedText = null; var exec = document.execCommand.bind(document);"
            + " document.execCommand = function (c) {"
            + "   window.copiedText = document.activeElement.value; return exec(c); };");
    WebElement button = driver.findElement(By.cssSelector(".command button.copy"));
    button.click();
    waiting().until(d -> button.getText().equals("Copied"));
    assertThat(js("return window.copiedText")).isEqualTo(button.getAttribute("data-copy"));
    assertThat(driver.findElements(By.cssSelector("textarea.copy-buffer"))).isEmpty();
  }

  @Test
  void darkThemeTogglesAndSurvivesAReload() throws IOException {
    open("index.html");
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isNull();
    String lightBackground = (String) js("return getComputedStyle(document.body).backgroundColor");
    driver.findElement(By.id("theme-toggle")).click();
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
    driver.navigate().refresh();
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
    assertThat(js("return getComputedStyle(document.body).backgroundColor"))
        .isNotEqualTo(lightBackground);
    open("lessons/raft/02-log-replication.html");
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
    driver.findElement(By.id("theme-toggle")).click();
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("light");
  }

  @Test
  void screenshotsOfHomeLessonAndExerciseInBothThemes() throws IOException {
    String[][] pages = {
      {"home", "index.html"},
      {"lesson", "lessons/raft/01-terms-and-roles.html"},
      {"exercise", "exercises/height-checker/index.html"}
    };
    for (String[] p : pages) {
      double[] luminance = new double[2];
      List<String> themes = List.of("light", "dark");
      for (int t = 0; t < 2; t++) {
        open(p[1]);
        // The theme as the toggle sets it (persisting it is the toggle test's business).
        js("document.documentElement.setAttribute('data-theme', arguments[0])", themes.get(t));
        assertThat(js("return document.documentElement.getAttribute('data-theme')"))
            .isEqualTo(themes.get(t));
        luminance[t] = Screenshots.luminance(screenshot(p[0] + "-" + themes.get(t)));
      }
      // The dark theme is dark on screen, not only in an attribute.
      assertThat(luminance[1]).as(p[0] + ": dark darker than light").isLessThan(luminance[0] - 60);
    }
    search("heightChecker");
    screenshot("search-dark");
  }

  /** Keeps {@link Files} and the fixture helpers used by the class in one place. */
  static Path fixture() {
    return Path.of("src", "test", "resources", "browser-course");
  }
}
