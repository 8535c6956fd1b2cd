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
   * A student's commands in a kit: a command line that starts with one of them gets only that
   * verb's model. Building every verb's model (reflection over some forty classes, in a fresh JVM)
   * costs a quarter of a second of each submit; the rest need the whole tree (help, completion,
   * did-you-mean).
   */
  static final Set<String> STUDENT_VERBS = Set.of("submit", "history", "login", "list", "test");

  private final Console console;

  @Spec CommandSpec spec;

  /** Shown in the top-level usage; a command reads them wherever they are given. */
  @Mixin Common common;

  CourseCommand(Console console) {
    this.console = console;
  }

  /**
   * The {@code course} command line: every verb, or only {@code first}'s when {@code first} is one
   * of the {@link #STUDENT_VERBS}.
   */
  static CommandLine commandLine(Console console, String first) {
    CommandLine cli = new CommandLine(new CourseCommand(console));
    boolean one = first != null && STUDENT_VERBS.contains(first);
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
