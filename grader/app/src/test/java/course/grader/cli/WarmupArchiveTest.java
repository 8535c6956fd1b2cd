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
}
