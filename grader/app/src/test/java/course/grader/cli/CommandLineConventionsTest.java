package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** picocli conventions through the real CLI: completion, help, "did you mean", clean usage. */
final class CommandLineConventionsTest {
  @TempDir Path tmp;

  private CourseRunner.Run bare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(false).run(new PrintWriter(out), new PrintWriter(err), args);
    return new CourseRunner.Run(code, out.toString(), err.toString());
  }

  private CourseRunner course() {
    return new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
  }

  /** Every command's qualified name, e.g. "gradebook show", hidden ones included. */
  private static List<String> everyCommand() {
    List<String> names = new ArrayList<>();
    collect(CourseCommand.commandLine(null, null), names);
    return names;
  }

  private static void collect(CommandLine command, List<String> names) {
    for (CommandLine sub : command.getSubcommands().values()) {
      String name = sub.getCommandSpec().qualifiedName(" ").replaceFirst("^course ", "");
      if (!names.contains(name)) {
        names.add(name);
        collect(sub, names);
      }
    }
  }

  @Test
  void noHelpOfAnyCommandPrintsAPicocliWarning() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    List<String> helps = new ArrayList<>();
    try {
      helps.add(bare("--help").out());
      for (String command : everyCommand()) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CourseRunner.Run run = bare(args.toArray(String[]::new));
        assertThat(run.code()).as(command).isZero();
        helps.add(run.out() + run.err());
      }
    } finally {
      System.setErr(original);
    }
    String everything = String.join("\n", helps) + captured.toString(StandardCharsets.UTF_8);
    assertThat(everything).doesNotContain("[picocli WARN]").doesNotContain("Could not format");
    assertThat(helps.size()).isGreaterThan(10);
  }

  @Test
  void theTopLevelUsageShowsTheGlobalOptions() {
    assertThat(bare("--help").out())
        .contains("--course=DIR")
        .contains("--db=PATH")
        .contains("--verbose");
  }

  @Test
  void helpCommandPrintsTheCommandsUsage() {
    CourseRunner.Run run = bare("help", "submit");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: course submit").contains("--student");
  }

  @Test
  void completionPrintsABashScriptThatKnowsTheCommandsAndTheirOptions() {
    for (String shell : List.of("bash", "zsh")) {
      CourseRunner.Run run = bare("completion", shell);
      assertThat(run.code()).as(run.toString()).isZero();
      assertThat(run.out())
          .contains("complete -F")
          .contains("_picocli_course")
          .contains("gradebook")
          .contains("--student");
    }
    assertThat(bare("completion", "fish").code()).isEqualTo(ExitCode.INPUT);
  }

  @Test
  void aStudentsCommandBuildsOnlyItsOwnVerbAndEveryOtherCommandLineAllOfThem() {
    assertThat(CourseCommand.commandLine(null, "submit").getSubcommands().keySet())
        .containsExactly("submit");
    assertThat(CourseCommand.commandLine(null, "history").getSubcommands().keySet())
        .containsExactly("history");
    List<String> all = List.copyOf(CourseCommand.commandLine(null, null).getSubcommands().keySet());
    assertThat(all).hasSize(CourseCommand.VERBS.size()).contains("submit", "gradebook", "help");
    assertThat(CourseCommand.commandLine(null, "help").getSubcommands().keySet())
        .containsExactlyElementsOf(all);
    assertThat(CourseCommand.commandLine(null, "--help").getSubcommands().keySet())
        .containsExactlyElementsOf(all);
    // The one-verb command line parses and helps as the whole one does.
    CourseRunner.Run help = bare("submit", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: course submit ");
    CourseRunner.Run missing = bare("submit");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Try 'course submit --help'.");
  }

  @Test
  void aMisspelledCommandGetsOneSuggestion() {
    CourseRunner.Run run = bare("lst");
    assertThat(run.code()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("course: unknown command 'lst'; did you mean 'list'?");
    CourseRunner.Run nested = bare("gradebook", "shwo");
    assertThat(nested.err()).contains("unknown command 'shwo'; did you mean 'show'?");
  }

  @Test
  void aMisspelledOptionIsNamedAsSuchNotAsTheOptionItLeftMissing() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    CourseRunner.Run run = course().run("submit", "adder", file.toString(), "--studnet", "ann");
    assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err())
        .contains("course: unknown option --studnet; did you mean --student?")
        .doesNotContain("Missing required");
  }

  @Test
  void aMisspelledExerciseGetsOneSuggestion() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    CourseRunner.Run run = course().run("test", "addr", file.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("unknown exercise 'addr'; did you mean 'adder'?");
  }

  @Test
  void theReadmeListsExactlyTheCommandsOfCourseHelp() throws IOException {
    String readme = Files.readString(CourseRunner.realCourse().resolve("README.md"));
    Matcher block =
        Pattern.compile("## Command line\\s+```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).isTrue();
    Set<String> documented = new TreeSet<>();
    Matcher verb = Pattern.compile("(?m)^course ([a-z]+)").matcher(block.group(1));
    while (verb.find()) {
      documented.add(verb.group(1));
    }
    Set<String> listed = new TreeSet<>();
    Matcher line =
        Pattern.compile("(?m)^  ([a-z]+)  ").matcher(bare("--help").out().split("Commands:")[1]);
    while (line.find()) {
      listed.add(line.group(1));
    }
    assertThat(documented).isEqualTo(listed);
  }

  @Test
  void aCommandLineNamingAVerbBuildsThatVerbsModelOnlyAndTheRestBuildEveryVerb() {
    Console console = new Console(new PrintWriter(new StringWriter()), false);
    assertThat(CourseCommand.commandLine(console, "build").getSubcommands().keySet())
        .containsExactly("build");
    assertThat(CourseCommand.commandLine(console, "gradebook").getSubcommands().get("gradebook"))
        .satisfies(g -> assertThat(g.getSubcommands().keySet()).contains("show", "export"));
    int every = CourseCommand.VERBS.size();
    for (String first : new String[] {"help", "completion", "biuld", "--help", null}) {
      assertThat(CourseCommand.commandLine(console, first).getSubcommands())
          .as(String.valueOf(first))
          .hasSize(every);
    }
    // The same usage error for a verb's own options either way.
    CourseRunner.Run run = bare("build", "--bogus");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--bogus").contains("Try 'course build --help'.");
  }
}
