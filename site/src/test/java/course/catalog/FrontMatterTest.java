package course.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Front matter: what is read, and that every failure names the file and the line of the FILE (not
 * of the YAML between the fences, which starts one line lower).
 */
class FrontMatterTest {
  private static final String FILE = "exercises/demo/exercise.md";

  /** Joins lines with '\n' and ends with one. */
  private static String text(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static FrontMatter parse(String... lines) {
    return FrontMatter.parse(FILE, text(lines));
  }

  private static CourseException failure(Runnable action) {
    try {
      action.run();
    } catch (CourseException e) {
      return e;
    }
    throw new AssertionError("expected a CourseException");
  }

  private static CourseException parseFailure(String... lines) {
    return failure(() -> parse(lines));
  }

  @Test
  void keysAndBodyAreSplitAtTheClosingFence() {
    FrontMatter fm =
        parse("---", "title: Hello world", "lesson: basics", "---", "# Task", "Do it.");

    assertThat(fm.file()).isEqualTo(FILE);
    assertThat(fm.string("title")).contains("Hello world");
    assertThat(fm.string("lesson")).contains("basics");
    assertThat(fm.has("title")).isTrue();
    assertThat(fm.has("due")).isFalse();
    assertThat(fm.body()).isEqualTo("# Task\nDo it.");
  }

  @Test
  void bodyLineIsTheFileLineRightAfterTheClosingFence() {
    FrontMatter fm = parse("---", "title: A", "lesson: b", "tags: [x]", "---", "first body line");

    assertThat(fm.bodyLine()).isEqualTo(6);
    assertThat(fm.body().lines().findFirst()).contains("first body line");
  }

  @Test
  void emptyFrontMatterHasNoKeysAndTheBodyStartsOnLineThree() {
    FrontMatter fm = parse("---", "---", "body");

    assertThat(fm.has("title")).isFalse();
    assertThat(fm.string("title")).isEmpty();
    assertThat(fm.body()).isEqualTo("body");
    assertThat(fm.bodyLine()).isEqualTo(3);
  }

  @Test
  void lineOfAKeyCountsTheOpeningFence() {
    FrontMatter fm = parse("---", "title: A", "lesson: b", "tags: [x]", "---");

    assertThat(fm.lineOf("title")).isEqualTo(2);
    assertThat(fm.lineOf("tags")).isEqualTo(4);
    assertThat(fm.lineOf("absent")).as("absent key: first front-matter line").isEqualTo(2);
  }

  @Test
  void missingOpeningFenceIsReportedAtLineOne() {
    CourseException e = parseFailure("title: A", "---", "body");

    assertThat(e.getMessage()).startsWith(FILE + ":1: ").contains("no front matter");
    assertThat(e.kind()).isEqualTo(CourseException.Kind.INPUT);
  }

  @Test
  void anEmptyFileHasNoFrontMatter() {
    CourseException e = failure(() -> FrontMatter.parse(FILE, ""));

    assertThat(e.getMessage()).startsWith(FILE + ":1: ");
  }

  @Test
  void unclosedFenceIsReportedAtTheOpeningFence() {
    CourseException e = parseFailure("---", "title: A", "lesson: b", "# Body without fence");

    assertThat(e.getMessage()).startsWith(FILE + ":1: ").contains("not closed");
  }

  @Test
  void malformedYamlIsReportedAtTheFileLineOfTheBrokenValue() {
    CourseException e = parseFailure("---", "lesson: a", "tags: [x]", "title: [unclosed", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":4: ").contains("malformed front matter");
  }

  @Test
  void malformedYamlInTheMiddleIsReportedAtItsOwnLine() {
    CourseException e = parseFailure("---", "lesson: a", "title: x: y", "tags: [x]", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("malformed front matter");
  }

  @Test
  void malformedYamlMessageIsOneLine() {
    CourseException e = parseFailure("---", "lesson: a", "title: [unclosed", "---");

    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void duplicateKeyIsReportedAtItsSecondOccurrence() {
    CourseException e = parseFailure("---", "title: A", "lesson: b", "title: C", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":4: ").contains("'title'").contains("twice");
  }

  @Test
  void aListDocumentIsNotFrontMatter() {
    CourseException e = parseFailure("---", "- title", "- lesson", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":2: ").contains("key: value");
  }

  @Test
  void aPlainTextDocumentIsNotFrontMatter() {
    CourseException e = parseFailure("---", "just some words", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":2: ").contains("key: value");
  }

  @Test
  void aKeyThatIsAListIsReportedAtItsOwnLineInTheFile() {
    // The list key '[a, b]' is on file line 3, after a good key on line 2.
    CourseException e = parseFailure("---", "title: A", "? [a, b]", ": c", "---");

    assertThat(e.getMessage()).startsWith(FILE + ":3: ");
  }

  @Test
  void unknownKeyIsReportedAtItsOwnLineInTheFile() {
    FrontMatter fm = parse("---", "title: A", "lesson: b", "colour: red", "---");

    CourseException e = failure(() -> fm.requireOnly(Set.of("title", "lesson", "tags")));

    assertThat(e.getMessage())
        .startsWith(FILE + ":4: ")
        .contains("unknown key 'colour'")
        .contains("lesson, tags, title");
  }

  @Test
  void onlyKnownKeysPassRequireOnly() {
    FrontMatter fm = parse("---", "title: A", "lesson: b", "---");

    fm.requireOnly(Set.of("title", "lesson", "tags"));

    assertThat(fm.string("title")).contains("A");
  }

  @Test
  void stringIsTrimmedAndEmptyWhenAbsentOrBlank() {
    FrontMatter fm = parse("---", "title: '  spaced  '", "lesson:", "---");

    assertThat(fm.string("title")).contains("spaced");
    assertThat(fm.string("lesson")).isEmpty();
    assertThat(fm.string("absent")).isEmpty();
  }

  @Test
  void stringOnAListFailsAtTheKeyLine() {
    FrontMatter fm = parse("---", "title: A", "lesson: [a, b]", "---");

    CourseException e = failure(() -> fm.string("lesson"));

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("single value");
  }

  @Test
  void stringOnAMapFailsAtTheKeyLine() {
    FrontMatter fm = parse("---", "title: A", "lesson:", "  name: b", "---");

    CourseException e = failure(() -> fm.string("lesson"));

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("single value");
  }

  @Test
  void requiredStringThatIsAbsentIsReportedAtTheFirstFrontMatterLine() {
    FrontMatter fm = parse("---", "lesson: b", "tags: x", "---");

    CourseException e = failure(() -> fm.requiredString("title"));

    assertThat(e.getMessage()).startsWith(FILE + ":2: ").contains("'title' is required");
  }

  @Test
  void requiredStringThatIsBlankIsReportedAtItsLine() {
    FrontMatter fm = parse("---", "lesson: b", "title:", "---");

    CourseException e = failure(() -> fm.requiredString("title"));

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("'title' is required");
  }

  @Test
  void stringListAcceptsAFlowList() {
    FrontMatter fm = parse("---", "tags: [loops, 'if', strings]", "---");

    assertThat(fm.stringList("tags")).containsExactly("loops", "if", "strings");
  }

  @Test
  void stringListAcceptsADashList() {
    FrontMatter fm = parse("---", "tags:", "  - loops", "  -  arrays ", "---");

    assertThat(fm.stringList("tags")).containsExactly("loops", "arrays");
  }

  @Test
  void stringListAcceptsASingleScalarAsAListOfOne() {
    FrontMatter fm = parse("---", "tags: loops", "---");

    assertThat(fm.stringList("tags")).containsExactly("loops");
  }

  @Test
  void stringListIsEmptyWhenAbsentBlankOrAnEmptyList() {
    FrontMatter fm = parse("---", "tags:", "forbid: []", "---");

    assertThat(fm.stringList("tags")).isEmpty();
    assertThat(fm.stringList("forbid")).isEmpty();
    assertThat(fm.stringList("absent")).isEmpty();
  }

  @Test
  void stringListOfListsFailsAtTheKeyLine() {
    FrontMatter fm = parse("---", "title: A", "tags: [a, [b, c]]", "---");

    CourseException e = failure(() -> fm.stringList("tags"));

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("every item");
  }

  @Test
  void stringListOnAMapFailsAtTheKeyLine() {
    FrontMatter fm = parse("---", "title: A", "tags: {a: b}", "---");

    CourseException e = failure(() -> fm.stringList("tags"));

    assertThat(e.getMessage()).startsWith(FILE + ":3: ").contains("list such as");
  }

  @Test
  void crlfLineEndingsGiveTheSameKeysBodyAndLines() {
    FrontMatter fm =
        FrontMatter.parse(
            FILE, "---\r\ntitle: A\r\ntags: [x, y]\r\n---\r\nline one\r\nline two\r\n");

    assertThat(fm.string("title")).contains("A");
    assertThat(fm.stringList("tags")).containsExactly("x", "y");
    assertThat(fm.body()).isEqualTo("line one\nline two");
    assertThat(fm.bodyLine()).isEqualTo(5);
    assertThat(fm.lineOf("tags")).isEqualTo(3);
  }

  @Test
  void crlfLineEndingsKeepErrorLinesRight() {
    CourseException e =
        failure(
            () -> FrontMatter.parse(FILE, "---\r\ntitle: A\r\nlesson: b\r\ntitle: C\r\n---\r\n"));

    assertThat(e.getMessage()).startsWith(FILE + ":4: ");
  }

  @Test
  void aUtf8ByteOrderMarkBeforeTheFenceIsIgnored() {
    FrontMatter fm = FrontMatter.parse(FILE, "\uFEFF---\r\ntitle: Größe\r\n---\r\nbody\r\n");

    assertThat(fm.string("title")).contains("Größe");
    assertThat(fm.body()).isEqualTo("body");
    assertThat(fm.bodyLine()).isEqualTo(4);
  }

  @Test
  void aFenceWithTrailingSpacesStillCounts() {
    FrontMatter fm = parse("---  ", "title: A", "---\t", "body");

    assertThat(fm.string("title")).contains("A");
    assertThat(fm.body()).isEqualTo("body");
  }

  @Test
  void errorNamesTheFileAndTheLineOfTheKey() {
    FrontMatter fm = parse("---", "title: A", "lesson: b", "---");

    assertThat(fm.error("lesson", "bad lesson").getMessage()).isEqualTo(FILE + ":3: bad lesson");
  }

  /**
   * A text without carriage returns is split by searching for line feeds: the same YAML, body and
   * body line as splitting it into lines and joining them, or the same error, for random texts of
   * fences, keys, blank lines, spaces and trailing line feeds.
   */
  @Test
  void splittingByLineFeedsIsSplittingByLines() {
    String[] pieces = {"---", " --- ", "title: A", "", "body", "  ", "---x", "\uFEFF---"};
    java.util.Random random = new java.util.Random(20261206);
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(7);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (i + 1 < n || random.nextBoolean()) {
          text.append('\n');
        }
      }
      if (random.nextInt(4) == 0) {
        text.append('\n');
      }
      String t = text.toString();
      String normalized = t.startsWith("\uFEFF") ? t.substring(1) : t;
      String expected;
      try {
        expected = String.join("|", FrontMatter.splitLines(FILE, normalized));
      } catch (course.catalog.CourseException e) {
        expected = "error: " + e.getMessage();
      }
      String actual;
      try {
        actual = String.join("|", FrontMatter.split(FILE, t));
      } catch (course.catalog.CourseException e) {
        actual = "error: " + e.getMessage();
      }
      assertThat(actual).as("%s", t.replace("\n", "\\n")).isEqualTo(expected);
    }
  }
}
