package course.grader.cli;

import java.util.List;
import java.util.Set;
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
    })
final class CourseCommand implements Runnable {
  /** The verbs, in the order the usage lists them. */
  static final List<Class<?>> VERBS =
      List.of(
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
          WorkerCommand.class,
          WorkersCommand.class,
          LoginCommand.class,
          BuildCommand.class,
          CheckCommand.class,
          KitCommand.class,
          WarmupCommand.class,
          CompletionCommand.class,
          CommandLine.HelpCommand.class);

  /**
   * The verbs whose command line needs every verb's model: {@code help} lists them and {@code
   * completion} writes them all. A command line that starts with another verb gets only that verb's
   * model: building every verb's (reflection over some forty classes, in a fresh JVM) cost a
   * quarter of a second of each command. A command line that names no verb (a typo, {@code --help})
   * gets the whole tree, for the usage and the did-you-mean.
   */
  static final Set<String> WHOLE_TREE_VERBS = Set.of("help", "completion");

  private final Console console;

  @Spec CommandSpec spec;

  /** Shown in the top-level usage; a command reads them wherever they are given. */
  @Mixin Common common;

  CourseCommand(Console console) {
    this.console = console;
  }

  /**
   * The {@code course} command line: only {@code first}'s model when {@code first} is a verb other
   * than the {@link #WHOLE_TREE_VERBS}, else every verb.
   */
  static CommandLine commandLine(Console console, String first) {
    CommandLine cli = new CommandLine(new CourseCommand(console));
    boolean one =
        first != null
            && !WHOLE_TREE_VERBS.contains(first)
            && VERBS.stream()
                .anyMatch(verb -> verb.getAnnotation(Command.class).name().equals(first));
    for (Class<?> verb : VERBS) {
      if (!one || verb.getAnnotation(Command.class).name().equals(first)) {
        cli.addSubcommand(verb);
      }
    }
    return cli;
  }

  Console console() {
    return console;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command, e.g. 'course list'");
  }
}
