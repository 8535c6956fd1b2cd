package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole run's wall-clock limit and the process tree, on the fixture exercise {@code looper} (1
 * s per test, 4 s per run, four tests).
 */
class RunLimitsTest {
  @TempDir Path tmp;
  private CourseRunner course;

  @BeforeEach
  void setUp() {
    course = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("gradebook.db"));
  }

  private Path looper(String body) throws IOException {
    return Files.writeString(
        tmp.resolve("Looper.java"),
        "public class Looper {\n  public static int twice(int n) {\n" + body + "\n  }\n}\n");
  }

  /** Test JVMs (and what they started) whose command line names {@code marker}. */
  private static List<ProcessHandle> alive(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains(marker))
        .toList();
  }

  @Test
  void aRunThatHitsItsWallClockLimitIsTimedOutAndUnreportedTestsEarnNothing() throws IOException {
    Path looping = looper("    while (n == n) { n = n ^ 1; }\n    return 0;");
    CourseRunner.Run run =
        course.run("submit", "looper", looping.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("timed_out");
    assertThat(report.get("score").asDouble()).isZero();
    assertThat(report.get("max_score").asDouble()).isEqualTo(4);
    JsonNode tests = report.get("tests");
    assertThat(tests).hasSize(4);
    assertThat(tests.get(0).get("message").asText()).contains("took longer than 1 s");
    tests.forEach(t -> assertThat(t.get("status").asText()).isEqualTo("timed_out"));
    assertThat(tests.get(3).get("message").asText()).contains("whole run");
  }

  @Test
  void processesTheSubmissionStartedAreKilledWithItsJvm() throws Exception {
    // A unique sleep length marks the processes this submission starts.
    String marker = "31" + (System.nanoTime() % 1_000_000);
    Path forking =
        looper(
            "    try { new ProcessBuilder(\"sleep\", \""
                + marker
                + "\").start(); } catch (java.io.IOException e) { }\n"
                + "    while (n == n) { n = n ^ 1; }\n    return 0;");
    // The guard would refuse to start the process: this shows the layers behind it.
    CourseRunner.Run run =
        HostileSubmissionsTest.withoutGuard(
            () ->
                course.run(
                    "submit",
                    "looper",
                    forking.toString(),
                    "--student",
                    "ann",
                    "--json",
                    "--skip-static-check")); // the check would reject ProcessBuilder
    assertThat(run.json().get("outcome").asText()).as(run.toString()).isEqualTo("timed_out");
    // Each test JVM started one sleep; all of them died with their JVM. Killed processes of a
    // sandbox's PID namespace are reaped by the host a moment later: wait for that, boundedly.
    List<ProcessHandle> left = List.of();
    for (int i = 0; i < 100; i++) {
      // Only this JVM's own test JVMs: other builds on the machine may be running theirs.
      left =
          ProcessHandle.current()
              .descendants()
              .filter(p -> p.info().commandLine().orElse("").contains("course.harness.Main"))
              .filter(ProcessHandle::isAlive)
              .toList();
      if (left.isEmpty() && alive("sleep " + marker).isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(alive("sleep " + marker)).isEmpty();
    assertThat(left).isEmpty();
  }
}
