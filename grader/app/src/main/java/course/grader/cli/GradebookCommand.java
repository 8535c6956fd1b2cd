package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.export.CsvExport;
import course.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course gradebook ...}: instructors' views of the gradebook. */
@Command(
    name = "gradebook",
    mixinStandardHelpOptions = true,
    description = "Export the gradebook.",
    subcommands = GradebookCommand.Export.class)
final class GradebookCommand implements Runnable {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'course gradebook export'");
  }

  /** {@code course gradebook export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Export one row per student, one column per exercise (best score) and a total.",
      footer = {
        "",
        "Examples:",
        "  course gradebook export --format csv",
        "  course gradebook export --format csv --out grades.csv"
      })
  static final class Export implements Callable<Integer> {
    /** Export formats. */
    enum Format {
      csv
    }

    @ParentCommand GradebookCommand parent;

    @Mixin Common common;

    @Option(
        names = "--format",
        defaultValue = "csv",
        paramLabel = "FORMAT",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Override
    public Integer call() {
      List<String> order = common.catalog().exercises().stream().map(Exercise::slug).toList();
      StringWriter text = new StringWriter();
      Gradebook existing =
          common
              .existingGradebook()
              .orElseThrow(
                  () ->
                      CourseException.input(
                          common.dbPath()
                              + ": no gradebook here yet; grade a submission first, or pass"
                              + " --db"));
      try (Gradebook gradebook = existing) {
        new CsvExport().write(gradebook, order, text);
      }
      if (out == null) {
        parent.parent.console().out().print(text);
        return Cli.OK;
      }
      writeAtomically(out, text.toString());
      parent.parent.console().out().println("wrote " + out);
      return Cli.OK;
    }

    /** A half-written export is never left behind: write beside it, then rename. */
    static void writeAtomically(Path target, String content) {
      Path absolute = target.toAbsolutePath();
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
}
