package course.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a course folder written by each test. */
class CatalogTest {
  private static final String MD = "exercises/adder/exercise.md";

  @TempDir Path root;

  // --- helpers: a course folder on disk ---------------------------------------------------

  private static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An exercise.md: '---', the given front-matter lines, '---', a statement. */
  private static String md(String... frontMatter) {
    return "---\n" + String.join("\n", frontMatter) + "\n---\n# Statement\nAdd two ints.\n";
  }

  /** A complete exercise with one submitted class, {@code className}.java. */
  private Path exercise(String slug, String className, String exerciseMd) {
    Path dir = root.resolve("exercises").resolve(slug);
    write(dir.resolve("exercise.md"), exerciseMd);
    write(dir.resolve("starter/" + className + ".java"), "public class " + className + " {}\n");
    write(dir.resolve("solution/" + className + ".java"), "public class " + className + " {}\n");
    write(dir.resolve("tests/" + className + "Test.java"), "class " + className + "Test {}\n");
    return dir;
  }

  /** The adder exercise with these front-matter lines (file line 2 is the first of them). */
  private Path adder(String... frontMatter) {
    return exercise("adder", "Adder", md(frontMatter));
  }

  /**
   * The error for the course's one broken exercise: the catalog loads (every exercise stands
   * alone), reports it among its problems, and asking for that exercise throws its problem.
   */
  private CourseException loadFailure() {
    Catalog catalog;
    try {
      catalog = Catalog.load(root);
    } catch (CourseException e) {
      return e;
    }
    if (catalog.brokenSlugs().isEmpty()) {
      throw new AssertionError("expected a CourseException");
    }
    String slug = catalog.brokenSlugs().get(0);
    try {
      catalog.exercise(slug);
    } catch (CourseException e) {
      assertThat(catalog.problems()).containsExactly(e.problem().orElseThrow());
      return e;
    }
    throw new AssertionError("expected a CourseException");
  }

  private Exercise loadAdder() {
    return Catalog.load(root).exercise("adder");
  }

  // --- a good exercise ---------------------------------------------------------------------

