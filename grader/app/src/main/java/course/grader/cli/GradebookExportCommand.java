package course.grader.cli;

import course.catalog.CourseException;
import course.grader.export.ExportFormat;
import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Gradebook;
import course.grader.policy.GradeSheet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course gradebook export}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export grades with a policy applied (see grader/docs/instructor.md).",
    footer = {
      "",
      "Formats: csv (a row per student, a column per exercise, total), detailed-csv (a row per",
      "submission and test), json, canvas and moodle (their gradebook import CSVs).",
      "",
      "Examples:",
      "  course gradebook export --format csv --out grades.csv",
      "  course gradebook export --format canvas --policy best --late-per-day 10%% --late-cap 50%%"
          + " --grace 15m --out canvas.csv",
      "  course gradebook export --format json --policy last"
    })
final class GradebookExportCommand implements Callable<Integer> {
  @ParentCommand GradebookCommand parent;

  @Mixin Common common;

  @Mixin PolicyOptions policy;

  @Mixin ExerciseColumns columns;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "FORMAT",
      description = "csv, detailed-csv, json, canvas or moodle (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = ExportFormat.fromWire(format);
    if (chosen == null) {
      throw CourseException.input(
          "--format '" + format + "' is not a format; use one of " + ExportFormat.names());
    }
    policy.policy(common); // option errors before the gradebook is touched
    CourseConfig config = CourseConfig.read(common.root());
    StringWriter text = new StringWriter();
    try (Gradebook gradebook = PolicyOptions.existing(common)) {
      GradeSheet all = policy.sheet(gradebook, common, null);
      if (chosen == ExportFormat.CANVAS) {
        config.checkCanvasSlugs(
            common.root(), all.exercises().stream().map(ExerciseRow::slug).toList());
      }
      GradeSheet sheet = columns.apply(all);
      chosen.writer(gradebook, config.canvasAssignments()).write(sheet, text);
    }
    if (out == null) {
      parent.parent.console().out().print(text);
      return ExitCode.OK;
    }
    writeAtomically(out, text.toString());
    parent.parent.console().out().println("wrote " + out);
    return ExitCode.OK;
  }

  /** A half-written export is never left behind: write beside it, then rename. */
  static void writeAtomically(Path target, String content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      // Otherwise the error names the temporary file, which the user never asked for.
      throw CourseException.input(
          target + ": the folder " + folder + " does not exist; create it or choose another --out");
    }
    try {
      Path tmp = Files.createTempFile(absolute.getParent(), ".export-", ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(
          tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CourseException.input(target + ": cannot write: " + e.getMessage(), e);
    }
  }
}
