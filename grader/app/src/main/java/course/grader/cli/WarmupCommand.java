package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.export.CsvExport;
import course.grader.gradebook.Gradebook;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Warmup;
import course.grader.judge.WorkFolder;
import course.grader.policy.GradeSheet;
import course.grader.policy.Policy;
import course.grader.report.GradeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code course warmup}: writes the class-data-sharing archive of the test JVMs, then grades the
 * first exercise's reference solution once into a throw-away gradebook. The launcher runs it after
 * each build under {@code -XX:ArchiveClassesAtExit}, so that the grader's own JVM gets an archive
 * of everything a grading run loads.
 */
@Command(
    name = "warmup",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Prepare the start-up archives (the launcher does this after a build).")
final class WarmupCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Option(names = "--archive", paramLabel = "FILE", description = "Where to write the archive.")
  Path archive;

  @Override
  public Integer call() throws IOException {
    HarnessLibrary library = HarnessLibrary.locate();
    if (archive != null) {
      library = library.withArchive(archive);
    }
    Warmup.trainChildArchive(library);
    trainClient();
    Catalog catalog;
    try {
      catalog = common.catalog();
    } catch (CourseException e) {
      // No course here: the child archive is written, which is what matters most.
      parent.console().out().println("wrote " + library.archive());
      return ExitCode.OK;
    }
    List<Exercise> exercises = catalog.exercises();
    if (!exercises.isEmpty()) {
      gradeOnce(library, exercises.get(0));
    }
    parent.console().out().println("wrote " + library.archive());
    return ExitCode.OK;
  }

  /**
   * A kit's submit starts an HTTPS client: its classes (HttpClient, TLS, JSON) belong in the
   * start-up archive too. A loopback socket that hangs up at once is enough to load them.
   */
  private static void trainClient() {
    try (java.net.ServerSocket hangUp =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread closer =
          new Thread(
              () -> {
                try (java.net.Socket s = hangUp.accept()) {
                  s.getInputStream().read();
                } catch (IOException e) {
                  // The client went away first.
                }
              });
      closer.setDaemon(true);
      closer.start();
      new course.grader.remote.RemoteClient(
              java.net.URI.create("https://127.0.0.1:" + hangUp.getLocalPort()),
              java.util.Optional.of("00".repeat(32)),
              java.time.Duration.ofSeconds(5))
          .get("/api/v1/whoami", "x".repeat(43));
    } catch (IOException | CourseException e) {
      // Expected: nobody answers. The classes are loaded.
    }
    course.grader.wire.WireJson.readReport(
        course.grader.wire.WireJson.parse(
            "{\"exercise\":\"x\",\"outcome\":\"graded\",\"tests\":[{\"name\":\"t\",\"status\":\"passed\"}],\"diagnostics\":[]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private void gradeOnce(HarnessLibrary library, Exercise exercise) throws IOException {
    try (WorkFolder dir = WorkFolder.create("course-warmup-db-")) {
      List<Path> files = course.catalog.Catalog.javaFiles(exercise.solutionDir());
      Judge.Suite suite = Judge.Suite.ALL;
      if (files.isEmpty()) {
        // A student kit has no solutions: the starter against the visible tests trains as well.
        files = course.catalog.Catalog.javaFiles(exercise.starterDir());
        suite = Judge.Suite.VISIBLE;
      }
      if (files.isEmpty()) {
        return;
      }
      GradeReport report = new Judge(library).grade(exercise, files, suite);
      try (Gradebook gradebook = Gradebook.open(dir.path().resolve("warmup.db"))) {
        gradebook.record(
            "warmup", exercise.title(), report, Instant.now(), GraderVersion.current());
        gradebook.history("warmup", null);
        GradeSheet sheet =
            GradeSheet.build(gradebook, Policy.DEFAULT, List.of(exercise.slug()), List.of(), null);
        new CsvExport().write(sheet, new StringWriter());
      }
      ReportPrinter printer =
          new ReportPrinter(new Console(new PrintWriter(new StringWriter()), false));
      printer.printHuman(report, "warmup", 1);
      printer.printJson(report, "warmup", 1);
    }
  }
}
