package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import course.grader.remote.RemoteClient;
import course.grader.wire.WireJson;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: the hostile submissions of the sandbox suite ({@code hostile-golden/}), sent through
 * the grading server, are graded exactly as a local {@code course submit} grades them (same
 * outcome, statuses, points and messages), and the server's machine is left as it was. The
 * scenarios that need an in-process switch ({@code args} naming {@code @no-guard}) are local-only.
 */
class ServedHostileTest {
  private static final Path FOLDERS = Path.of("src/test/resources/hostile-golden");

  @TempDir static Path shared;
  static ProbeCourse course;
  static ServedClass served;
  static RemoteClient client;

  @BeforeAll
  static void start() throws Exception {
    course = ProbeCourse.create(shared.resolve("probe"));
    served =
        new ServedClass(
            course.root, "probe", shared.resolve("class"), List.of("mallory"), "--jobs", "2");
    client =
        new RemoteClient(
            URI.create("https://127.0.0.1:" + served.port),
            Optional.of(served.fingerprint),
            Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  static Stream<String> scenarios() throws Exception {
    try (Stream<Path> dirs = Files.list(FOLDERS)) {
      return dirs
          .filter(Files::isDirectory)
          .filter(d -> !Files.exists(d.resolve("args")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theServerGradesItAsALocalSubmitDoes(String name) throws Exception {
    Path submission =
        Files.copy(
            FOLDERS.resolve(name).resolve("Probe.java"),
            Files.createDirectories(shared.resolve("work/" + name)).resolve("Probe.java"));
    JsonNode answer =
        client.post(
            "/api/v1/submit",
            served.tokens.get("mallory"),
            WireJson.text(
                Map.of(
                    "exercise",
                    "probe",
                    "files",
                    List.of(
                        Map.of("name", "Probe.java", "content", Files.readString(submission))))));
    JsonNode remote =
        WireJson.mapper()
            .valueToTree(WireJson.report(WireJson.readReport(answer), "mallory", null, false));
    CourseRunner.Run local =
        new CourseRunner(course.root, shared.resolve("local.db"))
            .run("submit", "probe", submission.toString(), "--student", "mallory", "--json");
    assertThat(local.code()).as(local.toString()).isIn(0, 1);
    assertThat(normalise(remote)).isEqualTo(normalise(local.json()));
    assertThat(served.server.isAlive()).as("the server survives it").isTrue();
    assertThat(served.query("PRAGMA integrity_check")).isEqualTo("ok");
    List<String> left = List.of();
    for (int i = 0; i < 100; i++) {
      left =
          served
              .server
              .descendants()
              .filter(ProcessHandle::isAlive)
              .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
              .toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(left).as("processes the graded run left behind on the server").isEmpty();
  }

  /** Without the attempt (the gradebooks differ) and with run-specific numbers masked. */
  private static JsonNode normalise(JsonNode report) {
    ObjectNode root = report.deepCopy();
    root.remove("attempt");
    // A submit's lateness fields: the same policy on both sides, but the probe has no deadline.
    root.remove(List.of("timeliness", "late_ms", "penalty"));
    String text =
        WireJson.text(root)
            .replaceAll("\\b\\d{5,}\\b", "<n>")
            .replaceAll("@[0-9a-f]{5,}", "@<hash>");
    return WireJson.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
