package course.grader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course gradebook ...}: instructors' views of the gradebook. */
@Command(
    name = "gradebook",
    mixinStandardHelpOptions = true,
    description = "Show or export the gradebook with a grading policy applied.",
    subcommands = {GradebookExportCommand.class, GradebookShowCommand.class})
final class GradebookCommand implements Runnable {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'course gradebook export'");
  }
}
