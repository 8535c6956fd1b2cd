package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Sandbox;
import course.grader.judge.Warmup;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading server's test JVMs started ahead ({@link Judge#withSpareJvms}): the next submission
 * runs in the one that waits, a fresh one takes its place, its limits count from go, and a hostile
 * submission in it is contained as in a JVM started for it. Real child JVMs in real bubblewrap.
 */
class SpareJvmTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  private static ProbeCourse course;
  private static Catalog fixture;

  @BeforeAll
  static void course() throws Exception {
    HarnessLibrary library = HarnessLibrary.locate();
    if (!library.trimmed() || !Files.isRegularFile(library.archive())) {
      Warmup.trainChildArchive(library);
    }
    course = ProbeCourse.create(shared);
    fixture = Catalog.load(Path.of(SpareJvmTest.class.getResource("/fixture-course").toURI()));
  }

  private static Judge spareJudge() {
    return new Judge(HarnessLibrary.locate(), Sandbox.detect()).withSpareJvms(1);
  }

  @Test
  void theNextSubmissionRunsInTheJvmStartedAheadAndAFreshOneTakesItsPlace() throws Exception {
    Exercise adder = fixture.exercise("adder");
    Path solution = adder.solutionDir().resolve("Adder.java");
    GradeReport cold =
        new Judge(HarnessLibrary.locate(), Sandbox.detect())
            .grade(adder, List.of(solution), Judge.Suite.ALL);
    Judge judge = spareJudge();
    try {
      GradeReport first = judge.grade(adder, List.of(solution), Judge.Suite.ALL);
      assertThat(judge.spareJvmsUsed()).as("nothing was started before the first").isZero();
      awaitSpare(judge);

      GradeReport second = judge.grade(adder, List.of(solution), Judge.Suite.ALL);
      assertThat(judge.spareJvmsUsed()).isEqualTo(1);
      awaitSpare(judge);
      assertThat(judge.spareJvmsStarted()).as("a fresh JVM replaced the used one").isEqualTo(2);

      for (GradeReport r : List.of(first, second)) {
        assertThat(r.outcome()).isEqualTo(Outcome.GRADED);
        assertThat(r.score()).isEqualTo(cold.score()).isEqualTo(r.maxScore());
        assertThat(r.tests().stream().map(SpareJvmTest::line).toList())
            .isEqualTo(cold.tests().stream().map(SpareJvmTest::line).toList());
      }

      // A wrong solution in the next spare: the same failures as in a JVM started for it.
      Path wrong = adder.dir().resolve("wrong/subtracts/Adder.java");
      GradeReport wrongCold =
          new Judge(HarnessLibrary.locate(), Sandbox.detect())
              .grade(adder, List.of(wrong), Judge.Suite.ALL);
      GradeReport wrongSpare = judge.grade(adder, List.of(wrong), Judge.Suite.ALL);
      assertThat(judge.spareJvmsUsed()).isEqualTo(2);
      assertThat(wrongSpare.score()).isEqualTo(wrongCold.score()).isLessThan(cold.score());
      assertThat(wrongSpare.tests().stream().map(SpareJvmTest::line).toList())
          .isEqualTo(wrongCold.tests().stream().map(SpareJvmTest::line).toList());
    } finally {
      judge.stopSpares();
    }
    ProbeCourse.assertNoProcessLeft();
  }

  @Test
  void theLimitsOfAJvmStartedAheadCountFromGoNotFromItsStart() throws Exception {
    // Looper: 1 s per test, 4 s for the whole run. The spare waits longer than both.
    Exercise looper = fixture.exercise("looper");
    Path solution = looper.solutionDir().resolve("Looper.java");
    Judge judge = spareJudge();
    try {
      judge.grade(looper, List.of(solution), Judge.Suite.ALL);
      awaitSpare(judge);
      TimeUnit.MILLISECONDS.sleep(looper.runTimeout().toMillis() + 1500);

      GradeReport report = judge.grade(looper, List.of(solution), Judge.Suite.ALL);

      assertThat(judge.spareJvmsUsed()).isEqualTo(1);
      assertThat(report.outcome()).as(report.toString()).isEqualTo(Outcome.GRADED);
      assertThat(report.tests()).isNotEmpty().allMatch(t -> t.status() == TestStatus.PASSED);
    } finally {
      judge.stopSpares();
    }
    ProbeCourse.assertNoProcessLeft();
  }

  @Test
  void aHostileSubmissionInAJvmStartedAheadFindsNoHiddenTestAnywhere() throws Exception {
    Exercise probe = Catalog.load(course.root).exercise("probe");
    Judge judge = spareJudge().withoutStaticCheck();
    try {
      judge.grade(probe, List.of(write(ProbeCourse.probe("return \"ok\";", "", "a + b"))), ALL);
      awaitSpare(judge);
      // Files, class-path resources and the classes folder the spare saw before the submission.
      Path hostile =
          write(
              ProbeCourse.probe(
                  """
                  List<String> found = new ArrayList<>();
                  for (String root : new String[] {"/", "/course", "/tmp", "%s"}) {
                    try (var walk = Files.walk(Path.of(root), 6)) {
                      walk.filter(p -> p.toString().endsWith(".java")
                              || p.toString().contains("ProbeHiddenTest")
                              || p.toString().endsWith("exercise.md"))
                          .filter(p -> !p.startsWith("/usr") && !p.startsWith("/dev"))
                          .forEach(p -> found.add(p.toString()));
                    } catch (Exception e) {
                      // not there
                    }
                  }
                  ClassLoader loader = Probe.class.getClassLoader();
                  for (String r : new String[] {"ProbeHiddenTest.class", "ProbeHiddenTest.java"}) {
                    try {
                      if (loader.getResource(r) != null) {
                        found.add(r);
                      }
                    } catch (Exception e) {
                      // denied
                    }
                  }
                  return found.isEmpty() ? "ok" : String.join(" ", found);
                  """
                      .formatted(course.root),
                  "",
                  "a + b"));

      GradeReport report = judge.grade(probe, List.of(hostile), Judge.Suite.ALL);

      assertThat(judge.spareJvmsUsed()).isEqualTo(1);
      assertThat(report.outcome()).as(report.toString()).isEqualTo(Outcome.GRADED);
      assertThat(report.tests())
          .as(report.toString())
          .allMatch(t -> t.status() == TestStatus.PASSED);
      assertThat(report.toString()).doesNotContain(ProbeCourse.SECRET);
    } finally {
      judge.stopSpares();
    }
    ProbeCourse.assertNoProcessLeft();
  }

  private static final Judge.Suite ALL = Judge.Suite.ALL;

  /**
   * Grades {@code hostile} in a JVM started ahead: {@code first} is graded in a JVM started for it,
   * which leaves a spare, and {@code hostile} runs in that spare. The threat tests that switch one
   * layer off (a system property the caller sets around this call) use it, so each layer is shown
   * to hold alone in a spare too: the spare is started while the layer is off.
   */
  static GradeReport inAJvmStartedAhead(Judge judge, Exercise exercise, Path first, Path hostile)
      throws Exception {
    try {
      judge.grade(exercise, List.of(first), ALL);
      awaitSpare(judge);
      GradeReport report = judge.grade(exercise, List.of(hostile), ALL);
      assertThat(judge.spareJvmsUsed())
          .as("the hostile submission ran in the JVM started ahead")
          .isEqualTo(1);
      return report;
    } finally {
      judge.stopSpares();
    }
  }

  /** A judge with one spare JVM, for {@link #inAJvmStartedAhead}. */
  static Judge judgeWithSpares() {
    return spareJudge();
  }

  /** Every message and output of the report's tests: what a student would see of the run. */
  static String shown(GradeReport report) {
    StringBuilder all = new StringBuilder();
    for (TestResult t : report.tests()) {
      all.append(t.name()).append(' ').append(t.message()).append(' ').append(t.output());
      all.append('\n');
    }
    return all.toString();
  }

  private Path write(String source) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("s" + System.nanoTime()));
    return Files.writeString(dir.resolve("Probe.java"), source);
  }

  /** Waits until a JVM started ahead waits (its start happens in the background). */
  private static void awaitSpare(Judge judge) throws InterruptedException {
    for (int i = 0; i < 300 && judge.spareJvmsWaiting() == 0; i++) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(judge.spareJvmsWaiting()).as("a JVM started ahead waits").isEqualTo(1);
  }

  private static String line(TestResult t) {
    return t.name() + " " + t.status() + " " + t.points() + " " + t.message();
  }
}
