package course.site.browser;

import java.nio.file.Path;

/** Builds the browser-test course with the real site builder (once per JVM). */
final class SiteFixture {
  private SiteFixture() {}

  static Path build() {
    String prebuilt = System.getProperty("course.browser.site");
    if (prebuilt != null) {
      return Path.of(prebuilt);
    }
    throw new AssertionError("site builder not wired yet");
  }
}
