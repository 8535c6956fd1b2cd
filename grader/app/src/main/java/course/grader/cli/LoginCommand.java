package course.grader.cli;

import course.catalog.CourseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code course login}: a student kit asks once for the student's token and keeps it. */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description =
        "Store the token your instructor gave you for the course's grading server (student kit).",
    footer = {
      "",
      "Asks for the token (or reads one line from standard input), checks it with the server,",
      "and keeps it in your config folder (~/.config/course), readable by you only.",
      "",
      "Example:",
      "  ./course login"
    })
final class LoginCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Override
  public Integer call() {
    Remote remote =
        Remote.of(common)
            .orElseThrow(
                () ->
                    CourseException.input(
                        common.root().resolve(CourseConfig.FILE)
                            + ": names no grading server; 'course login' is for a student kit"
                            + " (ask your instructor for one)"));
    String token = readToken().strip();
    if (token.isEmpty()) {
      throw CourseException.input("no token given; paste the token your instructor gave you");
    }
    if (!course.grader.server.Tokens.wellFormed(token)) {
      throw CourseException.input(
          "that is not a course token (43 letters, digits, - and _); paste it whole");
    }
    String student = remote.whoami(token);
    Path file = remote.tokens().write(remote.server(), token);
    parent
        .console()
        .out()
        .println(
            "logged in to "
                + remote.server()
                + " as "
                + student
                + "; token kept in "
                + file
                + " (readable by you only)");
    return ExitCode.OK;
  }

  private static String readToken() {
    java.io.Console terminal = System.console();
    if (terminal != null) {
      char[] typed = terminal.readPassword("Token (from your instructor): ");
      return typed == null ? "" : new String(typed);
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw CourseException.input("cannot read the token from standard input (" + e + ")");
    }
  }
}
