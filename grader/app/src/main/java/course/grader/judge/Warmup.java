package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the class-data-sharing archive that child JVMs start from: one training run of the harness
 * over its own {@code WarmupTest} (no student code), with the harness jars, and nothing else, as
 * the class path, which later runs extend with their classes folder. An archive is only a speed-up:
 * without one, or with one the JVM finds unfit, children start the slow way.
 */
public final class Warmup {
  private static final String WARMUP_TEST = "course.harness.warmup.WarmupTest";
  private static final long TRAINING_SECONDS = 120;

  private Warmup() {}

  /** Writes {@code library.archive()}, replacing it atomically. */
  public static void trainChildArchive(HarnessLibrary library) {
    Path target = library.archive();
    Path partial =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (WorkFolder work = WorkFolder.create("course-warmup-")) {
      Process process =
          ChildRun.startJvm(
              List.of(
                  "-XX:ArchiveClassesAtExit=" + partial, "-D" + Main.TRAINING_PROPERTY + "=true"),
              "256m",
              library.jars(),
              List.of("--select", WARMUP_TEST),
              work.path());
      discard(process.getInputStream());
      discard(process.getErrorStream());
      try (OutputStream stdin = process.getOutputStream()) {
        // Any key will do: nobody reads the frames of a training run.
        stdin.write(("0".repeat(64) + "\n" + Main.GO + "\n").getBytes(StandardCharsets.US_ASCII));
      }
      if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
        ChildRun.kill(process);
        throw CourseException.internal("the training run of the test JVM did not finish", null);
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(partial)) {
        throw CourseException.internal(
            "the training run of the test JVM wrote no archive (exit code "
                + process.exitValue()
                + ")",
            null);
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CourseException.internal("cannot write " + target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.internal("interrupted while writing " + target, e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // A stray partial archive is never read: the JVM only maps the final name.
      }
    }
  }

  private static void discard(InputStream in) {
    Thread t =
        new Thread(
            () -> {
              try (in) {
                in.transferTo(OutputStream.nullOutputStream());
              } catch (IOException e) {
                // The process is gone.
              }
            },
            "course-warmup-drain");
    t.setDaemon(true);
    t.start();
  }
}
