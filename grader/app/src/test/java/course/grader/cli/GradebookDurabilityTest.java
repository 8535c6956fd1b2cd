package course.grader.cli;

import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gradebook under concurrent writers and crashes, with real separate {@code course} processes
 * (a JVM each, on the test class path) and a real SQLite file. Most submissions here carry a {@code
 * package} line: they are recorded ({@code rejected}, with their files and a diagnostic) without a
 * child JVM, so the processes spend their time on the gradebook, not on grading.
 */
class GradebookDurabilityTest {
  private static final Path COURSE = CourseRunner.fixtureCourse();
  private static final Path SOLUTION = COURSE.resolve("exercises/adder/solution/Adder.java");
  private static final int ADDER_UNITS = 6;

  @TempDir Path tmp;

  @Test
  void sixteenSubmitProcessesFiveTimesEachBesideABatchGradeLoseNothingAndNeverReportBusy()
      throws Exception {
    Path db = tmp.resolve("grades.db");
    Path rejected = Files.writeString(tmp.resolve("Adder.java"), "package p;\n" + solution());
    Path batch = batchFolder(tmp.resolve("batch"), 6);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<List<String>>> workers = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      int worker = w;
      workers.add(
          pool.submit(
              () -> {
                List<String> failures = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                  // Four processes race for each student's attempt numbers; two submissions
                  // are graded in a child JVM, the rest are rejected before compiling.
                  Path file = worker < 2 && round == 0 ? SOLUTION : rejected;
                  String student = "s" + worker % 4;
                  Finished run =
                      course(db, "submit", "adder", file.toString(), "--student", student);
                  if (run.code() > 1 || run.err().contains("BUSY") || run.err().contains("lock")) {
                    failures.add(run.toString());
                  }
                }
                return failures;
              }));
    }
    // Meanwhile, in this JVM, a batch grade writes to the same file.
    CourseRunner.Run grade =
        new CourseRunner(COURSE, db).run("grade", "adder", batch.toString(), "--jobs", "2");
    List<String> failures = new ArrayList<>();
    for (Future<List<String>> worker : workers) {
      failures.addAll(worker.get(10, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(failures).isEmpty();
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(queryOne(db, "SELECT count(*) FROM submissions WHERE student_id LIKE 's%'"))
        .isEqualTo("80");
    for (int s = 0; s < 4; s++) {
      assertThat(
              queryOne(
                  db,
                  "SELECT group_concat(attempt) FROM (SELECT attempt FROM submissions"
                      + " WHERE student_id = 's"
                      + s
                      + "' ORDER BY attempt)"))
          .isEqualTo(sequence(20));
    }
    assertThat(queryOne(db, "SELECT count(*) FROM submissions WHERE student_id LIKE 'b%'"))
        .isEqualTo("6");
    assertComplete(db);
  }

  @Test
  void killingTheGraderAtRandomMomentsLeavesEverySubmissionWholeOrAbsent() throws Exception {
    Path db = tmp.resolve("grades.db");
    Path batch = batchFolder(tmp.resolve("batch"), 30);
    Random random = new Random(7);
    long before = 0;
    for (int trial = 0; trial < 30; trial++) {
      Started started = start(db, "grade", "adder", batch.toString(), "--jobs", "2");
      Thread.sleep(random.nextInt(2500));
      // Its test JVMs would outlive it by a few seconds; they are not what this test is about.
      List<ProcessHandle> children = started.process().descendants().toList();
      started.process().destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      started.process().waitFor(1, TimeUnit.MINUTES);
      children.forEach(ProcessHandle::destroyForcibly);

      if (Files.exists(db)) {
        assertComplete(db);
        long now = Long.parseLong(count(db));
        assertThat(now).as("rows after trial %d", trial).isGreaterThanOrEqualTo(before);
        before = now;
      }
    }
    // And the next run over the same file works: it grades every student the killed runs did not
    // record (a rerun skips files identical to a recorded attempt), so all 30 have one.
    long recordedStudents =
        Files.exists(db) && !count(db).equals("0")
            ? Long.parseLong(
                SampleReports.queryOne(db, "SELECT count(DISTINCT student_id) FROM submissions"))
            : 0;
    Finished last = course(db, "grade", "adder", batch.toString(), "--jobs", "2");
    assertThat(last.code()).as(last.toString()).isZero();
    assertThat(Long.parseLong(count(db))).isEqualTo(before + 30 - recordedStudents);
    assertThat(SampleReports.queryOne(db, "SELECT count(DISTINCT student_id) FROM submissions"))
        .isEqualTo("30");
    assertComplete(db);
  }

  /**
   * The file passes SQLite's integrity and foreign-key checks, and every submission is whole: its
   * files, all its test results (or, for a rejected one, its diagnostic), and attempt numbers
   * without gaps. A file killed before its schema was written has no tables at all.
   */
  private static void assertComplete(Path db) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      assertThat(one(statement, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(one(statement, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
      if (one(statement, "SELECT count(*) FROM sqlite_master WHERE name = 'submissions'")
          .equals("0")) {
        return;
      }
      assertThat(
              one(
                  statement,
                  "SELECT count(*) FROM submissions s WHERE NOT EXISTS"
                      + " (SELECT 1 FROM submission_files f WHERE f.submission_id = s.id)"))
          .as("submissions without their files")
          .isEqualTo("0");
      assertThat(
              one(
                  statement,
                  // A run may end before its plan arrives (no tests; its maximum is then the
                  // one the tests declare), but a submission with tests has all of them, and
                  // they add up to its maximum.
                  "SELECT count(*) FROM submissions s WHERE (SELECT count(*) FROM test_results t"
                      + " WHERE t.submission_id = s.id) NOT IN (0, "
                      + ADDER_UNITS
                      + ") OR (EXISTS (SELECT 1 FROM test_results t WHERE t.submission_id = s.id)"
                      + " AND (SELECT total(max_points) FROM test_results t"
                      + " WHERE t.submission_id = s.id) <> s.max_score)"))
          .as("graded submissions without all their test results")
          .isEqualTo("0");
      assertThat(
              one(
                  statement,
                  "SELECT count(*) FROM submissions s WHERE s.outcome = 'rejected' AND NOT EXISTS"
                      + " (SELECT 1 FROM diagnostics d WHERE d.submission_id = s.id)"))
          .as("rejected submissions without their diagnostic")
          .isEqualTo("0");
      assertThat(
              one(
                  statement,
                  "SELECT count(*) FROM (SELECT student_id FROM submissions"
                      + " WHERE regrade_of IS NULL GROUP BY student_id, exercise_slug"
                      + " HAVING max(attempt) <> count(*))"))
          .as("students with a gap in their attempt numbers")
          .isEqualTo("0");
    }
  }

  private static String one(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** Submissions in the file; 0 when a kill came before the schema was written. */
  private static String count(Path db) throws SQLException {
    if (queryOne(db, "SELECT count(*) FROM sqlite_master WHERE name = 'submissions'").equals("0")) {
      return "0";
    }
    return queryOne(db, "SELECT count(*) FROM submissions");
  }

  /** {@code size} students: the first with the reference solution, the others rejected. */
  private static Path batchFolder(Path folder, int size) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("b00_Adder.java"), solution());
    for (int i = 1; i < size; i++) {
      Files.writeString(
          folder.resolve(String.format("b%02d_Adder.java", i)),
          "package p" + i + ";\n" + solution());
    }
    return folder;
  }

  private static String solution() throws IOException {
    return Files.readString(SOLUTION);
  }

  private static String sequence(int n) {
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      numbers.add(Integer.toString(i));
    }
    return String.join(",", numbers);
  }

  record Started(Process process, Path out, Path err) {}

  record Finished(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs the real CLI in a JVM of its own, as the launcher does, and waits for it. */
  private Finished course(Path db, String... args) throws IOException, InterruptedException {
    Started started = start(db, args);
    if (!started.process().waitFor(5, TimeUnit.MINUTES)) {
      started.process().destroyForcibly();
      throw new AssertionError("course " + String.join(" ", args) + " did not finish");
    }
    return new Finished(
        started.process().exitValue(),
        Files.readString(started.out()),
        Files.readString(started.err()));
  }

  private Started start(Path db, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The launcher's flags for a quick start.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("course.grader.cli.Main");
    command.addAll(List.of(args));
    command.addAll(List.of("--course", COURSE.toString(), "--db", db.toString()));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new Started(process, out, err);
  }
}
