package course.grader.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A sandboxed test JVM ended just after it was started (a spare no longer wanted: the server
 * stopping, the pool full) leaves no process behind. Killing the sandbox at once could catch
 * bubblewrap between its forks: its outer process killed after forking the inner one but before a
 * look at its children found it, so the inner one lived on as a child of init, waiting forever.
 * Real bubblewrap, real JVMs.
 */
class RetiredSpareTest {
  @Test
  void sparesEndedJustAfterTheirStartLeaveNoProcessAnywhere() throws Exception {
    Sandbox sandbox = Sandbox.detect();
    assertThat(sandbox.available()).as("needs bubblewrap; .ci/run installs it").isTrue();
    HarnessLibrary library = HarnessLibrary.locate();
    ChildRun.Settings shape =
        new ChildRun.Settings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(8),
            "128m",
            library.javaHome(),
            List.of(),
            library.jars(),
            null,
            null,
            null,
            sandbox,
            List.of("NoSuchTest"),
            Set.of(),
            List.of(),
            Set.of(),
            null);
    List<String> folders = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      SpareRuns.Spare spare = SpareRuns.start(shape, false);
      folders.add(spare.folder().path().toString());
      // Ended at once or a few milliseconds in: the window in which the sandbox forks.
      if (i % 3 != 0) {
        TimeUnit.MILLISECONDS.sleep(i % 7);
      }
      spare.discard();
    }
    List<String> left = List.of();
    for (int i = 0; i < 300; i++) {
      left =
          ProcessHandle.allProcesses()
              .filter(ProcessHandle::isAlive)
              .filter(
                  p -> {
                    String line = p.info().commandLine().orElse("");
                    return folders.stream().anyMatch(line::contains);
                  })
              .map(
                  p ->
                      p.pid()
                          + " (parent "
                          + p.parent().map(ProcessHandle::pid).orElse(-1L)
                          + ") "
                          + p.info().commandLine().orElse("?"))
              .toList();
      if (left.isEmpty()) {
        break;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(left).as("processes of ended spares still alive after 30 s").isEmpty();
  }
}
