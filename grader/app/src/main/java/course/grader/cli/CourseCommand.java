package course.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code course} command; it only dispatches to the verbs. */
@Command(
    name = "course",
    mixinStandardHelpOptions = true,
    versionProvider = GraderVersion.class,
    description =
        "Build the offline course site; grade Java exercises against hidden JUnit tests and"
            + " keep a SQLite gradebook.",
    footer = {
      "",
      "Examples:",
      "  course list",
      "  course test height-checker HeightChecker.java",
      "  course submit height-checker HeightChecker.java --student alice",
      "  course grade height-checker downloads/",
      "  course regrade height-checker --dry-run",
      "  course history --student alice",
      "  course gradebook show --late-per-day 10%% --late-cap 50%% --grace 15m",
      "  course gradebook export --format canvas --out canvas.csv",
      "  course extension grant height-checker --student alice --days 2",
      "  course roster import roster.csv",
      "  course similarity height-checker --html similarity.html",
      "  course build",
      "  course check",
      "  course kit --server https://192.168.1.10:8443",
      "  course help submit",
      "  source <(course completion bash)",
      "",
      "Exit codes: 0 success, 1 tests failed, 2 usage or input error, 3 internal error."
    },
    subcommands = {
      ListCommand.class,
      TestCommand.class,
      SubmitCommand.class,
      GradeCommand.class,
      RegradeCommand.class,
      HistoryCommand.class,
      GradebookCommand.class,
      ExtensionCommand.class,
      RosterCommand.class,
      SimilarityCommand.class,
      ServeCommand.class,
      LoginCommand.class,
      BuildCommand.class,
      CheckCommand.class,
      KitCommand.class,
      WarmupCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
final class CourseCommand implements Runnable {
  private final Console console;

  @Spec CommandSpec spec;

  /** Shown in the top-level usage; a command reads them wherever they are given. */
  @Mixin Common common;

  CourseCommand(Console console) {
    this.console = console;
  }

  Console console() {
    return console;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command, e.g. 'course list'");
  }
}
