package course.grader.cli;

import course.catalog.CourseException;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Sandbox;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --require-sandbox} for every command that runs student code (grade, regrade, check), and
 * the one rule they all follow: in bubblewrap when the machine has it, otherwise a loud warning on
 * every run, or a refusal when the option or the course's {@code course.yaml} asks for the sandbox.
 */
final class SandboxChoice {
  @Option(
      names = "--require-sandbox",
      description =
          "Refuse to grade when bubblewrap (bwrap) is missing, instead of warning. Default: the"
              + " course's course.yaml (grader: require_sandbox).")
  boolean requireSandbox;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The judge for this command's options. */
  Judge judge(Common common) {
    return judge(common, requireSandbox, spec.commandLine().getErr());
  }

  /**
   * A judge that runs tests in the sandbox. Without bubblewrap it says so on {@code err}, every
   * run, or refuses (exit 2) when {@code require} or the course's {@code course.yaml} asks for it.
   */
  static Judge judge(Common common, boolean require, PrintWriter err) {
    Sandbox sandbox = Sandbox.detect();
    if (!sandbox.available()) {
      boolean required = require || CourseConfig.read(common.root()).requireSandbox();
      String why = sandbox.missingReason();
      if (required) {
        throw CourseException.input(
            why
                + ", and this course requires the sandbox; install the package bubblewrap (e.g."
                + " apt-get install bubblewrap)");
      }
      err.println(
          "course: WARNING: "
              + why
              + ": the tests run WITHOUT A SANDBOX and student code can read and write"
              + " whatever you can (gradebook included) and use the network; install the"
              + " package bubblewrap, or pass --require-sandbox to refuse");
      err.flush();
    }
    return new Judge(HarnessLibrary.locate(), sandbox);
  }
}
