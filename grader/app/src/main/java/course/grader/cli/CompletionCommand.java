package course.grader.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code course completion bash|zsh}: prints a completion script for the shell. picocli writes one
 * script for both: in zsh it loads bashcompinit itself.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a shell completion script for course (bash or zsh).",
    footer = {
      "",
      "Examples:",
      "  source <(course completion bash)      # this shell; add the line to ~/.bashrc to keep it",
      "  course completion zsh > ~/.zsh/_course"
    })
final class CompletionCommand implements Runnable {
  /** The shells the script supports. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("course", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
