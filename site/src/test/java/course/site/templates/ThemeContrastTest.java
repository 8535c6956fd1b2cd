package course.site.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * site.css defines both themes as CSS variables; every text colour must reach WCAG AA (4.5:1)
 * against every background it is used on, in both themes, and the stored dark choice must equal the
 * system dark theme.
 */
class ThemeContrastTest {
  private static final Path CSS = Path.of("src/main/resources/course/site/assets/site.css");
  private static final Pattern VAR = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6});");

  private static final List<String> TEXT =
      List.of(
          "fg",
          "muted",
          "link",
          "link-visited",
          "tok-kw",
          "tok-str",
          "tok-com",
          "tok-num",
          "tok-ann",
          "tok-key",
          "note",
          "tip",
          "warning",
          "mistakes",
          "easy",
          "medium",
          "hard");
  private static final List<String> BACKGROUNDS = List.of("bg", "surface", "code-bg");

  private static Map<String, String> block(String css, String selector) {
    int start = css.indexOf(selector);
    assertThat(start).as("site.css has %s", selector).isNotNegative();
    int open = css.indexOf('{', start);
    int close = css.indexOf('}', open);
    Map<String, String> vars = new LinkedHashMap<>();
    Matcher m = VAR.matcher(css.substring(open, close));
    while (m.find()) {
      vars.put(m.group(1), m.group(2));
    }
    return vars;
  }

  @Test
  void everyTextColourHasAaContrastInBothThemes() throws IOException {
    String css = Files.readString(CSS);
    Map<String, String> light = block(css, ":root {");
    Map<String, String> dark = block(css, ":root[data-theme=\"dark\"] {");
    Map<String, String> systemDark = block(css, ":root:not([data-theme=\"light\"]) {");
    assertThat(systemDark).isEqualTo(dark);
    for (Map<String, String> theme : List.of(light, dark)) {
      for (String text : TEXT) {
        for (String background : BACKGROUNDS) {
          double ratio = contrast(theme.get(text), theme.get(background));
          assertThat(ratio)
              .as(
                  "--%s on --%s (%s on %s)",
                  text, background, theme.get(text), theme.get(background))
              .isGreaterThanOrEqualTo(4.5);
        }
      }
    }
  }

  @Test
  void printHidesNavigationAndNarrowScreensGetOneColumn() throws IOException {
    String css = Files.readString(CSS);
    String print = css.substring(css.indexOf("@media print"));
    assertThat(print).contains(".sidebar").contains(".site-header").contains("display: none");
    String narrow = css.substring(css.indexOf("@media (max-width:"));
    assertThat(narrow).contains("grid-template-columns: minmax(0, 1fr);");
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
