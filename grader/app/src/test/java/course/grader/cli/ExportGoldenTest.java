package course.grader.cli;

import static course.grader.cli.Gradebooks.regrade;
import static course.grader.cli.Gradebooks.submit;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.SampleReports;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every export format and view against a golden file in {@code src/test/resources/golden/}. Times
 * are the stored ones, so nothing is normalised. To accept a deliberate change, run the test with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ExportGoldenTest {
  static final Instant DUE = Instant.parse("2026-12-01T23:59:00Z");
  static final String NAME_ANN = "Müller, Ann \"Annie\"";
  static final String NAME_BOB = "Bob\nNewline";
  static final String[] POLICY = {
    "--policy", "best", "--late-per-day", "10%", "--late-cap", "50%", "--grace", "15m"
  };

  @TempDir Path tmp;
  CourseRunner course;

  @BeforeEach
  void gradebook() throws Exception {
    Path db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    Path roster =
        Files.writeString(
            tmp.resolve("roster.csv"),
            "\uFEFFid,name,email,sis_id,section\r\n"
                + "ann,\"Müller, Ann \"\"Annie\"\"\",ann@example.org,S-1001,Mon 10:00\r\n"
                + "bob,\"Bob\nNewline\",bob@example.org,S-1002,\"Tue, 14:00\"\r\n"
                + "李雷,李雷,li@example.org,S-1003,Mon 10:00\r\n"
                + "zoe,Zoë Ångström,,,\r\n",
            StandardCharsets.UTF_8);
    CourseRunner.Run imported = course.run("roster", "import", roster.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();
    long annFirst;
    try (Gradebook g = Gradebook.open(db)) {
      annFirst = submit(g, "ann", "adder", DUE.minus(Duration.ofHours(2)), 4);
      submit(g, "ann", "adder", DUE.plus(Duration.ofHours(30)), 10);
      g.record("ann", "Looper", SampleReports.compileError("looper"), DUE, "test");
      g.record("bob", "Adder", bobsReport(), DUE.plus(Duration.ofMinutes(10)), "test");
      submit(g, "李雷", "hello", Instant.parse("2026-11-20T08:00:00.5Z"), 7.5);
      g.defineExercise(
          "hello",
          "Hello, \"World\"",
          java.util.Optional.of(java.time.OffsetDateTime.parse("2026-11-20T09:00:00+01:00")),
          DUE);
    }
    regrade(tmp.resolve("gradebook.db"), annFirst, 8, DUE.plus(Duration.ofDays(20)));
    course.run(
        "extension", "grant", "adder", "--student", "bob", "--until", "2026-12-01T20:00:00Z");
  }

  /** A test message with a comma, quotes and a line break, as assertion messages have. */
  private static GradeReport bobsReport() {
    return new GradeReport(
        "adder",
        List.of(new SubmittedFile("Adder.java", "public class Adder {}")),
        Outcome.GRADED,
        List.of(
            new TestResult(
                "t1", "adds, \"small\" numbers", true, TestStatus.PASSED, 4, 4, "", "", 3),
            new TestResult(
                "t2",
                "adds negatives",
                false,
                TestStatus.FAILED,
                0,
                6,
                "expected: <-3>, but was: \"3\"\nat line 2",
                "",
                4)),
        List.of(),
        "tests-hash",
        "",
        100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "detailed-csv", "json", "canvas", "moodle"})
  void everyFormatMatchesItsGoldenFile(String format) throws IOException {
    List<String> args = new ArrayList<>(List.of("gradebook", "export", "--format", format));
    args.addAll(List.of(POLICY));
    CourseRunner.Run run = course.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.toString()).isZero();
    golden("export/" + format + (format.equals("json") ? ".json" : ".csv"), run.out());
  }

  @Test
  void showPrintsAnAlignedTableWithoutColourAndTheSameJsonAsTheExport() throws IOException {
    List<String> args = new ArrayList<>(List.of("gradebook", "show"));
    args.addAll(List.of(POLICY));
    CourseRunner.Run show = course.run(args.toArray(String[]::new));
    assertThat(show.code()).as(show.toString()).isZero();
    assertThat(show.out()).doesNotContain("\u001b[");
    golden("views/show.txt", show.out());

    args.add("--json");
    List<String> export = new ArrayList<>(List.of("gradebook", "export", "--format", "json"));
    export.addAll(List.of(POLICY));
    assertThat(course.run(args.toArray(String[]::new)).json())
        .isEqualTo(course.run(export.toArray(String[]::new)).json());
  }

  @Test
  void withColourOnLateCellsAreYellowAndTheColumnsStillLineUp() {
    List<String> args = new ArrayList<>(List.of("gradebook", "show"));
    args.addAll(List.of(POLICY));
    args.addAll(List.of("--course", CourseRunner.fixtureCourse().toString()));
    args.addAll(List.of("--db", tmp.resolve("gradebook.db").toString()));
    java.io.StringWriter out = new java.io.StringWriter();
    int code =
        new Cli(true)
            .run(
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()),
                args.toArray(String[]::new));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\u001b[33m").contains("3.6*");
    String plain = out.toString().replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(plain).isEqualTo(course.run(args.subList(0, 10).toArray(String[]::new)).out());
  }

  @Test
  void historyShowsEveryStoredRowWithLatenessRegradesAndTestsOnRequest() throws IOException {
    List<String> args = new ArrayList<>(List.of("history", "--student", "ann", "--tests"));
    args.addAll(List.of(POLICY));
    CourseRunner.Run text = course.run(args.toArray(String[]::new));
    assertThat(text.code()).as(text.toString()).isZero();
    golden("views/history.txt", text.out());
    args.add("--json");
    golden("views/history.json", course.run(args.toArray(String[]::new)).out());
  }

  @Test
  void trickyNamesSurviveARoundTripThroughEveryCsvFormat() throws IOException {
    assertThat(column(export("canvas"), "Student", 1))
        .containsExactly(NAME_ANN, NAME_BOB, "Zoë Ångström", "李雷");
    assertThat(column(export("canvas"), "Section", 1))
        .containsExactly("Mon 10:00", "Tue, 14:00", "", "Mon 10:00");
    assertThat(column(export("moodle"), "Full name", 0))
        .containsExactly(NAME_ANN, NAME_BOB, "Zoë Ångström", "李雷");
    assertThat(column(export("csv"), "student", 0)).containsExactly("ann", "bob", "zoe", "李雷");
    assertThat(column(export("detailed-csv"), "message", 0))
        .contains("expected: <-3>, but was: \"3\"\nat line 2");
    assertThat(column(export("canvas"), "Hello, \"World\"", 1)).containsExactly("", "", "", "7.5");
  }

  @Test
  void aRosterStudentWithoutSubmissionsIsARowWithEmptyCells() throws IOException {
    List<CSVRecord> rows = parse(export("csv"));
    CSVRecord zoe = rows.get(2);
    assertThat(zoe.get("student")).isEqualTo("zoe");
    assertThat(zoe.get("adder")).isEmpty();
    assertThat(zoe.get("total")).isEqualTo("0");
  }

  private String export(String format) {
    List<String> args = new ArrayList<>(List.of("gradebook", "export", "--format", format));
    args.addAll(List.of(POLICY));
    CourseRunner.Run run = course.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.toString()).isZero();
    return run.out();
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  /** The column's values, skipping {@code skip} rows after the header (Canvas's points row). */
  private static List<String> column(String csv, String name, int skip) throws IOException {
    return parse(csv).stream().skip(skip).map(r -> r.get(name)).toList();
  }

  static void golden(String name, String actual) throws IOException {
    Path file = Path.of("src/test/resources/golden").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as("golden file " + file + "; run with -Dgolden.update=true to create it")
        .exists();
    assertThat(actual)
        .as("output differs from " + file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
