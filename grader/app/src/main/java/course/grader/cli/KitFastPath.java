package course.grader.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A student kit's {@code submit} and {@code history}, and an author's {@code build}, without
 * picocli. Building a verb's model from its annotations costs a fresh JVM about 0.2 s, most of the
 * client's own time in a served submit (grader/docs/server.md, "Where a served submit's time goes")
 * and about a tenth of a 1,000-lesson site build (site/README.md). The plain forms of the two
 * commands are read here, by hand, and run through the same code the picocli commands run ({@link
 * ServedSubmit}, {@link ServedHistory}, {@link Failures}); everything else (help, usage errors,
 * other options, other verbs, a folder that is no kit with a server) goes to picocli unchanged, so
 * what a student sees is the same either way.
 *
 * <p>The plain forms, options in any order after the verb ({@code --course} and {@code --verbose}
 * also before it, as {@link Cli} allows):
 *
 * <pre>
 * course submit EXERCISE FILE... [--json] [--student ID] [--verbose] [--course DIR]
 * course history [--exercise SLUG] [--json] [--tests] [--verbose] [--course DIR]
 * course build [--out DIR] [--keep-going] [--verbose] [--course DIR]
 * </pre>
 *
 * <p>{@code build} is run in any folder (picocli's path refuses it in a kit, and so does this one);
 * submit and history only in a kit that names its server.
 */
final class KitFastPath {
  /**
   * A testing aid: with {@code -Dcourse.cli=picocli} every command line goes through picocli, so
   * tests can hold the two paths' output equal.
   */
  static final String CLI_PROPERTY = "course.cli";

  private KitFastPath() {}

  /** The verbs served here. */
  enum Verb {
    SUBMIT,
    HISTORY,
    BUILD
  }

  /**
   * A plain command line, read.
   *
   * @param course {@code --course}, or null
   * @param exercise submit's EXERCISE, history's {@code --exercise} (or null)
   * @param files submit's FILEs; empty for history
   * @param student submit's {@code --student}, or null
   * @param out build's {@code --out}, or null
   */
  record Request(
      Verb verb,
      Path course,
      String exercise,
      List<Path> files,
      boolean json,
      boolean tests,
      String student,
      boolean verbose,
      Path out,
      boolean keepGoing) {}

  /**
   * Runs {@code args} when they are a plain {@code submit} or {@code history} in a student kit that
   * names its grading server; empty when picocli should run them (then nothing was printed).
   */
  static OptionalInt run(PrintWriter out, PrintWriter err, boolean color, String... args) {
    if ("picocli".equals(System.getProperty(CLI_PROPERTY))) {
      return OptionalInt.empty();
    }
    Optional<Request> parsed = parse(args);
    if (parsed.isEmpty()) {
      return OptionalInt.empty();
    }
    Request request = parsed.get();
    Common common = new Common();
    common.course = request.course();
    common.verbose = request.verbose();
    if (request.verb() == Verb.BUILD) {
      return OptionalInt.of(build(request, common, new Console(out, color), err));
    }
    Remote remote;
    try {
      CourseConfig config = CourseConfig.read(common.root());
      if (!config.kit() || config.server().isEmpty()) {
        return OptionalInt.empty();
      }
      remote = Remote.of(config).orElseThrow();
    } catch (RuntimeException e) {
      // No such folder, a broken course.yaml: picocli's path says so, as it always has.
      return OptionalInt.empty();
    }
    Console console = new Console(out, color);
    int code;
    try {
      code =
          switch (request.verb()) {
            case SUBMIT -> {
              SubmissionArgs submission = new SubmissionArgs();
              submission.exercise = request.exercise();
              submission.files = request.files();
              submission.json = request.json();
              yield ServedSubmit.run(remote, common, submission, request.student(), console, err);
            }
            case HISTORY ->
                ServedHistory.run(
                    remote, common, console, request.exercise(), request.json(), request.tests());
            case BUILD -> throw new IllegalStateException("built above");
          };
    } catch (RuntimeException e) {
      code = Failures.report(e, request.verbose(), err);
    }
    out.flush();
    err.flush();
    return OptionalInt.of(code);
  }

  /** A plain {@code course build}, as {@link BuildCommand} runs it without --watch or --server. */
  private static int build(Request request, Common common, Console console, PrintWriter err) {
    int code;
    try {
      common.refuseBuildInAKit();
      Path root = common.root();
      Path target = request.out() != null ? request.out() : root.resolve("build").resolve("site");
      code =
          BuildCommand.build(
              root, target, request.keepGoing(), Optional.empty(), console.out(), err);
    } catch (RuntimeException e) {
      code = Failures.report(e, request.verbose(), err);
    }
    console.out().flush();
    err.flush();
    return code;
  }

  /**
   * {@code args} as a plain form of submit, history or build; empty for anything else: another
   * verb, another option, an option given twice or without its value, {@code --}, {@code -h}, an
   * {@code @file}, submit without EXERCISE and FILE, history with an argument.
   */
  static Optional<Request> parse(String... args) {
    for (String a : args) {
      if (a.isEmpty() || a.startsWith("@")) {
        return Optional.empty();
      }
    }
    Parser p = new Parser(args);
    // Before the verb: the options every command shares (Cli moves them behind it).
    while (p.more() && p.peek().startsWith("-")) {
      if (!p.common()) {
        return Optional.empty();
      }
    }
    if (!p.more()) {
      return Optional.empty();
    }
    Verb verb =
        switch (p.next()) {
          case "submit" -> Verb.SUBMIT;
          case "history" -> Verb.HISTORY;
          case "build" -> Verb.BUILD;
          default -> null;
        };
    if (verb == null) {
      return Optional.empty();
    }
    List<String> positional = new ArrayList<>();
    while (p.more()) {
      String a = p.peek();
      if (!a.startsWith("-")) {
        positional.add(p.next());
        continue;
      }
      boolean known =
          verb == Verb.BUILD
              ? p.common() || p.value("--out") || p.flag("--keep-going")
              : p.common()
                  || p.flag("--json")
                  || (verb == Verb.SUBMIT ? p.value("--student") : p.value("--exercise"))
                  || (verb == Verb.HISTORY && p.flag("--tests"));
      if (!known) {
        return Optional.empty();
      }
    }
    if (p.failed) {
      return Optional.empty();
    }
    String course = p.values.get("--course");
    try {
      Path root = course == null ? null : Path.of(course);
      return switch (verb) {
        case SUBMIT -> {
          if (positional.size() < 2) {
            yield Optional.empty();
          }
          List<Path> files = new ArrayList<>();
          for (String f : positional.subList(1, positional.size())) {
            files.add(Path.of(f));
          }
          yield Optional.of(
              new Request(
                  verb,
                  root,
                  positional.get(0),
                  List.copyOf(files),
                  p.flags.contains("--json"),
                  false,
                  p.values.get("--student"),
                  p.flags.contains("--verbose"),
                  null,
                  false));
        }
        case HISTORY ->
            positional.isEmpty()
                ? Optional.of(
                    new Request(
                        verb,
                        root,
                        p.values.get("--exercise"),
                        List.of(),
                        p.flags.contains("--json"),
                        p.flags.contains("--tests"),
                        null,
                        p.flags.contains("--verbose"),
                        null,
                        false))
                : Optional.empty();
        case BUILD -> {
          String out = p.values.get("--out");
          yield positional.isEmpty()
              ? Optional.of(
                  new Request(
                      verb,
                      root,
                      null,
                      List.of(),
                      false,
                      false,
                      null,
                      p.flags.contains("--verbose"),
                      out == null ? null : Path.of(out),
                      p.flags.contains("--keep-going")))
              : Optional.empty();
        }
      };
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Walks the arguments; an option given twice, or without a value, marks it failed. */
  private static final class Parser {
    private final String[] args;
    private int at;
    final java.util.Set<String> flags = new java.util.HashSet<>();
    final java.util.Map<String, String> values = new java.util.HashMap<>();
    boolean failed;

    Parser(String[] args) {
      this.args = args;
    }

    boolean more() {
      return at < args.length;
    }

    String peek() {
      return args[at];
    }

    String next() {
      return args[at++];
    }

    /** {@code --course DIR}, {@code --course=DIR} or {@code --verbose}, taken when next. */
    boolean common() {
      return value("--course") || flag("--verbose");
    }

    boolean flag(String name) {
      if (!peek().equals(name)) {
        return false;
      }
      at++;
      failed |= !flags.add(name);
      return true;
    }

    boolean value(String name) {
      String a = peek();
      String value;
      if (a.equals(name)) {
        at++;
        if (!more() || peek().startsWith("-")) {
          failed = true;
          return true;
        }
        value = next();
      } else if (a.startsWith(name + "=")) {
        at++;
        value = a.substring(name.length() + 1);
        if (value.isEmpty()) {
          failed = true;
        }
      } else {
        return false;
      }
      failed |= values.put(name, value) != null;
      return true;
    }
  }
}
