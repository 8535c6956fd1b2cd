package course.grader.cli;

import course.catalog.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a usage error prints: a misspelled option or command is named as such, with the one
 * known name it most likely meant ("did you mean"), rather than as the option it left missing.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String describe(ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    Optional<String> unknownOption = firstUnknownOption(spec, args);
    if (unknownOption.isPresent()) {
      String option = unknownOption.get();
      return "unknown option "
          + option
          + Nearest.to(option, spec.optionsMap().keySet())
              .map(near -> "; did you mean " + near + "?")
              .orElse("");
    }
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()
        && !spec.subcommands().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      return "unknown command '"
          + word
          + "'"
          + Nearest.to(word, spec.subcommands().keySet())
              .map(near -> "; did you mean '" + near + "'?")
              .orElse("; see '" + spec.qualifiedName() + " --help'");
    }
    return e.getMessage();
  }

  /** The first argument that looks like an option but is none of this command's. */
  private static Optional<String> firstUnknownOption(CommandSpec spec, String[] args) {
    List<String> given = new ArrayList<>(List.of(args));
    int end = given.indexOf("--");
    for (String arg : end < 0 ? given : given.subList(0, end)) {
      if (!arg.startsWith("-") || arg.equals("-") || arg.matches("-\\d.*")) {
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!spec.optionsMap().containsKey(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
