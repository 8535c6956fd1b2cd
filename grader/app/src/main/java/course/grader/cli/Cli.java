package course.grader.cli;

import course.catalog.CourseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The {@code course} command line, runnable in-process: {@link #run} parses, dispatches to one
 * command class per verb and returns the exit code. One handler turns failures into one line on
 * stderr ({@code course: ...}); the stack trace only with {@code --verbose}.
 */
public final class Cli {
  private final boolean color;

  /** A command line that colours its output when {@code color} is true. */
  public Cli(boolean color) {
    this.color = color;
  }

  /** Runs {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  public int run(PrintWriter out, PrintWriter err, String... args) {
    args = commonOptionsAfterTheCommand(args);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cli =
        CourseCommand.commandLine(new Console(out, color), args.length == 0 ? null : args[0]);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, given) -> {
          err.println("course: " + UsageErrors.describe(e, given));
          CommandLine command = e.getCommandLine();
          err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCode.INPUT;
        });
    cli.setExecutionExceptionHandler((e, command, parsed) -> Failures.report(e, verbose, err));
    cli.setExecutionStrategy(
        parsed -> {
          refuseInstructorCommandsInAKit(parsed);
          return new CommandLine.RunLast().execute(parsed);
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The commands that need the instructor's folder (hidden tests, reference solutions, the
   * gradebook): in a student kit they stop at once with one line, before they read anything.
   */
  static final Set<String> INSTRUCTOR_COMMANDS =
      Set.of(
          "check",
          "grade",
          "regrade",
          "gradebook",
          "extension",
          "roster",
          "similarity",
          "kit",
          "serve");

  private static void refuseInstructorCommandsInAKit(CommandLine.ParseResult parsed) {
    if (!parsed.hasSubcommand()) {
      return;
    }
    String command = parsed.subcommand().commandSpec().name();
    CommandLine.ParseResult last = parsed;
    while (last.hasSubcommand()) {
      if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
        return;
      }
      last = last.subcommand();
    }
    boolean instructor = INSTRUCTOR_COMMANDS.contains(command);
    if (last.isUsageHelpRequested()
        || !(instructor || command.equals("submit") || command.equals("build"))) {
      return;
    }
    CommandLine.Model.CommandSpec common = last.commandSpec().mixins().get("common");
    if (common != null && common.userObject() instanceof Common options) {
      try {
        if (instructor) {
          options.refuseInKit(command);
        } else if (command.equals("build")) {
          options.refuseBuildInAKit();
        } else {
          options.refuseSubmitInAKitWithoutServer();
        }
      } catch (CourseException e) {
        throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), "", e);
      }
    }
  }

  /**
   * {@code course --course DIR build} means {@code course build --course DIR}: the options every
   * command shares ({@code --course}, {@code --db}, {@code --verbose}) may also come before the
   * command, as with {@code git -C DIR}. They are moved behind it, where the command reads them.
   */
  static String[] commonOptionsAfterTheCommand(String[] args) {
    List<String> common = new ArrayList<>();
    int i = 0;
    while (i < args.length) {
      String a = args[i];
      if ((a.equals("--course") || a.equals("--db")) && i + 1 < args.length) {
        common.add(a);
        common.add(args[i + 1]);
        i += 2;
      } else if (a.startsWith("--course=") || a.startsWith("--db=") || a.equals("--verbose")) {
        common.add(a);
        i++;
      } else {
        break;
      }
    }
    if (common.isEmpty() || i == args.length) {
      return args;
    }
    List<String> reordered = new ArrayList<>(Arrays.asList(args).subList(i, args.length));
    reordered.addAll(common);
    return reordered.toArray(String[]::new);
  }
}
