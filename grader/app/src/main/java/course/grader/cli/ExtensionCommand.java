package course.grader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course extension ...}: per-student deadline extensions. */
@Command(
    name = "extension",
    mixinStandardHelpOptions = true,
    description = "Grant and list per-student deadline extensions.",
    subcommands = {ExtensionGrantCommand.class, ExtensionListCommand.class})
final class ExtensionCommand implements Runnable {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'course extension list'");
  }
}
