package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions through the real CLI, the real child JVM and a real SQLite file, on the fixture
 * exercise {@code adder} (2 s per test): 2 visible tests worth 1 each, hidden tests worth 2+3+2+2
 * (one of them a parameterized table), one disabled test that does not count; 11 points in all.
 */
class GradingEndToEndTest {
  @TempDir Path tmp;
  private CourseRunner course;

  @BeforeEach
  void setUp() {
    course = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
  }

  private Path source(String name, String text) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("sub-" + System.nanoTime()));
    return Files.writeString(dir.resolve(name), text);
  }

  private Path adder(String body) throws IOException {
    return source(
        "Adder.java",
        "public class Adder {\n  public static int add(int a, int b) {\n" + body + "\n  }\n}\n");
  }

  private static Map<String, JsonNode> testsByName(JsonNode report) {
    Map<String, JsonNode> byName = new HashMap<>();
    report.get("tests").forEach(t -> byName.put(t.get("name").asText(), t));
    return byName;
  }

  @Test
  void referenceSolutionScoresFullMarksAndExitsZero() {
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    CourseRunner.Run run =
        course.run("submit", "adder", solution.toString(), "--student", "ann", "--json");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).isEqualTo("graded");
    assertThat(report.get("score").asDouble()).isEqualTo(11);
    assertThat(report.get("max_score").asDouble()).isEqualTo(11);
    assertThat(report.get("attempt").asInt()).isEqualTo(1);
    assertThat(report.get("tests")).hasSize(6);
    assertThat(testsByName(report)).containsKeys("adds two small numbers", "a table of sums");
    assertThat(testsByName(report).get("adds a thousand").get("max_points").asDouble())
        .isEqualTo(3);
    assertThat(testsByName(report).get("adds zero").get("visible").asBoolean()).isFalse();
    assertThat(testsByName(report).get("adds two small numbers").get("visible").asBoolean())
        .isTrue();
  }

  @Test
  void aFileSavedWithAByteOrderMarkIsGradedLikeAnyOther() throws IOException {
    // Notepad writes UTF-8 with a BOM; it used to cost the student an attempt as compile_error.
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    Path withBom = source("Adder.java", "\uFEFF" + Files.readString(solution));
    CourseRunner.Run run =
        course.run("submit", "adder", withBom.toString(), "--student", "ann", "--json");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.json().get("outcome").asText()).isEqualTo("graded");
    assertThat(run.json().get("score").asDouble()).isEqualTo(11);
  }

  @Test
  void jsonReportIsExactlyOneObjectWithTheDocumentedFields() {
    Path solution =
        CourseRunner.fixtureCourse().resolve("exercises/adder/wrong/subtracts/Adder.java");
    CourseRunner.Run run =
        course.run("submit", "adder", solution.toString(), "--student", "ann", "--json");
    assertThat(run.out().strip().lines()).hasSize(1);
    JsonNode report = run.json();
    List<String> fields = new ArrayList<>();
    report.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "exercise",
            "student",
            "outcome",
            "score",
            "max_score",
            "attempt",
            "timeliness",
            "late_ms",
            "penalty",
            "tests",
            "diagnostics");
    List<String> testFields = new ArrayList<>();
    report.get("tests").get(0).fieldNames().forEachRemaining(testFields::add);
    assertThat(testFields)
        .containsExactly("name", "status", "points", "max_points", "visible", "message");
  }

  @Test
  void wrongSolutionLosesPointsAndExitsOne() {
    Path wrong = CourseRunner.fixtureCourse().resolve("exercises/adder/wrong/subtracts/Adder.java");
    CourseRunner.Run run = course.run("submit", "adder", wrong.toString(), "--student", "ann");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  adds two small numbers")
        .contains("expected: <5> but was: <-1>");
    // The failing parameterized test names the invocation that failed.
    assertThat(run.out()).contains("add(\"1\", \"1\") = \"2\": expected: <2> but was: <0>");
    assertThat(run.out()).containsPattern("Score 2/11 · attempt 1 · graded");
  }

  @Test
  void syntaxErrorIsCompileErrorWithLineAndColumn() throws IOException {
    Path broken =
        source(
            "Adder.java",
            "public class Adder {\n  public static int add(int a, int b) {\n    return a + b\n  }\n}\n");
    CourseRunner.Run run =
        course.run("submit", "adder", broken.toString(), "--student", "ann", "--json");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).isEqualTo("compile_error");
    JsonNode first = report.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo("Adder.java");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("column").asInt()).isEqualTo(17);
    assertThat(report.get("score").asDouble()).isZero();
  }

  @Test
  void typeErrorIsCompileErrorFromJavacWithLineAndColumn() throws IOException {
    Path broken = adder("    String s = a;\n    return a + b;");
    CourseRunner.Run run =
        course.run("submit", "adder", broken.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("compile_error");
    JsonNode first = report.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo("Adder.java");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("column").asInt()).isEqualTo(16);
    assertThat(first.get("message").asText()).contains("incompatible types");
  }

  @Test
  void wrongSignatureIsCompileErrorThatNeverShowsHiddenTestSource() throws IOException {
    Path wrong =
        source(
            "Adder.java",
            "public class Adder {\n  public static long add(long a) { return a; }\n}\n");
    // The static check rejects the signature first (StaticCheckEndToEndTest); without it,
    // javac's errors in the hidden tests must still not show their source.
    CourseRunner.Run run =
        course.run(
            "submit",
            "adder",
            wrong.toString(),
            "--student",
            "ann",
            "--json",
            "--skip-static-check");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).isEqualTo("compile_error");
    List<String> files = new ArrayList<>();
    report.get("diagnostics").forEach(d -> files.add(d.get("file").asText()));
    // The submission and the visible tests are compiled first: their errors stop the run before
    // the hidden tests are compiled at all.
    assertThat(files).contains("tests/AdderTest.java").allMatch(f -> !f.contains("Hidden"));
    report
        .get("diagnostics")
        .forEach(
            d -> {
              if (d.get("file").asText().equals("hidden tests")) {
                assertThat(d.get("line").asInt()).isZero();
                assertThat(d.get("message").asText()).doesNotContain("assertEquals");
              }
            });
  }

  @Test
  void cpuLoopInOneTestTimesOutWhileTheOtherTestsStillCount() throws IOException {
    Path looping = adder("    if (a == 1000) { while (true) { } }\n    return a + b;");
    CourseRunner.Run run =
        course.run("submit", "adder", looping.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("graded");
    Map<String, JsonNode> tests = testsByName(report);
    assertThat(tests.get("adds a thousand").get("status").asText()).isEqualTo("timed_out");
    assertThat(tests.get("adds a thousand").get("message").asText()).contains("longer than 2 s");
    assertThat(tests.get("adds near the top of int").get("status").asText()).isEqualTo("passed");
    assertThat(tests.get("a table of sums").get("status").asText()).isEqualTo("passed");
    assertThat(report.get("score").asDouble()).isEqualTo(8);
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void systemExitCrashesTheRunAndUnreportedTestsEarnNothing() throws IOException {
    Path exiting = adder("    if (a == 7) { System.exit(0); }\n    return a + b;");
    // The static check would reject System.exit; this is about what the run does with it.
    CourseRunner.Run run =
        course.run(
            "submit",
            "adder",
            exiting.toString(),
            "--student",
            "ann",
            "--json",
            "--skip-static-check");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("crashed");
    Map<String, JsonNode> tests = testsByName(report);
    // h1_zero calls add(7, 0): the JVM exits inside it; what comes after never runs.
    assertThat(tests.get("adds zero").get("status").asText()).isEqualTo("crashed");
    assertThat(tests.get("adds zero").get("points").asDouble()).isZero();
    assertThat(tests.get("adds a thousand").get("status").asText()).isEqualTo("crashed");
    assertThat(tests.get("adds near the top of int").get("points").asDouble()).isZero();
    // The visible tests ran first and passed.
    assertThat(tests.get("adds two small numbers").get("status").asText()).isEqualTo("passed");
    assertThat(report.get("score").asDouble()).isEqualTo(2);
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void printingFakePassingResultsDoesNotChangeTheScore() throws IOException {
    String forge =
        "    System.out.println(\"PASS adds zero 2/2\\nScore 11/11\");\n"
            + "    try {\n"
            + "      java.io.FileOutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);\n"
            + "      for (int i = 0; i < 50; i++) {\n"
            + "        raw.write((\"00 \" + i + \" result eA passed  \\n\").getBytes());\n"
            + "        raw.write((\"0000 \" + i + \" done\\n\").getBytes());\n"
            + "      }\n"
            + "      raw.flush();\n"
            + "    } catch (java.io.IOException e) { }\n"
            + "    return a - b;";
    Path forger = adder(forge);
    // The static check would reject FileDescriptor; this is about the result channel.
    CourseRunner.Run run =
        course.run(
            "submit",
            "adder",
            forger.toString(),
            "--student",
            "ann",
            "--json",
            "--skip-static-check");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("graded");
    assertThat(report.get("score").asDouble()).isEqualTo(2);
    assertThat(report.get("tests")).hasSize(6);
  }

  @Test
  void testCommandRunsVisibleTestsOnlyAndRecordsNothing() throws Exception {
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    CourseRunner.Run run = course.run("test", "adder", solution.toString(), "--json");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode report = run.json();
    assertThat(report.get("tests")).hasSize(2);
    report.get("tests").forEach(t -> assertThat(t.get("visible").asBoolean()).isTrue());
    assertThat(report.get("attempt").isNull()).isTrue();
    assertThat(tmp.resolve("gradebook.db")).doesNotExist();
  }

  @Test
  void humanReportShowsEveryTestThenScoreAndAttempt() {
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    course.run("submit", "adder", solution.toString(), "--student", "ann");
    CourseRunner.Run run = course.run("submit", "adder", solution.toString(), "--student", "ann");
    assertThat(run.out())
        .contains("adder · ann: 6 of 6 tests passed")
        .contains("PASS  adds two small numbers")
        .containsPattern("PASS  adds zero +2/2 +hidden")
        .contains("Score 11/11 · attempt 2 · graded");
    assertThat(run.err()).isEmpty();
  }
}
