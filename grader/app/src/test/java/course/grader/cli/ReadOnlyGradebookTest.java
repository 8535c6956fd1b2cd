package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gradebook this user may only read (a TA's copy, a backup, a read-only mount) can still be
 * shown, exported and searched: the real CLI runs in a real read-only bind mount (bubblewrap, as
 * root grading root ignores file modes), and the file is left byte for byte as it was.
 */
class ReadOnlyGradebookTest {
  @TempDir Path tmp;

  @Test
  void historyShowAndExportReadAGradebookOnAReadOnlyMountAndWriteNothing() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("readonly"));
    Path db = dir.resolve("gradebook.db");
    CourseRunner course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    assertThat(course.run("submit", "adder", solution.toString(), "--student", "ann").code())
        .isZero();
    byte[] before = Files.readAllBytes(db);
    List<String> filesBefore = listing(dir);

    String history = readOnly(dir, "history", "--student", "ann", "--db", db.toString());
    assertThat(history).contains("adder");
    String csv = readOnly(dir, "gradebook", "export", "--format", "csv", "--db", db.toString());
    assertThat(csv).contains("ann");
    String show = readOnly(dir, "gradebook", "show", "--db", db.toString());
    assertThat(show).contains("ann");

    assertThat(Files.readAllBytes(db)).as("the gradebook is unchanged").isEqualTo(before);
    assertThat(listing(dir)).isEqualTo(filesBefore);
  }

  private static List<String> listing(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Runs the CLI in a new JVM that sees {@code dir} read-only; returns its stdout (exit 0). */
  private String readOnly(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "bwrap",
                "--bind",
                "/",
                "/",
                "--dev",
                "/dev",
                "--proc",
                "/proc",
                "--ro-bind",
                dir.toString(),
                dir.toString(),
                "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--course",
                CourseRunner.fixtureCourse().toString()));
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", args) + "\n" + out + err).isZero();
    return out;
  }
}
