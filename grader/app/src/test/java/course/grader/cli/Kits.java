package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Writes the student kit of the real course through the real CLI, for the kit tests. */
final class Kits {
  /** The server a test kit names; nothing listens there. */
  static final String SERVER = "https://127.0.0.1:8443";

  private Kits() {}

  /**
   * Makes sure {@code grader/app/target/course.jar} is built from the current sources: the kit
   * copies that jar, and in a plain {@code mvn verify} the tests run before the package phase
   * writes it. The repository's own launcher does it (it builds only when a source is newer than
   * the jar), as a developer would before making a kit.
   */
  static void buildTheTool() throws IOException, InterruptedException {
    Path root = CourseRunner.realCourse();
    Path log = Files.createTempFile("course-build-", ".log");
    try {
      Process build =
          new ProcessBuilder(root.resolve("course").toString(), "--version")
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(build.waitFor(15, TimeUnit.MINUTES)).as("./course --version finished").isTrue();
      assertThat(build.exitValue())
          .as("./course --version:\n" + Files.readString(log, StandardCharsets.UTF_8))
          .isZero();
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * Runs {@code course kit} on the real course, with its gradebook (and identity) in {@code db}.
   */
  static CourseRunner.Run write(Path out, Path dbFolder, String... more) {
    CourseRunner course =
        new CourseRunner(CourseRunner.realCourse(), dbFolder.resolve("gradebook.db"));
    String[] args = new String[2 + more.length];
    args[0] = "kit";
    args[1] = "--out=" + out;
    System.arraycopy(more, 0, args, 2, more.length);
    return course.run(args);
  }
}
