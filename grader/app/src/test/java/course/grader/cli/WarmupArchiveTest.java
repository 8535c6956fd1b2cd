package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.catalog.Catalog;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Warmup;
import course.grader.report.GradeReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up archive of test JVMs: written by {@code course warmup}, used by grading runs. */
class WarmupArchiveTest {
  @TempDir Path tmp;

  @Test
  void warmupWritesATrimmedRuntimeAndAnArchiveThatATestJvmWithAClassesFolderCanMap()
      throws Exception {
    Path archive = tmp.resolve("harness.jsa");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("unused.db"))
            .run("warmup", "--archive", archive.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(archive).isRegularFile();
    assertThat(Files.size(archive)).isGreaterThan(1_000_000);

    // -Xshare:on refuses to start when the archive does not fit (the trimmed runtime, the same
    // module path, then a classes folder as in a grading run, inside the sandbox at the paths a
    // grading run uses), so no message proves it maps.
    Path runtime = tmp.resolve("child-runtime");
    assertThat(runtime.resolve("bin/java")).isExecutable();
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    Files.writeString(classes.resolve("placeholder.txt"), "not empty");
    assertThat(Warmup.checkArchive(HarnessLibrary.locate().withArchive(archive), classes))
        .isEmpty();

    // What student code must not have does not exist in the runtime at all.
    Process list =
        new ProcessBuilder(runtime.resolve("bin/java").toString(), "--list-modules")
            .redirectErrorStream(true)
            .start();
    String modules = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(modules).contains("java.base@", "java.management@");
    for (String absent :
        List.of("jdk.unsupported@", "jdk.attach@", "jdk.management@", "java.instrument@")) {
      assertThat(modules).doesNotContain(absent);
    }
  }

  @Test
  void gradingFromTheArchiveGivesTheSameReport() {
    Path archive = tmp.resolve("harness.jsa");
    new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("unused.db"))
        .run("warmup", "--archive", archive.toString());
    var exercise = Catalog.load(CourseRunner.fixtureCourse()).exercise("adder");
    List<Path> solution = List.of(exercise.solutionDir().resolve("Adder.java"));
    GradeReport plain =
        new Judge(HarnessLibrary.locate()).grade(exercise, solution, Judge.Suite.ALL);
    GradeReport shared =
        new Judge(HarnessLibrary.locate().withArchive(archive))
            .grade(exercise, solution, Judge.Suite.ALL);
    assertThat(shared.score()).isEqualTo(plain.score()).isEqualTo(11);
    assertThat(shared.tests()).hasSameSizeAs(plain.tests());
  }

  @Test
  void warmupBuildsTheCourseSiteOnceIntoAThrowAwayFolderSoItsClassesAreArchived() throws Exception {
    // The launcher runs warmup under -XX:DumpLoadedClassList: what the run loads is archived, so
    // a site build in it puts the site's classes (Markdown, highlighter, templates) in the archive.
    Path course = tmp.resolve("course");
    CourseRunner.copyTree(CourseRunner.fixtureCourse(), course);
    Files.createDirectories(course.resolve("content/basics"));
    Files.writeString(course.resolve("content/index.md"), "---\ntitle: Warm\n---\nHello.\n");
    Files.writeString(
        course.resolve("content/basics/index.md"), "---\ntitle: Basics\n---\nThe part.\n");
    Files.writeString(
        course.resolve("content/basics/01-first.md"),
        "---\ntitle: First\n---\n## Code\n\n```java\nint x = 1;\n```\n");

    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("unused.db"))
            .run("warmup", "--archive", tmp.resolve("harness.jsa").toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).containsPattern("trained the site build: \\d+ pages");
    // The course folder is left as it was: the site went to a temporary folder, now gone.
    assertThat(course.resolve("build")).doesNotExist();
  }

  @Test
  void warmupOfACourseWithoutContentBuildsNoSite() {
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("unused.db"))
            .run("warmup", "--archive", tmp.resolve("harness.jsa").toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain("trained the site build");
  }
}
