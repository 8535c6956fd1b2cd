package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.compileError;
import static course.grader.gradebook.SampleReports.failed;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import course.catalog.CourseException;
import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@ParameterizedClass
@EnumSource(Backend.class)
class GradebookRecordTest {
  @Parameter Backend backend;
  @TempDir Path dir;
  Backend.Store store;
  Gradebook gradebook;

  @BeforeEach
  void open() {
    store = backend.create(dir);
    gradebook = store.open();
  }

  @AfterEach
  void close() {
    gradebook.close();
  }

  @Test
  void recordStoresTheSubmissionItsFilesTestsAndDiagnostics() throws Exception {
    String main = "public class Main {\n  // ünïcödé and a 'quote'\n}\n";
    GradeReport report =
        new GradeReport(
            "hello",
            List.of(
                new SubmittedFile("Main.java", main),
                new SubmittedFile("Util.java", "class Util {}")),
            Outcome.GRADED,
            List.of(
                passed("HelloTest#greets()", 2),
                new TestResult(
                    "HelloTest#hidden()",
                    "hidden case",
                    false,
                    TestStatus.TIMED_OUT,
                    0,
                    3,
                    "ran past 2 s",
                    "",
                    2000)),
            List.of(new Diagnostic("Main.java", 3, 1, "warning: unused")),
            "abc123",
            "one test timed out",
            2500);

    Recorded recorded = gradebook.record("ann", "Hello, world", report, MONDAY, "0.1.0");

    assertThat(recorded.attempt()).isEqualTo(1);
    long id = recorded.submissionId();
    assertThat(
            store.row(
                "SELECT student_id, exercise_slug, attempt, submitted_at, outcome, score,"
                    + " max_score, duration_ms, grader_version, tests_hash, note FROM"
                    + " submissions WHERE id = "
                    + id))
        .containsExactly(
            "ann",
            "hello",
            1L,
            "2026-03-02T09:15:00.123Z",
            "graded",
            2.0,
            5.0,
            2500L,
            "0.1.0",
            "abc123",
            "one test timed out");
    assertThat(store.queryOne("SELECT sha256 FROM submissions")).isEqualTo(report.submissionHash());
    assertThat(store.queryOne("SELECT sha256 FROM submission_files WHERE ordinal = 0"))
        .isEqualTo(SubmittedFile.sha256(main));
    assertThat(store.row("SELECT title, max_points, tests_hash FROM exercises"))
        .containsExactly("Hello, world", 5.0, "abc123");
    assertThat(gradebook.files(id))
        .containsExactly(
            new SubmittedFile("Main.java", main), new SubmittedFile("Util.java", "class Util {}"));
    assertThat(store.count("test_results")).isEqualTo(2);
    assertThat(store.count("diagnostics")).isEqualTo(1);

    Attempt attempt = gradebook.history("ann", "hello").get(0);
    assertThat(attempt.tests()).isEqualTo(report.tests());
    assertThat(attempt.diagnostics()).isEqualTo(report.diagnostics());
    assertThat(attempt)
        .extracting(
            Attempt::submissionId,
            Attempt::studentId,
            Attempt::exercise,
            Attempt::attempt,
            Attempt::submittedAt,
            Attempt::outcome,
            Attempt::score,
            Attempt::maxScore,
            Attempt::sha256,
            Attempt::durationMillis,
            Attempt::graderVersion,
            Attempt::testsHash,
            Attempt::note)
        .containsExactly(
            id,
            "ann",
            "hello",
            1,
            MONDAY,
            Outcome.GRADED,
            2.0,
            5.0,
            report.submissionHash(),
            2500L,
            "0.1.0",
            "abc123",
            "one test timed out");
  }

  @Test
  void attemptsCountOneTwoThreePerStudentAndExercise() {
    List<Integer> attempts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      attempts.add(
          gradebook.record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v").attempt());
    }
    int otherExercise =
        gradebook.record("ann", "Loops", graded("loops", passed("a", 1)), MONDAY, "v").attempt();
    int otherStudent =
        gradebook.record("bob", "Hello", graded("hello", passed("a", 1)), MONDAY, "v").attempt();

    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(otherExercise).isEqualTo(1);
    assertThat(otherStudent).isEqualTo(1);
    assertThat(gradebook.students()).containsExactly("ann", "bob");
  }

