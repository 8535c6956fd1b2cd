package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Writes what child JVMs start from: a trimmed Java runtime (jlink: only the modules tests need, so
 * that {@code jdk.unsupported}, {@code jdk.attach} and the like do not exist for student code) with
 * its own base archive, then the class-data-sharing archive of the harness: one training run of the
 * harness over its own {@code WarmupTest} (no student code) on that runtime, with the module path
 * of every run and no class path, which later runs add with their classes folder. Both are only a
 * speed-up: without them children run on the full JDK with {@code --limit-modules}, which JDK 17
 * cannot combine with an archive.
 */
public final class Warmup {
  static final String WARMUP_TEST = "course.harness.warmup.WarmupTest";
  private static final long TRAINING_SECONDS = 120;

  private Warmup() {}

  /** Writes {@code library.runtime()}, then {@code library.archive()}, replacing both. */
  public static void trainChildArchive(HarnessLibrary library) {
    if (!writeRuntime(library.runtime())) {
      // Children then run on the full JDK with --limit-modules, where no archive can be used.
      return;
    }
    Path target = library.archive();
    Path partial =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (WorkFolder work = WorkFolder.create("course-warmup-")) {
      Process process = ChildCommand.start(trainingCommand(library, partial), work.path());
      discard(process.getInputStream());
      discard(process.getErrorStream());
      try (OutputStream stdin = process.getOutputStream()) {
        // Any key will do: nobody reads the frames of a training run.
        stdin.write(
            ("0".repeat(64) + "\n" + Main.GO + "\n" + Main.END_OF_CLASSES + "\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
      if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
        ChildCommand.kill(process);
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

  /**
   * Starts a test JVM from {@code library}'s archive with {@code -Xshare:on} (which refuses to
   * start when the archive does not fit), laid out as a grading run lays it out (inside the sandbox
   * when there is one) with {@code classes} on the class path, and stops it before any test. Empty
   * when the archive maps; else what the JVM said.
   */
  public static Optional<String> checkArchive(HarnessLibrary library, Path classes)
      throws IOException, InterruptedException {
    List<String> options = List.of("-Xshare:on", HarnessLibrary.ARCHIVE_OPTION + library.archive());
    List<String> harnessArgs = List.of("--tests", Sandbox.CLASSES.toString());
    Sandbox sandbox = Sandbox.detect();
    List<String> command;
    if (sandbox.available()) {
      ChildCommand.Layout layout = ChildCommand.Layout.of(library.jars(), options);
      List<Sandbox.Bind> binds = new ArrayList<>(layout.binds());
      binds.add(new Sandbox.Bind(classes, Sandbox.CLASSES));
      command =
          sandbox.wrap(
              ChildCommand.javaCommand(
                  Sandbox.JDK,
                  false,
                  layout.jvmOptions(),
                  "64m",
                  layout.modulePath(),
                  List.of(Sandbox.CLASSES),
                  harnessArgs),
              library.runtime(),
              binds,
              null,
              null);
    } else {
      command =
          ChildCommand.javaCommand(
              library.runtime(),
              false,
              options,
              "64m",
              library.jars(),
              List.of(classes),
              harnessArgs);
    }
    try (WorkFolder work = WorkFolder.create("course-archive-check-")) {
      Process process =
          new ProcessBuilder(command)
              .directory(work.path().toFile())
              .redirectErrorStream(true)
              .start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(("0".repeat(64) + "\nstop\n").getBytes(StandardCharsets.US_ASCII));
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
        ChildCommand.kill(process);
        return Optional.of("the test JVM did not stop");
      }
      return process.exitValue() == 0 ? Optional.empty() : Optional.of(output);
    }
  }

  /**
   * The training run's command: inside the sandbox when there is one, with the layout of every
   * graded run (the archive only fits the module path it was written with), writing the archive
   * into the one writable folder of that trusted run; else on the host paths.
   */
  private static List<String> trainingCommand(HarnessLibrary library, Path partial) {
    List<String> harnessArgs =
        List.of("--select", WARMUP_TEST, "--tests", Sandbox.CLASSES.toString());
    Sandbox sandbox = Sandbox.detect();
    if (!sandbox.available()) {
      return ChildCommand.javaCommand(
          library.runtime(),
          false,
          List.of("-XX:ArchiveClassesAtExit=" + partial, "-D" + Main.TRAINING_PROPERTY + "=true"),
          "256m",
          library.jars(),
          List.of(),
          harnessArgs);
    }
    ChildCommand.Layout layout = ChildCommand.Layout.of(library.jars(), List.of());
    List<String> java =
        ChildCommand.javaCommand(
            Sandbox.JDK,
            false,
            List.of(
                "-XX:ArchiveClassesAtExit=" + Sandbox.OUT.resolve(partial.getFileName()),
                "-D" + Main.TRAINING_PROPERTY + "=true"),
            "256m",
            layout.modulePath(),
            List.of(),
            harnessArgs);
    return sandbox.wrap(java, library.runtime(), layout.binds(), partial.getParent(), null);
  }

  /**
   * Writes the trimmed runtime with jlink (in-process), with its own base archive, into a fresh
   * folder that then replaces {@code target}. False when this JDK cannot (no jlink, or no jmods):
   * the runtime is only a speed-up.
   */
  private static boolean writeRuntime(Path target) {
    Optional<ToolProvider> tool = ToolProvider.findFirst("jlink");
    if (tool.isEmpty()) {
      return false;
    }
    ToolProvider jlink = tool.get();
    Path partial =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      deleteTree(partial);
      StringWriter log = new StringWriter();
      List<String> modules = new ArrayList<>(ChildCommand.SYSTEM_MODULES);
      modules.add(0, "java.base");
      modules.addAll(List.of("java.logging", "java.management"));
      int code =
          jlink.run(
              new PrintWriter(log),
              new PrintWriter(log),
              "--add-modules",
              String.join(",", modules),
              "--generate-cds-archive",
              "--no-header-files",
              "--no-man-pages",
              "--output",
              partial.toString());
      if (code != 0) {
        return false;
      }
      Path old = target.resolveSibling(target.getFileName() + ".old");
      deleteTree(old);
      if (Files.exists(target)) {
        Files.move(target, old);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
      return true;
    } catch (IOException e) {
      throw CourseException.internal("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteTree(partial);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover partial runtime is never used: only the final name is.
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
