package course.grader.cli;

import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course grade} through the real CLI, real child JVMs and a real SQLite file: a folder of
 * good, wrong and hostile submissions to the real height-checker exercise.
 */
class BatchGradeTest {
  private static final Path EXERCISE =
      CourseRunner.realCourse().resolve("exercises/height-checker");

  @TempDir Path tmp;

  @Test
  void aMixedBatchGetsARowPerStudentAndRecordsEveryGradableSubmissionAsAnAttempt()
      throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("downloads"));
    String solution = Files.readString(EXERCISE.resolve("solution/HeightChecker.java"));
    Files.writeString(folder.resolve("alice_HeightChecker.java"), solution);
    Path moodle = Files.createDirectories(folder.resolve("Jane Doe_123456_assignsubmission_file_"));
    Files.writeString(moodle.resolve("HeightChecker.java"), solution);
    try (var wrong = Files.list(EXERCISE.resolve("wrong"))) {
      for (Path dir : wrong.toList()) {
        Path student = Files.createDirectories(folder.resolve(dir.getFileName()));
        Files.copy(dir.resolve("HeightChecker.java"), student.resolve("HeightChecker.java"));
      }
    }
    // Loops in one test only (a single student of height 42): that test times out, the rest count.
    Files.writeString(
        folder.resolve("looper_HeightChecker.java"),
        solution.replace(
            "int[] count = new int[101];",
            "if (heights.length == 1 && heights[0] == 42) { while (true) { } }\n"
                + "        int[] count = new int[101];"));
    Files.writeString(
        folder.resolve("exiter_HeightChecker.java"),
        solution.replace("int[] count = new int[101];", "System.exit(3); int[] count = null;"));
    Files.writeString(folder.resolve("ivan_HeightChecker.java"), "package cheats;\n" + solution);
    Files.createSymbolicLink(
        folder.resolve("frank_HeightChecker.java"), tmp.resolve("gone/HeightChecker.java"));
    Files.write(
        folder.resolve("gina_HeightChecker.java"), new byte[] {'c', 'l', 'a', (byte) 0xC3, 0x28});
    Files.writeString(
        Files.createDirectories(folder.resolve("hank")).resolve("notes.txt"), "I forgot");

    Path db = tmp.resolve("grades.db");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.realCourse(), db)
            .run("grade", "height-checker", folder.toString(), "--jobs", "2");

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    Map<String, String> rows = rows(run.out());
    assertThat(rows.keySet())
        .as(run.toString())
        .containsExactly(
            "Jane Doe",
            "alice",
            "compares-neighbours",
            "counts-too-small",
            "exiter",
            "frank",
            "gina",
            "hank",
            "ivan",
            "looper",
            "off-by-one",
            "sorts-in-place");
    assertThat(rows.get("alice")).matches("graded +(\\d+)/\\1 +1");
    assertThat(rows.get("Jane Doe")).matches("graded +(\\d+)/\\1 +1");
    assertThat(rows.get("off-by-one")).startsWith("graded").doesNotMatch("graded +(\\d+)/\\1 .*");
    // The static check refuses System.exit before anything runs.
    assertThat(rows.get("exiter")).startsWith("rejected");
    assertThat(rows.get("ivan")).startsWith("rejected");
    assertThat(rows.get("looper")).startsWith("graded").doesNotMatch("graded +(\\d+)/\\1 .*");
    assertThat(rows.get("frank")).startsWith("not graded").contains("frank_HeightChecker.java");
    assertThat(rows.get("gina")).startsWith("not graded").contains("gina_HeightChecker.java");
    assertThat(rows.get("hank")).startsWith("not graded").contains("no .java file");

    assertThat(queryOne(db, "SELECT count(*) FROM submissions")).isEqualTo("9");
    assertThat(queryOne(db, "SELECT count(DISTINCT student_id) FROM submissions")).isEqualTo("9");
    assertThat(queryOne(db, "SELECT max(attempt) FROM submissions")).isEqualTo("1");
    assertThat(
            queryOne(
                db,
                "SELECT status FROM test_results t JOIN submissions s ON s.id = t.submission_id"
                    + " WHERE s.student_id = 'looper' AND t.name = 'A line with a single student'"))
        .isEqualTo("timed_out");
    assertThat(
            queryOne(
                db,
                "SELECT count(*) FROM submissions s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM submission_files f WHERE f.submission_id = s.id)"))
        .isEqualTo("0");
  }

  @Test
  void gradingAFolderAgainRecordsEachStudentsNextAttemptAsSubmitWould() throws Exception {
    Path course = CourseRunner.fixtureCourse();
    Path folder = Files.createDirectories(tmp.resolve("in"));
    // A changed file (a rerun skips files identical to the latest attempt: GradeResumeTest).
    Files.writeString(
        folder.resolve("amy_Adder.java"),
        Files.readString(course.resolve("exercises/adder/solution/Adder.java")) + "// v2\n");
    Path db = tmp.resolve("grades.db");
    CourseRunner runner = new CourseRunner(course, db);
    runner.run(
        "submit",
        "adder",
        course.resolve("exercises/adder/solution/Adder.java").toString(),
        "--student",
        "amy");

    CourseRunner.Run run = runner.run("grade", "adder", folder.toString(), "--jobs", "1");

    assertThat(run.code()).as(run.toString()).isZero();
    // The fixture's adder is past due: the LATE column says by how much, as submit does.
    assertThat(rows(run.out()).get("amy")).matches("graded +11/11 +2 +late by .*");
    assertThat(queryOne(db, "SELECT group_concat(attempt) FROM submissions")).isEqualTo("1,2");
  }

  @Test
  void aMissingFolderIsOneInputErrorAndCreatesNoGradebook() {
    Path db = tmp.resolve("grades.db");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.fixtureCourse(), db)
            .run("grade", "adder", tmp.resolve("nope").toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).startsWith("course: ").contains("nope: no such folder");
    assertThat(db).doesNotExist();
  }

  /**
   * Student → the rest of the table line (outcome, score, attempt, note), single-spaced; a note
   * wrapped onto lines of its own is joined back.
   */
  static Map<String, String> rows(String out) throws IOException {
    Map<String, String> rows = new TreeMap<>();
    String[] lines = out.split("\n");
    String header = lines[1];
    int outcome = header.indexOf("OUTCOME");
    String student = null;
    for (int i = 2; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith(" ") && student != null) {
        rows.put(student, rows.get(student) + " " + line.strip());
        continue;
      }
      student = line.substring(0, outcome).strip();
      rows.put(student, line.substring(outcome).strip());
    }
    return rows;
  }
}
