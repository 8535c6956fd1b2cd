package course.grader.cli;

import static course.grader.cli.Gradebooks.submit;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gradebook show/export --exercise X[,Y]} (issue 18, point 6): by default only exercises
 * with an attempt, so an LMS import proposes no empty assignments; an unknown slug is exit 2 with a
 * did-you-mean. The fixture course has adder and looper; only adder has attempts.
 */
class ExportExerciseFilterTest {
  @TempDir Path tmp;
  CourseRunner course;

  @BeforeEach
  void gradebook() {
    Path db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    try (Gradebook g = Gradebook.open(db)) {
      submit(g, "ann", "adder", Instant.parse("2026-11-20T08:00:00Z"), 7);
      submit(g, "bob", "adder", Instant.parse("2026-11-21T08:00:00Z"), 10);
    }
  }

  @Test
  void byDefaultOnlyExercisesWithAnAttemptAreColumns() throws IOException {
    assertThat(header(run("gradebook", "export", "--format", "csv")))
        .containsExactly("student", "adder", "total");
    assertThat(header(run("gradebook", "export", "--format", "canvas")))
        .containsExactly("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Adder");
    assertThat(header(run("gradebook", "export", "--format", "moodle")))
        .doesNotContain("Looper")
        .contains("Adder");
    assertThat(run("gradebook", "export", "--format", "json")).doesNotContain("looper");
    String show = run("gradebook", "show");
    assertThat(show.lines().findFirst().orElseThrow()).contains("adder").doesNotContain("looper");
    assertThat(show).contains("2 students · 1 exercises");
  }

  @Test
  void namedExercisesAreTheOnlyColumnsEvenWithoutAttempts() throws IOException {
    assertThat(header(run("gradebook", "export", "--format", "csv", "--exercise", "looper")))
        .containsExactly("student", "looper", "total");
    assertThat(header(run("gradebook", "export", "--exercise", "looper,adder")))
        .containsExactly("student", "adder", "looper", "total");
    assertThat(run("gradebook", "export", "--format", "detailed-csv", "--exercise", "looper"))
        .doesNotContain("ann");
    assertThat(run("gradebook", "show", "--exercise", "looper").lines().findFirst().orElseThrow())
        .contains("looper")
        .doesNotContain("adder");
  }

  @Test
  void anUnknownExerciseIsAUsageErrorWithOneSuggestion() {
    for (String verb : List.of("show", "export")) {
      CourseRunner.Run run = course.run("gradebook", verb, "--exercise", "adder,lopper");
      assertThat(run.code()).as(run.toString()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("unknown exercise 'lopper'").contains("did you mean 'looper'");
    }
  }

  private String run(String... args) {
    CourseRunner.Run run = course.run(args);
    assertThat(run.code()).as(run.toString()).isZero();
    return run.out();
  }

  private static List<String> header(String csv) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    return records.get(0).toList();
  }
}
