package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code course submit} leaves in a real SQLite file, and what the views make of it. */
class GradebookThroughCliTest {
  @TempDir Path tmp;
  private Path db;
  private CourseRunner course;
  private Path exercise;

  @BeforeEach
  void setUp() {
    db = tmp.resolve("grades/gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    exercise = CourseRunner.fixtureCourse().resolve("exercises/adder");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  @Test
  void afterNSubmitsTheGradebookHoldsNSubmissionsWithAllTheirTestRowsAndTheCsvAgrees()
      throws Exception {
    String solution = exercise.resolve("solution/Adder.java").toString();
    String wrong = exercise.resolve("wrong/subtracts/Adder.java").toString();
    Path broken = Files.writeString(tmp.resolve("Adder.java"), "public class Adder { int }");
    String[][] submits = {
      {"ann", wrong},
      {"ann", solution},
      {"bob", wrong},
      {"bob", broken.toString()},
      {"O'Brien, \"Zoë\"", wrong}
    };
    for (String[] s : submits) {
      course.run("submit", "adder", s[1], "--student", s[0]);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertThat(count(c, "SELECT count(*) FROM submissions")).isEqualTo(5);
      // Four graded runs with 6 tests each; the compile error has none.
      assertThat(count(c, "SELECT count(*) FROM test_results")).isEqualTo(24);
      assertThat(count(c, "SELECT count(*) FROM submission_files")).isEqualTo(5);
      assertThat(count(c, "SELECT count(*) FROM submissions WHERE outcome = 'compile_error'"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM diagnostics")).isPositive();
      assertThat(
              count(c, "SELECT count(*) FROM exercises WHERE slug = 'adder' AND due IS NOT NULL"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT max(attempt) FROM submissions WHERE student_id = 'bob'"))
          .isEqualTo(2);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
    }

    CourseRunner.Run export = course.run("gradebook", "export", "--format", "csv");
    assertThat(export.code()).as(export.toString()).isZero();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(export.out()))
            .getRecords();
    assertThat(rows).hasSize(3);
    try (Gradebook gradebook = Gradebook.open(db)) {
      for (CSVRecord row : rows) {
        double best =
            gradebook.history(row.get("student"), "adder").stream()
                .mapToDouble(Attempt::score)
                .max()
                .orElseThrow();
        assertThat(Double.parseDouble(row.get("adder"))).as(row.toString()).isEqualTo(best);
        assertThat(Double.parseDouble(row.get("total"))).isEqualTo(best);
      }
    }
    assertThat(rows.get(0).get("student")).isEqualTo("O'Brien, \"Zoë\"");
    assertThat(rows.get(1).get("adder")).isEqualTo("11");
    assertThat(rows.get(2).get("adder")).isEqualTo("2");
  }

  @Test
  void exportToAFileWritesTheSameCsv() throws IOException {
    course.run(
        "submit", "adder", exercise.resolve("solution/Adder.java").toString(), "--student", "ann");
    Path out = tmp.resolve("grades.csv");
    CourseRunner.Run run =
        course.run("gradebook", "export", "--format", "csv", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out)).isEqualTo(course.run("gradebook", "export").out());
    assertThat(Files.readString(out)).isEqualTo("student,adder,total\r\nann,11,11\r\n");
  }

  @Test
  void historyListsEveryAttemptWithOutcomeAndScore() {
    String solution = exercise.resolve("solution/Adder.java").toString();
    String wrong = exercise.resolve("wrong/subtracts/Adder.java").toString();
    course.run("submit", "adder", wrong, "--student", "ann");
    course.run("submit", "adder", solution, "--student", "ann");
    CourseRunner.Run run = course.run("history", "--student", "ann");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).hasSize(2);
    assertThat(run.out()).containsPattern("adder +#1 .* graded +2/11 +1/6 tests");
    assertThat(run.out()).containsPattern("adder +#2 .* graded +11/11 +6/6 tests");
    CourseRunner.Run json =
        course.run("history", "--student", "ann", "--exercise", "adder", "--json");
    assertThat(json.json()).hasSize(2);
    assertThat(json.json().get(1).get("tests")).hasSize(6);
  }

  @Test
  void listShowsTheStudentsBestScore() {
    course.run(
        "submit",
        "adder",
        exercise.resolve("wrong/subtracts/Adder.java").toString(),
        "--student",
        "ann");
    CourseRunner.Run run = course.run("list", "--student", "ann");
    assertThat(run.out()).contains("adder").contains("Adder").contains("best 2/11 in 1 attempt");
    assertThat(course.run("list", "--student", "bob").out()).contains("not submitted");
  }

  @Test
  void aGradebookFromANewerToolIsRefusedAndNoReportIsPrinted() throws Exception {
    Files.createDirectories(db.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    CourseRunner.Run run =
        course.run(
            "submit",
            "adder",
            exercise.resolve("solution/Adder.java").toString(),
            "--student",
            "ann");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("newer than this course tool understands");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void viewsNeverCreateAGradebook() {
    assertThat(course.run("list", "--student", "ann").out()).contains("not submitted");
    assertThat(course.run("history", "--student", "ann").out()).contains("no attempts recorded");
    CourseRunner.Run export = course.run("gradebook", "export");
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("no gradebook here yet");
    assertThat(db).doesNotExist();
  }
}