  @Test
  void aGoodExerciseLoadsWithDefaults() {
    Path dir = adder("title: Add two numbers", "submit: Adder.java");

    Catalog catalog = Catalog.load(root);

    assertThat(catalog.root()).isEqualTo(root);
    assertThat(catalog.exercises()).hasSize(1);
    Exercise e = catalog.exercises().get(0);
    assertThat(e.slug()).isEqualTo("adder");
    assertThat(e.dir()).isEqualTo(dir);
    assertThat(e.title()).isEqualTo("Add two numbers");
    assertThat(e.submit()).containsExactly("Adder.java");
    assertThat(e.difficulty()).isEqualTo("medium");
    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(e.runTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(e.memory()).isEqualTo("256m");
    assertThat(e.lesson()).isEmpty();
    assertThat(e.due()).isEmpty();
    assertThat(e.forbid()).isEmpty();
    assertThat(e.tags()).isEmpty();
    assertThat(e.statement()).isEqualTo("# Statement\nAdd two ints.");
    assertThat(e.starterDir()).isEqualTo(dir.resolve("starter"));
    assertThat(e.testsDir()).isEqualTo(dir.resolve("tests"));
  }

  @Test
  void everyKeyIsRead() {
    adder(
        "title: Add",
        "lesson: basics",
        "difficulty: Hard",
        "submit: [Adder.java]",
        "timeout: 500ms",
        "run_timeout: 1.5m",
        "memory: 1 G",
        "forbid: [java.net, java.io.File]",
        "due: 2026-12-01T23:59:00Z",
        "tags:",
        "  - arithmetic",
        "  - methods");

    Exercise e = loadAdder();

    assertThat(e.lesson()).contains("basics");
    assertThat(e.difficulty()).isEqualTo("hard");
    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(e.runTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(e.memory()).isEqualTo("1g");
    assertThat(e.forbid()).containsExactly("java.net", "java.io.File");
    assertThat(e.due()).contains(OffsetDateTime.of(2026, 12, 1, 23, 59, 0, 0, ZoneOffset.UTC));
    assertThat(e.tags()).containsExactly("arithmetic", "methods");
  }

  @Test
  void aTimeoutWithoutUnitIsInSeconds() {
    adder("title: Add", "submit: Adder.java", "timeout: 3", "run_timeout: 2 m");

    Exercise e = loadAdder();

    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(e.runTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void timeoutLimitsAreInclusive() {
    adder("title: Add", "submit: Adder.java", "timeout: 100ms", "run_timeout: 60m");

    Exercise e = loadAdder();

    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(100));
    assertThat(e.runTimeout()).isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void aDueWithAnOffsetKeepsTheOffset() {
    adder("title: Add", "submit: Adder.java", "due: 2026-12-01T23:59:00+02:00");

    Exercise e = loadAdder();

    assertThat(e.due())
        .contains(OffsetDateTime.of(2026, 12, 1, 23, 59, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void testsOnlyUnderHiddenAreEnough() throws IOException {
    Path dir = adder("title: Add", "submit: Adder.java");
    Files.delete(dir.resolve("tests/AdderTest.java"));
    write(dir.resolve("hidden/AdderHiddenTest.java"), "class AdderHiddenTest {}\n");

    assertThat(loadAdder().slug()).isEqualTo("adder");
  }

  @Test
  void submitClassesAreTheFileNamesWithoutDotJava() {
    Path dir = adder("title: Add", "submit: [Adder.java, AdderHelper2.java]");
    write(dir.resolve("starter/AdderHelper2.java"), "class AdderHelper2 {}\n");
    write(dir.resolve("solution/AdderHelper2.java"), "class AdderHelper2 {}\n");

    assertThat(loadAdder().submitClasses()).containsExactly("Adder", "AdderHelper2");
  }

  // --- the course as a whole --------------------------------------------------------------

  @Test
  void exercisesAreSortedBySlugAndHiddenFoldersAndFilesAreSkipped() {
    exercise("b-two", "Two", md("title: Two", "submit: Two.java"));
    exercise("a", "A", md("title: A", "submit: A.java"));
    exercise("a-one", "One", md("title: One", "submit: One.java"));
    write(root.resolve("exercises/.drafts/notes.txt"), "not an exercise");
    write(root.resolve("exercises/README.md"), "not an exercise either");

    Catalog catalog = Catalog.load(root);

    assertThat(catalog.exercises())
        .extracting(Exercise::slug)
        .containsExactly("a", "a-one", "b-two");
  }

  @Test
  void exerciseFindsOneBySlug() {
    exercise("beta", "Beta", md("title: Beta", "submit: Beta.java"));
    exercise("alpha", "Alpha", md("title: Alpha", "submit: Alpha.java"));

    assertThat(Catalog.load(root).exercise("beta").title()).isEqualTo("Beta");
  }

  @Test
  void anUnknownSlugListsTheKnownOnes() {
    exercise("beta", "Beta", md("title: Beta", "submit: Beta.java"));
    exercise("alpha", "Alpha", md("title: Alpha", "submit: Alpha.java"));
    Catalog catalog = Catalog.load(root);

    CourseException e = null;
    try {
      catalog.exercise("nope");
    } catch (CourseException thrown) {
      e = thrown;
    }

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("'nope'").contains("known: alpha, beta");
    assertThat(e.kind()).isEqualTo(CourseException.Kind.INPUT);
  }

  @Test
  void aFolderWithoutExercisesIsRefused() {
    CourseException e = loadFailure();

    assertThat(e.getMessage()).startsWith(root.toString()).contains("no exercises/ folder");
  }

  @Test
  void anEmptyExercisesFolderIsAnEmptyCourse() throws IOException {
    Files.createDirectories(root.resolve("exercises"));

    assertThat(Catalog.load(root).exercises()).isEmpty();
  }

  @Test
  void oneBrokenExerciseFailsTheWholeLoad() {
    exercise("good", "Good", md("title: Good", "submit: Good.java"));
    exercise("zz-bad", "Bad", md("submit: Bad.java"));

    assertThat(loadFailure().getMessage()).startsWith("exercises/zz-bad/exercise.md:2: ");
  }

  // --- exercise.md problems, each naming the file (relative) and the line ------------------

  @Test
  void missingTitleIsReportedAtTheFirstFrontMatterLine() {
    adder("submit: Adder.java", "lesson: basics");

    CourseException e = loadFailure();

    assertThat(e.getMessage()).startsWith(MD + ":2: ").contains("'title' is required");
    assertThat(e.kind()).isEqualTo(CourseException.Kind.INPUT);
  }

  @Test
  void unknownKeyIsReportedAtItsLine() {
    adder("title: Add", "submit: Adder.java", "timeuot: 3s");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("unknown key 'timeuot'");
  }

  @Test
  void badDifficultyIsReportedAtItsLine() {
    adder("title: Add", "submit: Adder.java", "difficulty: extreme");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("easy, medium or hard");
  }

  @Test
  void missingSubmitIsRefused() {
    adder("title: Add", "lesson: basics");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":2: ").contains("'submit' is required");
  }

  @Test
  void anEmptySubmitListIsRefused() {
    adder("title: Add", "submit: []");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":3: ").contains("'submit' is required");
  }

  @Test
  void submitThatIsNotAJavaFileNameIsReportedAtItsLine() {
    adder("title: Add", "lesson: basics", "submit: adder.java");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'adder.java' is not a Java file name");
  }

  @Test
  void submitWithoutDotJavaIsRefused() {
    adder("title: Add", "submit: Adder");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":3: ").contains("'Adder'");
  }

  @Test
  void aBadItemOfADashSubmitListIsReportedAtTheSubmitLine() {
    adder("title: Add", "submit:", "  - Adder.java", "  - ../Evil.java");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":3: ").contains("'../Evil.java'");
  }

  @Test
  void aTimeoutInWordsIsReportedAtItsLine() {
    adder("title: Add", "submit: Adder.java", "timeout: 2 hours");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'timeout' must be a duration");
  }

  @Test
  void aTimeoutBelowTheRangeIsRefused() {
    adder("title: Add", "submit: Adder.java", "timeout: 99ms");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'timeout' must be between 100ms and 60m");
  }

  @Test
  void aRunTimeoutAboveTheRangeIsRefused() {
    adder("title: Add", "submit: Adder.java", "lesson: basics", "run_timeout: 61m");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":5: ")
        .contains("'run_timeout' must be between 100ms and 60m");
  }

  @Test
  void memoryInWordsIsReportedAtItsLine() {
    adder("title: Add", "submit: Adder.java", "memory: lots");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'memory' must look like 256m or 1g");
  }

  @Test
  void memoryOutsideTheRangeIsRefused() {
    adder("title: Add", "submit: Adder.java", "memory: 16m");

    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'memory' must be between 32m and 8g");
  }

  @Test
  void memoryAboveEightGigabytesIsRefused() {
    adder("title: Add", "submit: Adder.java", "memory: 9g");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("between 32m and 8g");
  }

  @Test
  void memoryWhoseMegabytesOverflowALongIsRefused() {
    // 18014398509481985 * 1024 = 2^64 + 1024: wraps to 1024 MB, which looks in range.
    adder("title: Add", "submit: Adder.java", "memory: 18014398509481985g");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("between 32m and 8g");
  }

  @Test
  void memoryWithMoreDigitsThanALongIsACourseExceptionNotACrash() {
    adder("title: Add", "submit: Adder.java", "memory: 99999999999999999999m");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("between 32m and 8g");
  }

  @Test
  void aDueInWordsIsReportedAtItsLine() {
    adder("title: Add", "submit: Adder.java", "due: tomorrow");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("ISO-8601");
  }

  @Test
  void aDueWithoutAZoneIsRefused() {
    adder("title: Add", "submit: Adder.java", "due: 2026-12-01T23:59:00");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("with a zone");
  }

  @Test
  void malformedYamlInExerciseMdNamesTheRelativeFileAndLine() {
    adder("title: Add", "submit: Adder.java", "tags: [unclosed");

    assertThat(loadFailure().getMessage()).startsWith(MD + ":4: ").contains("malformed");
  }

  @Test
  void exerciseMdThatIsNotUtf8IsRefused() {
    Path dir = adder("title: Add", "submit: Adder.java");
    write(
        dir.resolve("exercise.md"),
        "---\ntitle: Gr\u00f6\u00dfe\nsubmit: Adder.java\n---\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(loadFailure().getMessage())
        .as("the line of the bad byte, as an editor counts it")
        .startsWith(MD + ":2: not UTF-8 text (byte 14)");
  }

  @Test
  void aReplacementCharacterWrittenInUtf8IsTextNotABadByte() throws Exception {
    Path file = root.resolve("replacement.md");
    Files.createDirectories(root);
    String text = "---\ntitle: A \uFFFD sign\n---\nbody \uFFFD\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(Catalog.readUtf8(file, "replacement.md")).isEqualTo(text);
    Files.write(
        file, new byte[] {'o', 'k', '\n', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC3});
    assertThatThrownBy(() -> Catalog.readUtf8(file, "replacement.md"))
        .hasMessageStartingWith("replacement.md:2: not UTF-8 text (byte 7)");
  }

  @Test
  void aCrlfExerciseMdWithAByteOrderMarkLoads() {
    adder();
    write(
        root.resolve(MD), "\uFEFF---\r\ntitle: Add\r\nsubmit: Adder.java\r\n---\r\nStatement\r\n");

    Exercise e = loadAdder();

    assertThat(e.title()).isEqualTo("Add");
    assertThat(e.statement()).isEqualTo("Statement");
  }

  @Test
  void aMissingExerciseMdIsNamed() throws IOException {
    Path dir = adder("title: Add", "submit: Adder.java");
    Files.delete(dir.resolve("exercise.md"));

    assertThat(loadFailure().getMessage()).startsWith(MD + ": missing");
  }

  // --- the folders beside exercise.md -----------------------------------------------------

  @Test
  void allowLiftsOnlyTheRulesItMayAndNamesTheLineOfAnyOther() throws IOException {
    adder("title: Add", "submit: Adder.java", "allow: [files]");
    assertThat(Catalog.load(root).exercise("adder").allow()).containsExactly("files");

    adder("title: Add", "submit: Adder.java", "allow: [processes]");
    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'processes' can never be allowed")
        .contains("allow may lift: files");

    adder("title: Add", "submit: Adder.java", "allow: [sockets-please]");
    assertThat(loadFailure().getMessage())
        .startsWith(MD + ":4: ")
        .contains("'sockets-please' names no rule");
  }

  @Test
  void aNamedFileWithoutAStarterIsOneTheStudentWritesFromScratch() throws IOException {
    Path dir = adder("title: Add", "submit: [Adder.java, \"*.java\"]");
    Files.delete(dir.resolve("starter/Adder.java"));

    Exercise e = Catalog.load(root).exercise("adder");
    assertThat(e.submitClasses()).containsExactly("Adder");
    assertThat(e.acceptsExtra("Helper.java")).isTrue();
    assertThat(e.acceptsExtra("notes.txt")).isFalse();
  }

  @Test
  void aMissingSolutionFileIsNamed() throws IOException {
    Path dir = adder("title: Add", "submit: Adder.java");
    Files.delete(dir.resolve("solution/Adder.java"));

    assertThat(loadFailure().getMessage())
        .startsWith("exercises/adder/solution/Adder.java: missing");
  }

  @Test
  void aStudentKitsExerciseLoadsWithoutSolutionOrHiddenButACourseDoesNot() throws IOException {
    Path dir = adder("title: Add", "submit: Adder.java");
    Files.delete(dir.resolve("solution/Adder.java"));
    Files.delete(dir.resolve("solution"));

    assertThat(Catalog.loadPublished(root).exercise("adder").submit())
        .containsExactly("Adder.java");
    assertThat(Catalog.load(root).brokenSlugs()).containsExactly("adder");

    // A kit's exercise whose tests are all hidden has no tests/ at all: its tests run on the
    // server.
    Files.delete(dir.resolve("tests/AdderTest.java"));
    assertThat(Catalog.loadPublished(root).problems()).isEmpty();
  }

  @Test
  void anExerciseWithoutAnyTestIsRefused() throws IOException {
    Path dir = adder("title: Add", "submit: Adder.java");
    Files.delete(dir.resolve("tests/AdderTest.java"));
    write(dir.resolve("tests/README.md"), "no tests here");

    assertThat(loadFailure().getMessage()).startsWith("exercises/adder: no tests");
  }

  @Test
  void anExerciseFolderWithCapitalsIsRefused() {
    exercise("Adder", "Adder", md("title: Add", "submit: Adder.java"));

    assertThat(loadFailure().getMessage()).startsWith("exercises/Adder: ").contains("lower-case");
  }

  @Test
  void anExerciseFolderWithUnderscoresIsRefused() {
    exercise("add_two", "Adder", md("title: Add", "submit: Adder.java"));

    assertThat(loadFailure().getMessage()).startsWith("exercises/add_two: ").contains("lower-case");
  }

  @Test
  void javaFilesListsOnlyJavaFilesSortedAndNothingForAMissingFolder() {
    Path dir = root.resolve("t");
    write(dir.resolve("B.java"), "");
    write(dir.resolve("A.java"), "");
    write(dir.resolve("notes.txt"), "");

    assertThat(Catalog.javaFiles(dir))
        .containsExactly(dir.resolve("A.java"), dir.resolve("B.java"));
    assertThat(Catalog.javaFiles(root.resolve("absent"))).isEmpty();
  }
}
