package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code course build} and {@code course check} through the real command line. */
class SiteCommandsTest {
  @TempDir Path tmp;

  @Test
  void buildWritesTheRealCourseAndPrintsWhereToOpenIt() {
    Path out = tmp.resolve("site");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("g.db"))
            .run("build", "--out", out.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Open " + out.resolve("index.html").toUri());
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("all.html")).isRegularFile();
    assertThat(out.resolve("exercises/height-checker/index.html")).isRegularFile();
    assertThat(out.resolve("exercises/height-checker/height-checker-starter.zip")).isRegularFile();
    assertThat(out.resolve("assets/search-index.js")).isRegularFile();
  }

  @Test
  void buildWithServerNamesTheGradingServerOnTheHomeAndExercisePages() throws IOException {
    Path out = tmp.resolve("site");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("g.db"))
            .run("build", "--out", out.toString(), "--server", "https://10.0.0.5:8443");
    assertThat(run.code()).as(run.toString()).isZero();
    for (String page : List.of("index.html", "exercises/height-checker/index.html")) {
      assertThat(Files.readString(out.resolve(page)))
          .as(page)
          .contains(
              "on the grading server at <code class=\"grading-server\">https://10.0.0.5:8443<")
          .contains("hidden tests never leave it.");
    }
    CourseRunner.Run bad =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("g.db"))
            .run("build", "--out", out.toString(), "--server", "ftp://x");
    assertThat(bad.code()).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err()).contains("--server ftp://x: not an http(s) URL");
  }

  @Test
  void buildFailsWithOneFileLineLinePerProblemAndExitCodeTwo() throws IOException {
    Path course = copyOf(CourseRunner.fixtureCourse(), tmp.resolve("course"));
    Files.createDirectories(course.resolve("content/basics"));
    Files.writeString(course.resolve("content/basics/index.md"), "---\ntitle: Basics\n---\n");
    Files.writeString(
        course.resolve("content/basics/01-first.md"),
        "---\ntitle: First\nprerequisites: [basics/09-missing]\n---\n\nSee [nothing](02-none.md).\n");
    Path out = tmp.resolve("site");
    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("g.db")).run("build", "--out", out.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "content/basics/01-first.md:3: prerequisite 'basics/09-missing' is not a lesson;"
                + " write its path without .md, e.g. basics/01-first",
            "content/basics/01-first.md:6: broken link '02-none.md': no such lesson or page;"
                + " check the file name (links point at the .md file)",
            "course: build failed: 2 problems; fix them and run 'course build' again");
    assertThat(out).doesNotExist();
  }

  @Test
  void checkPrintsATablePerExerciseForTheRealHeightChecker() {
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("g.db"))
            .run("check", "height-checker");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^height-checker$")
        .containsPattern("(?m)^  solution +26/26 +full marks +ok$")
        .containsPattern("(?m)^  starter +\\d+/26 +less than full +ok$")
        .containsPattern("(?m)^  wrong/sorts-in-place +23/26 +less than full +ok$")
        .containsPattern("(?m)^(\\d+) of \\1 expectations met\\.$");
    assertThat(tmp.resolve("g.db")).doesNotExist();
  }

  @Test
  void checkFailsWhenAWrongSolutionScoresFullMarks() throws IOException {
    Path course = copyOf(CourseRunner.fixtureCourse(), tmp.resolve("course"));
    deleteTree(course.resolve("exercises/looper"));
    Path right = course.resolve("exercises/adder/wrong/actually-right");
    Files.createDirectories(right);
    Files.copy(course.resolve("exercises/adder/solution/Adder.java"), right.resolve("Adder.java"));
    CourseRunner.Run run = new CourseRunner(course, tmp.resolve("g.db")).run("check");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("(?m)^  solution +(\\d+)/\\1 +full marks +ok$")
        .containsPattern("(?m)^  wrong/actually-right +(\\d+)/\\1 +less than full +FAIL$")
        .containsPattern("(?m)^  wrong/subtracts +\\d+/\\d+ +less than full +ok$")
        .contains("3 of 4 expectations met; 1 failed (marked FAIL above).");
  }

  @Test
  void checkGradesOnlyTheNamedExercisesAndShowsWhenAWrongOneNeverRan() throws IOException {
    Path course = copyOf(CourseRunner.fixtureCourse(), tmp.resolve("course"));
    Path broken = course.resolve("exercises/adder/wrong/does-not-compile");
    Files.createDirectories(broken);
    Files.writeString(
        broken.resolve("Adder.java"), "public class Adder { public static int add(int a, int b) {");
    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("g.db")).run("check", "adder", "--jobs", "2");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^adder$")
        .doesNotContainPattern("(?m)^looper$")
        .containsPattern(
            "(?m)^  wrong/does-not-compile +0/\\d+ \\(compile_error\\) +less than full +ok$");

    CourseRunner.Run unknown = new CourseRunner(course, tmp.resolve("g.db")).run("check", "nope");
    assertThat(unknown.code()).as(unknown.toString()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown exercise 'nope'").contains("adder");
  }

  @Test
  void theSharedOptionsMayComeBeforeTheCommand() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        new Cli(false)
            .run(
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(err),
                "--course",
                CourseRunner.fixtureCourse().toString(),
                "--db",
                tmp.resolve("g.db").toString(),
                "check",
                "adder",
                "--jobs",
                "1");
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString()).containsPattern("(?m)^adder$").doesNotContainPattern("(?m)^looper$");
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
