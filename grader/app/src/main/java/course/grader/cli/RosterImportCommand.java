package course.grader.cli;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.RosterEntry;
import course.grader.roster.RosterFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code course roster import}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Add or update roster entries from a CSV with a header of id (required) and any of name,"
            + " email, sis_id, section. Students the file does not list keep their entries.",
    footer = {
      "",
      "Example roster.csv:",
      "  id,name,email,sis_id,section",
      "  alice,\"Liddell, Alice\",alice@example.org,S-1001,Mon 10:00",
      "",
      "Examples:",
      "  course roster import roster.csv"
    })
final class RosterImportCommand implements Callable<Integer> {
  @ParentCommand RosterCommand parent;

  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The roster CSV.")
  Path file;

  @Override
  public Integer call() {
    List<RosterEntry> entries = RosterFile.read(file);
    try (Gradebook gradebook = common.openGradebook()) {
      gradebook.importRoster(entries, Instant.now());
    }
    parent.parent.console().out().println("roster: " + entries.size() + " students from " + file);
    return ExitCode.OK;
  }
}