  @Test
  void historyReturnsEveryAttemptWithItsTestsOrderedByExerciseThenAttempt() {
    for (int i = 0; i < 4; i++) {
      gradebook.record(
          "ann",
          "Loops",
          graded("loops", passed("a", 1), failed("b", 2)),
          MONDAY.plusSeconds(i),
          "v");
      gradebook.record("ann", "Hello", graded("hello", passed("a", i)), MONDAY.plusSeconds(i), "v");
    }
    gradebook.record("bob", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");

    List<Attempt> all = gradebook.history("ann", null);
    assertThat(all)
        .extracting(Attempt::exercise, Attempt::attempt)
        .containsExactly(
            tuple("hello", 1),
            tuple("hello", 2),
            tuple("hello", 3),
            tuple("hello", 4),
            tuple("loops", 1),
            tuple("loops", 2),
            tuple("loops", 3),
            tuple("loops", 4));
    assertThat(all.get(5).tests()).extracting(TestResult::id).containsExactly("a", "b");
    assertThat(all.get(5).submittedAt()).isEqualTo(MONDAY.plusSeconds(1));
    assertThat(gradebook.history("ann", "loops"))
        .hasSize(4)
        .allSatisfy(a -> assertThat(a.tests()).hasSize(2));
    assertThat(gradebook.history("nobody", null)).isEmpty();
  }

  @Test
  void aFailingInsertHalfwayLeavesEarlierRowsIntactAndAddsNothing() throws Exception {
    gradebook.record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");
    Map<String, Integer> before = rowCounts();
    // The second test claims more points than it is worth: the schema's CHECK rejects it after
    // the student, exercise, submission, files and first test row were already written.
    TestResult impossible = new TestResult("b", "b", true, TestStatus.PASSED, 5, 1, "", "", 1);
    GradeReport broken = graded("hello", passed("a", 1), impossible);

    assertThatThrownBy(() -> gradebook.record("carl", "Renamed", broken, MONDAY, "v"))
        .isInstanceOfSatisfying(
            CourseException.class,
            e -> assertThat(e.kind()).isEqualTo(CourseException.Kind.INTERNAL))
        .hasMessageStartingWith(
            store.db() + ": could not record hello for student carl; nothing was stored")
        .hasMessageMatching("(?is).*check constraint.*");

    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.queryOne("SELECT title FROM exercises")).isEqualTo("Hello");
    assertThat(gradebook.students()).containsExactly("ann");
    assertThat(
            gradebook
                .record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v")
                .attempt())
        .isEqualTo(2);
  }

  @Test
  void aRunWithoutTestsKeepsWhatTheExerciseIsWorthAndItsTestsHash() throws Exception {
    gradebook.record("ann", "Hello", graded("hello", passed("a", 2), failed("b", 3)), MONDAY, "v");
    gradebook.record("ann", "Hello", compileError("hello"), MONDAY, "v");

    assertThat(gradebook.exercises())
        .containsExactly(new ExerciseRow("hello", "Hello", OptionalDouble.of(5), Optional.empty()));
    assertThat(store.queryOne("SELECT tests_hash FROM exercises")).isEqualTo("tests-hash-of-hello");
    Attempt second = gradebook.history("ann", "hello").get(1);
    assertThat(second.outcome()).isEqualTo(Outcome.COMPILE_ERROR);
    assertThat(second.diagnostics())
        .containsExactly(
            new Diagnostic("Solution.java", 1, 17, "reached end of file while parsing"));
  }

  @Test
  void everyOutcomeAndTestStatusIsAcceptedByTheSchema() {
    List<TestResult> tests = new ArrayList<>();
    for (TestStatus status : TestStatus.values()) {
      tests.add(new TestResult(status.name(), "t", true, status, 0, 1, "", "", 1));
    }
    for (Outcome outcome : Outcome.values()) {
      gradebook.record(
          "ann",
          "Hello",
          new GradeReport("hello", List.of(), outcome, tests, List.of(), "h", "", 1),
          MONDAY,
          "v");
    }

    assertThat(gradebook.history("ann", "hello"))
        .extracting(Attempt::outcome)
        .containsExactly(Outcome.values());
    assertThat(gradebook.history("ann", "hello").get(0).tests())
        .extracting(TestResult::status)
        .containsExactly(TestStatus.values());
  }

  @Test
  void messagesAndOutputsAreCappedWithoutSplittingACharacterAndOutputKeepsTheTruncationMarker() {
    String flood = "x".repeat(3998) + "😀" + "y".repeat(10_000);
    TestResult noisy = new TestResult("a", "a", true, TestStatus.FAILED, 0, 1, flood, flood, 1);

    gradebook.record("ann", "Hello", graded("hello", noisy), MONDAY, "v");

    TestResult stored = gradebook.history("ann", "hello").get(0).tests().get(0);
    assertThat(stored.message())
        .hasSizeLessThanOrEqualTo(Gradebook.MAX_TEXT)
        .startsWith("x".repeat(3998))
        .endsWith("…")
        .doesNotContain("😀");
    assertThat(stored.output())
        .hasSizeLessThanOrEqualTo(Gradebook.MAX_TEXT)
        .startsWith("x".repeat(3900))
        .endsWith("\n[output truncated]");
    assertThat(SubmissionWriter.cap("short")).isEqualTo("short");
  }

