package course.grader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course roster ...}: who the student ids are. */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = "Import the class roster (names, emails, SIS ids) used by the LMS exports.",
    subcommands = {RosterImportCommand.class, RosterTokensCommand.class})
final class RosterCommand implements Runnable {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'course roster import roster.csv'");
  }
}
