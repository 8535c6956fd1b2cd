package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.remote.TokenStore;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit's plain {@code submit} and {@code history} run without picocli ({@link KitFastPath}) and
 * print, byte for byte, what picocli's path prints for the same arguments; every other form still
 * goes to picocli. One real server on loopback, students in child JVMs: each case runs once each
 * way ({@code -Dcourse.cli=picocli} forces picocli), with the loaded classes logged to tell the
 * paths apart.
 */
class KitFastPathTest {
  @TempDir static Path tmp;
  static ServedClass served;

  /** A copy of the kit whose course.yaml names a port where nobody listens. */
  static Path gone;

  @BeforeAll
  static void serve() throws Exception {
    served = new ServedClass(tmp.resolve("class"), List.of("ann", "bob"), "--jobs", "2");
    served.login("ann");
    gone = tmp.resolve("gone");
    CourseRunner.copyTree(served.kit, gone);
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    Files.writeString(
        gone.resolve("course.yaml"),
        Files.readString(served.kit.resolve("course.yaml"))
            .replace(":" + served.port + "\n", ":" + port + "\n"));
    new TokenStore(served.root.resolve("config/ann"))
        .write(URI.create("https://127.0.0.1:" + port), served.tokens.get("ann"));
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  static Path adder(String which) {
    Path exercise = CourseRunner.fixtureCourse().resolve("exercises/adder");
    return (which.equals("solution") ? exercise.resolve("solution") : exercise.resolve(which))
        .resolve("Adder.java");
  }

  /** What one run printed, and whether it loaded any of picocli. */
  record Ran(CourseRunner.Run run, boolean picocli) {}

  static Ran student(String who, boolean forcePicocli, String... args) throws Exception {
    Path classes = Files.createTempFile(tmp, "classes", ".log");
    List<String> jvm = new ArrayList<>(List.of("-Xlog:class+load:file=" + classes));
    if (forcePicocli) {
      jvm.add("-D" + KitFastPath.CLI_PROPERTY + "=picocli");
    }
    CourseRunner.Run run = served.student(who, jvm, "", args);
    List<String> loaded = Files.readAllLines(classes);
    assertThat(loaded).as("the class-load log").anyMatch(l -> l.contains("course.grader.cli.Main"));
    return new Ran(run, loaded.stream().anyMatch(l -> l.contains(" picocli.")));
  }

  /** Runs {@code args} both ways: the fast path loads no picocli and prints what picocli prints. */
  static CourseRunner.Run sameBothWays(String who, String... args) throws Exception {
    Ran slow = student(who, true, args);
    Ran fast = student(who, false, args);
    assertThat(slow.picocli()).as("-Dcourse.cli=picocli loads picocli").isTrue();
    assertThat(fast.picocli()).as("the fast path loads no picocli class: " + fast.run()).isFalse();
    assertThat(fast.run().code()).as(fast.run().toString()).isEqualTo(slow.run().code());
    assertThat(normalised(fast.run().out())).isEqualTo(normalised(slow.run().out()));
    assertThat(withoutStackFrames(fast.run().err()))
        .isEqualTo(withoutStackFrames(slow.run().err()));
    return fast.run();
  }

  /**
   * The second run is the next attempt, and later past the fixture's deadline (by milliseconds; by
   * hours once an hour turns between them).
   */
  static String normalised(String out) {
    return out.replaceAll("\"attempt\":\\d+", "\"attempt\":N")
        .replaceAll("attempt \\d+", "attempt N")
        .replaceAll("\"late_ms\":\\d+", "\"late_ms\":N")
        .replaceAll("late by [^,\\n]*", "late by T");
  }

  /** With --verbose, a stack trace's frames name the path that ran; its first line is the same. */
  static String withoutStackFrames(String err) {
    return err.replaceAll("(?m)^\\t(at |\\.\\.\\. ).*\\n", "");
  }

  @Test
  void aPassingAndAFailingSubmitPrintTheSameReportEitherWay() throws Exception {
    CourseRunner.Run passed =
        sameBothWays("ann", "submit", "adder", adder("solution").toString(), "--verbose");
    assertThat(passed.code()).as(passed.toString()).isZero();
    assertThat(passed.out()).contains("adder · ann: ").contains("Score ");

    // Options anywhere after the verb, --student in its two forms.
    CourseRunner.Run failed =
        sameBothWays(
            "ann", "submit", "--student=ann", "adder", adder("wrong/subtracts").toString());
    assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.out()).contains("FAIL");

    CourseRunner.Run json =
        sameBothWays(
            "ann",
            "submit",
            "adder",
            "--json",
            adder("wrong/subtracts").toString(),
            "--student",
            "someone");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.json().path("student").asText()).isEqualTo("ann");
    assertThat(json.err()).contains("the server graded this as 'ann'");

