package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile submissions (the files under {@code src/test/resources/hostile/}) through the real CLI
 * and a real gradebook: each is rejected by the static check before it is compiled, with the line,
 * column and rule, and the rejection is recorded like any other attempt.
 */
class StaticCheckEndToEndTest {
  @TempDir Path tmp;

  private static Path hostile(String name) {
    try {
      return Path.of(StaticCheckEndToEndTest.class.getResource("/hostile/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path fileOf(String name) {
    String file = name.startsWith("height-checker") ? "HeightChecker.java" : "Adder.java";
    return hostile(name).resolve(file);
  }

  @ParameterizedTest(name = "{0} is rejected at {1}:{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unicode-newline            | 4  | 42 | java.lang.Runtime.halt is not allowed (default deny list
          junit-package              | 1  | 1  | remove the package declaration (org.junit.jupiter.api is a package of JUnit)
          jdk-package                | 1  | 1  | remove the package declaration (java.util is a package of the JDK)
          test-named-classes         | 9  | 7  | class AdderTest is named like a test class
          system-exit                | 5  | 7  | java.lang.System.exit is not allowed (default deny list: ending the JVM)
          runtime-halt               | 4  | 5  | java.lang.Runtime.halt is not allowed
          reflection-into-harness    | 6  | 11 | is not allowed (default deny list: reflection)
          unsafe                     | 1  | 1  | sun.misc.Unsafe is not allowed (default deny list: the JVM's internals)
          process-builder            | 7  | 7  | java.lang.ProcessBuilder.start is not allowed (default deny list: starting processes)
          socket                     | 1  | 1  | java.net is not allowed (default deny list: the network)
          file-write                 | 1  | 1  | java.nio.file.Files.writeString is not allowed (default deny list: files)
          height-checker-arrays-sort | 7  | 5  | java.util.Arrays.sort is not allowed in this exercise (forbid list: sorting)
          height-checker-parallel-sort | 7 | 5 | java.util.Arrays.parallelSort is not allowed in this exercise (forbid list: sorting)
          height-checker-streams     | 1  | 1  | java.util.stream.IntStream is not allowed in this exercise (forbid list)
          """)
  void hostileSubmissionIsRejectedNamingLineColumnAndRuleAndIsRecorded(
      String name, int line, int column, String message) throws SQLException {
    boolean real = name.startsWith("height-checker");
    Path db = tmp.resolve("gradebook.db");
    CourseRunner course =
        new CourseRunner(real ? CourseRunner.realCourse() : CourseRunner.fixtureCourse(), db);
    CourseRunner.Run run =
        course.run(
            "submit",
            real ? "height-checker" : "adder",
            fileOf(name).toString(),
            "--student",
            "mallory",
            "--json");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("rejected");
    assertThat(report.get("tests")).isEmpty();
    JsonNode first = report.get("diagnostics").get(0);
    assertThat(first.get("line").asInt()).as(run.toString()).isEqualTo(line);
    assertThat(first.get("column").asInt()).as(run.toString()).isEqualTo(column);
    assertThat(first.get("message").asText()).as(run.toString()).contains(message);

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT s.outcome, d.line, d.col, d.message FROM submissions s"
                    + " JOIN diagnostics d ON d.submission_id = s.id AND d.ordinal = 0"
                    + " WHERE s.student_id = 'mallory'")) {
      assertThat(r.next()).as("one recorded attempt").isTrue();
      assertThat(r.getString(1)).isEqualTo("rejected");
      assertThat(r.getInt(2)).isEqualTo(line);
      assertThat(r.getInt(3)).isEqualTo(column);
      assertThat(r.getString(4)).contains(message);
      assertThat(r.next()).isFalse();
    }
  }

  @Test
  void extraClassesNamedLikeVisibleAndHiddenTestsAreEachRejected() {
    CourseRunner course =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
    CourseRunner.Run run =
        course.run(
            "submit", "adder", fileOf("test-named-classes").toString(), "--student", "mallory");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("Adder.java:9:7: class AdderTest is named like a test class")
        .contains("Adder.java:14:7: class AdderHiddenTest is named like a test class")
        .contains("rejected");
  }

  @Test
  void courseTestRunsTheCheckTooAndRecordsNothing() {
    Path db = tmp.resolve("gradebook.db");
    CourseRunner course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    CourseRunner.Run run = course.run("test", "adder", fileOf("system-exit").toString(), "--json");
    assertThat(run.json().get("outcome").asText()).as(run.toString()).isEqualTo("rejected");
    assertThat(db).doesNotExist();
  }

  @Test
  void skipStaticCheckLetsTheSandboxSeeTheCodeAndIsNotInTheHelp() {
    CourseRunner course =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
    CourseRunner.Run run =
        course.run(
            "submit",
            "adder",
            fileOf("system-exit").toString(),
            "--student",
            "instructor",
            "--skip-static-check",
            "--json");
    // add(7, 0) in a hidden test ends the JVM: what the runtime does, not the check.
    assertThat(run.json().get("outcome").asText()).as(run.toString()).isEqualTo("crashed");
    CourseRunner.Run help = course.run("submit", "--help");
    assertThat(help.out()).contains("--student").doesNotContain("skip-static-check");
  }

  @Test
  void aWrongSignatureIsACompileErrorWhereTheTestsCallIt() throws IOException {
    Path wrong =
        Files.writeString(
            tmp.resolve("Adder.java"),
            "public class Adder {\n  public static long add(long a) { return a; }\n}\n");
    CourseRunner course =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
    CourseRunner.Run run =
        course.run("submit", "adder", wrong.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("compile_error");
    assertThat(report.get("diagnostics").get(0).toString())
        .contains("\"file\":\"tests/AdderTest.java\"")
        .contains("method add in class Adder cannot be applied to given types");
  }

  @Test
  void aForbidEntryThatNamesNothingIsAnInputErrorAndNothingIsRecorded() throws IOException {
    Path adder = CourseRunner.fixtureCourse().resolve("exercises/adder");
    Path copy = Files.createDirectories(tmp.resolve("course/exercises/adder"));
    try (var files = Files.walk(adder)) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(adder.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path md = copy.resolve("exercise.md");
    Files.writeString(
        md, Files.readString(md).replace("tags: [fixture]", "tags: [fixture]\nforbid: [java.utl]"));
    Path db = tmp.resolve("gradebook.db");
    CourseRunner course = new CourseRunner(tmp.resolve("course"), db);
    CourseRunner.Run run =
        course.run(
            "submit", "adder", copy.resolve("solution/Adder.java").toString(), "--student", "ann");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("exercise.md: forbid entry 'java.utl' names no JDK package, class or method");
    assertThat(db).doesNotExist();
  }
}
