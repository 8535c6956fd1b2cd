package course.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Warmup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drives the real CLI in-process against a course folder and a gradebook file. */
final class CourseRunner {
  /** What one command printed and returned. */
  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON:\n" + out + "\nstderr:\n" + err, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path course;
  private final String db;

  static {
    // Test JVMs start as they do after the launcher's warm-up: on the trimmed runtime with its
    // archive. Without it they run on the full JDK with --limit-modules and no class-data
    // sharing, which on a loaded machine is too slow for the short run limits of the fixtures.
    HarnessLibrary library = HarnessLibrary.locate();
    if (!library.trimmed() || !Files.isRegularFile(library.archive())) {
      Warmup.trainChildArchive(library);
    }
  }

  CourseRunner(Path course, Path db) {
    this(course, db.toString());
  }

  /**
   * @param db what {@code --db} gets: a file path or a PostgreSQL URL
   */
  CourseRunner(Path course, String db) {
    this.course = course;
    this.db = db;
  }

  /** The fixture course of the test resources. */
  /**
   * The command line of {@code course ARGS} in a child JVM on this test's class path (a server, a
   * worker, a command that must run in a process of its own), as a list to add to.
   */
  static java.util.List<String> childCommand(String... args) {
    java.util.List<String> command =
        new java.util.ArrayList<>(
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(java.util.List.of(args));
    return command;
  }

  /** Copies the folder {@code from} (files and folders, links as files) into {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static Path fixtureCourse() {
    return resourceCourse("fixture-course");
  }

  /** A course folder of the test resources, such as {@code junit-collection}. */
  static Path resourceCourse(String name) {
    try {
      return Path.of(CourseRunner.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The real course at the root of the repository. */
  static Path realCourse() {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("exercises"))) {
      throw new IllegalStateException("run from grader/app: no exercises/ in " + root);
    }
    return root;
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--course", course.toString(), "--db", db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(false).run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }
}
