package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: each {@code golden/<case>/input.md} is built as a lesson ({@code
 * content/raft/03-golden.md}) of the sample course, through the whole site build, and the lesson's
 * {@code <article>} must equal {@code expected.html} after normalising (parsed and pretty-printed
 * by jsoup, so only whitespace between tags is ignored). Cases named {@code single-page-*} compare
 * the lesson's section of {@code all.html} instead. Run with {@code -Dgolden.update=true} to write
 * the expected files from the current output (then review the diff).
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseRendersAsExpected() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private void check(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    String input = Files.readString(dir.resolve("input.md"));
    Path course = TestCourses.copy("sample", tmp.resolve(name));
    Files.writeString(course.resolve("content/raft/03-golden.md"), input);
    Path out = tmp.resolve(name + "-site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    assertThat(result.problems()).as("problems building input:\n%s", input).isEmpty();
    Element actual;
    if (name.startsWith("single-page-")) {
      Document all = Jsoup.parse(out.resolve("all.html").toFile());
      actual = all.getElementById("raft--golden");
    } else {
      Document page = Jsoup.parse(out.resolve("lessons/raft/03-golden.html").toFile());
      actual = page.selectFirst("article");
    }
    assertThat(actual).as("no article in the output").isNotNull();
    String normalised = normalise(actual.outerHtml());
    Path expectedFile = dir.resolve("expected.html");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, normalised + "\n");
    }
    assertThat(expectedFile)
        .as("no expected.html for %s; run with -Dgolden.update=true and review it", name)
        .exists();
    assertThat(normalised)
        .as("golden case %s; input.md:\n%s", name, input)
        .isEqualTo(normalise(Files.readString(expectedFile)));
  }

  /** Parsed and pretty-printed: same markup, same text; whitespace between blocks ignored. */
  static String normalise(String html) {
    Document doc = Jsoup.parseBodyFragment(html.replace("\r\n", "\n"));
    doc.outputSettings().prettyPrint(true).indentAmount(1);
    return doc.body().html().strip();
  }
}