  @Test
  void aNulCharacterInATestsOutputOrAFileIsRecordedNotRefused() {
    TestResult nul = new TestResult("a", "a", true, TestStatus.FAILED, 0, 1, "m\0", "o\0k", 1);
    GradeReport report =
        new GradeReport(
            "hello",
            List.of(new SubmittedFile("Main.java", "class Main {} // \0")),
            Outcome.GRADED,
            List.of(nul),
            List.of(),
            "h",
            "",
            1);

    gradebook.record("ann", "Hello", report, MONDAY, "v");

    // SQLite keeps U+0000; PostgreSQL's text cannot hold it and gets U+FFFD in its place.
    String kept = backend == Backend.SQLITE ? "\0" : "\uFFFD";
    Attempt stored = gradebook.history("ann", "hello").get(0);
    assertThat(stored.tests().get(0).output()).isEqualTo("o" + kept + "k");
    assertThat(stored.tests().get(0).message()).isEqualTo("m" + kept);
    assertThat(gradebook.files(stored.submissionId()).get(0).content())
        .isEqualTo("class Main {} // " + kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "ann\nbob",
        "tab\there",
        "\u2028",
        " ann",
        "ann ",
        "=HYPERLINK(1)",
        "-rf",
        "+1",
        "@me"
      })
  void unusableStudentIdsAreRefusedBeforeAnythingIsStored(String id) throws Exception {
    assertThatThrownBy(
            () -> gradebook.record(id, "Hello", graded("hello", passed("a", 1)), MONDAY, "v"))
        .isInstanceOfSatisfying(
            CourseException.class, e -> assertThat(e.kind()).isEqualTo(CourseException.Kind.INPUT))
        .hasMessageStartingWith("student id")
        .hasMessageNotContaining("\n");
    assertThat(store.count("submissions")).isZero();
  }

  @Test
  void studentIdsUpToAHundredCharactersOfAnyScriptAreAccepted() {
    String hundred = "é".repeat(50) + "😀".repeat(50); // 100 code points, 150 UTF-16 chars
    gradebook.record(hundred, "Hello", graded("hello", passed("a", 1)), MONDAY, "v");
    gradebook.record(
        "O'Brien, \"Ann\" Müller", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");

    assertThat(gradebook.students()).containsExactlyInAnyOrder(hundred, "O'Brien, \"Ann\" Müller");
    assertThatThrownBy(() -> new StudentId(hundred + "x"))
        .hasMessageContaining("is longer than 100 characters");
  }

  @Test
  void bestScoresTakeTheHighestScoreOverAllAttempts() {
    gradebook.record("ann", "Hello", graded("hello", passed("a", 1), failed("b", 2)), MONDAY, "v");
    gradebook.record("ann", "Hello", graded("hello", passed("a", 1), passed("b", 2)), MONDAY, "v");
    gradebook.record("ann", "Hello", compileError("hello"), MONDAY, "v");
    gradebook.record("bob", "Loops", graded("loops", passed("a", 2.5)), MONDAY, "v");

    assertThat(gradebook.bestScores())
        .isEqualTo(Map.of("ann", Map.of("hello", 3.0), "bob", Map.of("loops", 2.5)));
  }

  @Test
  void submittedAtIsStoredToTheMillisecondAsSortableText() throws Exception {
    gradebook.record("ann", "Hello", graded("hello"), MONDAY.plusNanos(456_789), "v");
    gradebook.record(
        "ann",
        "Hello",
        graded("hello"),
        MONDAY.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        "v");

    assertThat(gradebook.history("ann", null))
        .extracting(Attempt::submittedAt)
        .containsExactly(MONDAY, MONDAY.minus(Duration.ofMillis(123)));
    assertThat(store.queryOne("SELECT max(submitted_at) FROM submissions"))
        .isEqualTo("2026-03-02T09:15:00.123Z");
  }

  @Test
  void defineExerciseSetsTitleAndDueAndKeepsPoints() {
    gradebook.record("ann", "Hello", graded("hello", passed("a", 2)), MONDAY, "v");
    OffsetDateTime due = OffsetDateTime.parse("2026-12-01T23:59:00+01:00");

    gradebook.defineExercise("hello", "Hello, world", Optional.of(due), MONDAY);
    gradebook.defineExercise("loops", "Loops", Optional.empty(), MONDAY);

    assertThat(gradebook.exercises())
        .containsExactly(
            new ExerciseRow("hello", "Hello, world", OptionalDouble.of(2), Optional.of(due)),
            new ExerciseRow("loops", "Loops", OptionalDouble.empty(), Optional.empty()));
  }

  private Map<String, Integer> rowCounts() throws Exception {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String table :
        List.of(
            "students",
            "exercises",
            "submissions",
            "submission_files",
            "test_results",
            "diagnostics")) {
      counts.put(table, store.count(table));
    }
    return counts;
  }
}
