package course.grader.service;

import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Sandbox;
import course.grader.judge.Submission;
import course.grader.judge.SubmissionReader;
import course.grader.judge.Warmup;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one grading flow, as a server will call it: files in memory, a real child JVM in the real
 * sandbox, a real SQLite gradebook; the exercise and the attempt recorded in one transaction.
 */
class GradingServiceTest {
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  private static Exercise adder;
  private static Path solution;

  @TempDir Path tmp;

  @BeforeAll
  static void course() throws URISyntaxException {
    HarnessLibrary library = HarnessLibrary.locate();
    if (!library.trimmed() || !Files.isRegularFile(library.archive())) {
      Warmup.trainChildArchive(library);
    }
    Path root = Path.of(GradingServiceTest.class.getResource("/fixture-course").toURI());
    adder = Catalog.load(root).exercise("adder");
    solution = adder.solutionDir().resolve("Adder.java");
  }

  private static GradingService service() {
    Clock noon = Clock.fixed(NOON, ZoneOffset.UTC);
    return new GradingService(
        new Judge(HarnessLibrary.locate(), Sandbox.detect(), new SubmissionReader(), noon),
        noon,
        "test");
  }

  @Test
  void filesInMemoryGradeExactlyAsTheSameFilesOnDisk() throws Exception {
    GradingService grading = service();
    byte[] bytes = Files.readAllBytes(solution);
    String text = SubmissionReader.decode("Adder.java", bytes);

    Submission fromDisk = grading.read(adder, List.of(solution));
    Submission inMemory =
        grading.readUploaded(adder, List.of(new SubmittedFile("Adder.java", text)));
    GradeReport disk = grading.grade(request("amy", fromDisk));
    GradeReport memory = grading.grade(request("amy", inMemory));

    assertThat(memory.outcome()).isEqualTo(Outcome.GRADED);
    assertThat(memory.score()).isEqualTo(disk.score()).isEqualTo(memory.maxScore());
    assertThat(memory.submissionHash()).isEqualTo(disk.submissionHash());
    // The judge measures durations on the clock it is given: on a fixed clock, reproducibly 0.
    assertThat(memory.durationMillis()).isZero();
    assertThat(memory.tests())
        .extracting(TestResult::id)
        .isEqualTo(disk.tests().stream().map(TestResult::id).toList());
  }

  @Test
  void anUploadIsCheckedLikeAFile() {
    GradingService grading = service();
    assertThatThrownBy(
            () ->
                grading.readUploaded(
                    adder, List.of(new SubmittedFile("upload/Adder.java", "  \n"))))
        .isInstanceOf(CourseException.class)
        .hasMessage("upload/Adder.java: the file is empty; hand in your solution's source");
    assertThatThrownBy(
            () ->
                SubmissionReader.decode(
                    "Adder.java", new byte[] {'c', 'l', (byte) 0xC3, (byte) 0x28}))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("Adder.java: not UTF-8 text");
  }

  @Test
  void submitRecordsTheExerciseAndTheAttemptTogetherAtTheClocksTime() throws Exception {
    GradingService grading = service();
    Path db = tmp.resolve("grades.db");
    Submission submission = grading.read(adder, List.of(solution));

    GradingService.Graded graded =
        grading.submit(
            new GradingService.SubmitRequest(
                new StudentId("amy"), adder, submission, grading.now()),
            () -> Gradebook.open(db));

    assertThat(graded.attempt()).isEqualTo(1);
    assertThat(queryOne(db, "SELECT submitted_at FROM submissions"))
        .isEqualTo("2026-12-01T12:00:00.000Z");
    assertThat(queryOne(db, "SELECT title || ' ' || due FROM exercises WHERE slug = 'adder'"))
        .isEqualTo("Adder 2026-12-01T23:59:00Z");
  }

  @Test
  void aRecordThatFailsStoresNeitherTheAttemptNorTheExercise() throws Exception {
    Path db = tmp.resolve("grades.db");
    // A report the gradebook must refuse (negative points break a CHECK): the whole transaction,
    // the exercise's row included, is rolled back.
    GradeReport broken =
        new GradeReport(
            "adder",
            List.of(new SubmittedFile("Adder.java", "class Adder {}")),
            Outcome.GRADED,
            List.of(new TestResult("t", "t", true, TestStatus.PASSED, -1, 1, "", "", 1)),
            List.of(),
            "",
            "",
            1);
    try (Gradebook gradebook = Gradebook.open(db)) {
      assertThatThrownBy(
              () ->
                  gradebook.recordAttempt(
                      new StudentId("amy"),
                      new Gradebook.ExerciseInfo("adder", "Adder", adder.due()),
                      broken,
                      NOON,
                      "test"))
          .isInstanceOf(CourseException.class);
    }
    assertThat(queryOne(db, "SELECT count(*) FROM submissions")).isEqualTo("0");
    assertThat(queryOne(db, "SELECT count(*) FROM exercises")).isEqualTo("0");
  }

  private static GradingService.SubmitRequest request(String student, Submission submission) {
    return new GradingService.SubmitRequest(new StudentId(student), adder, submission, NOON);
  }
}