    CourseRunner.Run history = sameBothWays("ann", "history", "--exercise=adder", "--tests");
    assertThat(history.out()).contains("adder").contains("#3");
    assertThat(sameBothWays("ann", "history", "--json").json()).hasSize(6);
  }

  @Test
  void failuresAreTheSameLineAndExitCodeEitherWay() throws Exception {
    Path missing = tmp.resolve("nowhere/Adder.java");
    CourseRunner.Run noFile = sameBothWays("ann", "submit", "adder", missing.toString());
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("no such file");

    CourseRunner.Run noFileJson =
        sameBothWays("ann", "submit", "adder", missing.toString(), "--json");
    assertThat(noFileJson.json().path("outcome").asText()).isEqualTo("input_error");
    assertThat(noFileJson.json().path("file").asText()).isEqualTo(missing.toString());

    CourseRunner.Run unknown =
        sameBothWays("ann", "submit", "addr", adder("solution").toString(), "--json");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.json().path("outcome").asText()).isEqualTo("input_error");

    CourseRunner.Run notLoggedIn =
        sameBothWays("bob", "submit", "adder", adder("solution").toString());
    assertThat(notLoggedIn.code()).isEqualTo(2);
    assertThat(notLoggedIn.err()).startsWith("course: not logged in to ");

    CourseRunner.Run unreachable =
        sameBothWays(
            "ann",
            "--course",
            gone.toString(),
            "submit",
            "adder",
            adder("solution").toString(),
            "--verbose");
    assertThat(unreachable.code()).isEqualTo(2);
    assertThat(unreachable.err())
        .startsWith("course: cannot reach the grading server")
        .contains("\tat course.grader.");
  }

  @Test
  void otherFormsGoToPicocliAndGetItsUsageErrors() throws Exception {
    String file = adder("solution").toString();
    Ran help = student("ann", false, "submit", "--help");
    assertThat(help.picocli()).isTrue();
    assertThat(help.run().code()).isZero();
    assertThat(help.run().out()).startsWith("Usage: course submit");

    Ran noFiles = student("ann", false, "submit", "adder");
    assertThat(noFiles.picocli()).isTrue();
    assertThat(noFiles.run().code()).isEqualTo(2);
    assertThat(noFiles.run().err())
        .contains("Missing required parameter: 'FILE'")
        .contains("Try 'course submit --help'.");

    Ran bogus = student("ann", false, "submit", "adder", file, "--bogus");
    assertThat(bogus.picocli()).isTrue();
    assertThat(bogus.run().code()).isEqualTo(2);
    assertThat(bogus.run().err()).contains("--bogus").contains("Try 'course submit --help'.");

    // After "--" everything is a parameter, as picocli reads it; nothing is sent for a missing
    // file.
    Ran dashes = student("ann", false, "submit", "--", "adder", tmp.resolve("No.java").toString());
    assertThat(dashes.picocli()).isTrue();
    assertThat(dashes.run().code()).isEqualTo(2);
    assertThat(dashes.run().err()).contains("No.java: no such file");
  }

  @Test
  void onlyThePlainFormsAreReadByHand() {
    assertThat(KitFastPath.parse("submit", "adder", "A.java", "B.java", "--json"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.verb()).isEqualTo(KitFastPath.Verb.SUBMIT);
              assertThat(r.exercise()).isEqualTo("adder");
              assertThat(r.files()).containsExactly(Path.of("A.java"), Path.of("B.java"));
              assertThat(r.json()).isTrue();
              assertThat(r.student()).isNull();
            });
    assertThat(
            KitFastPath.parse(
                "--verbose", "--course=k", "submit", "--student", "ann", "adder", "A.java"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.course()).isEqualTo(Path.of("k"));
              assertThat(r.student()).isEqualTo("ann");
              assertThat(r.verbose()).isTrue();
            });
    assertThat(KitFastPath.parse("history", "--exercise", "adder", "--tests", "--course", "k"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.verb()).isEqualTo(KitFastPath.Verb.HISTORY);
              assertThat(r.exercise()).isEqualTo("adder");
              assertThat(r.tests()).isTrue();
              assertThat(r.course()).isEqualTo(Path.of("k"));
            });
    for (String[] other :
        List.of(
            new String[] {},
            new String[] {"list"},
            new String[] {"--db", "x.db", "submit", "adder", "A.java"},
            new String[] {"submit", "--help"},
            new String[] {"submit", "-h"},
            new String[] {"submit", "-V"},
            new String[] {"submit", "adder"},
            new String[] {"submit", "adder", "A.java", "--bogus"},
            new String[] {"submit", "--", "adder", "A.java"},
            new String[] {"submit", "adder", "@args.txt"},
            new String[] {"submit", "adder", ""},
            new String[] {"submit", "adder", "A.java", "--json", "--json"},
            new String[] {"submit", "adder", "A.java", "--student"},
            new String[] {"submit", "adder", "A.java", "--student", "--json"},
            new String[] {"submit", "adder", "A.java", "--student="},
            new String[] {"submit", "adder", "A.java", "--student=a", "--student=b"},
            new String[] {"--course", "k", "submit", "adder", "A.java", "--course", "k"},
            new String[] {"submit", "adder", "A.java", "--require-sandbox"},
            new String[] {"submit", "adder", "A.java", "--exercise", "adder"},
            new String[] {"history", "adder"},
            new String[] {"history", "--student", "ann"},
            new String[] {"history", "--late-per-day", "10%"},
            new String[] {"--course"},
            new String[] {"--verbose"})) {
      assertThat(KitFastPath.parse(other)).as(String.join(" ", other)).isEmpty();
    }
  }
}
