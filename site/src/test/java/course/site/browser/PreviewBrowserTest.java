package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.preview.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code course build --watch} in real headless Chromium: a lesson open from the loopback preview
 * reloads itself with the new text after its Markdown is saved; the built files hold no reload
 * script (only the server adds it).
 */
class PreviewBrowserTest {
  private static final String LESSON = "content/kafka/01-durability.md";

  @Test
  void anOpenLessonReloadsWithTheSavedText() throws Exception {
    Path course = SiteFixture.course();
    Path out = course.resolveSibling("site");
    StringWriter log = new StringWriter();
    try (Preview preview = new Preview(course, out, 0, new PrintWriter(log));
        Chromium chromium = Chromium.start()) {
      assertThat(preview.uri().getHost()).isEqualTo("127.0.0.1");
      ChromeDriver driver = chromium.driver();
      Chromium.open(driver, preview.uri().resolve("lessons/kafka/01-durability.html").toString());
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("in-sync replica");

      Path lesson = course.resolve(LESSON);
      Files.writeString(
          lesson,
          Files.readString(lesson)
              .replace("A producer with", "Edited in the preview: a producer with"));
      Thread watcher = new Thread(() -> pollUntilChanged(preview));
      watcher.start();
      // The page reloads under the wait: an element found before the reload goes stale.
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> d.findElement(By.tagName("main")).getText().contains("Edited in the preview"));
      watcher.join();

      String built = Files.readString(out.resolve("lessons/kafka/01-durability.html"));
      assertThat(built).contains("Edited in the preview").doesNotContain("__preview");
      assertThat(driver.getPageSource()).contains("__preview");
    }
    assertThat(log.toString()).contains("Rebuilt");
  }

  private static void pollUntilChanged(Preview preview) {
    try {
      for (int i = 0; i < 600 && !preview.poll(); i++) {
        Thread.sleep(50);
      }
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
