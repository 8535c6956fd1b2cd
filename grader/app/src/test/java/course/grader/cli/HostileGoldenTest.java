package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import course.grader.judge.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile scenarios whose verdict is the report: one folder per scenario under {@code
 * src/test/resources/hostile-golden/} holds the submission ({@code Probe.java}), an optional {@code
 * args} file and {@code expected.json}, the normalised {@code course submit --json} report. Each
 * runs through the real CLI, a real child JVM in real bubblewrap and a real SQLite gradebook, all
 * scenarios sharing one {@link ProbeCourse}; after each, nothing outside the run changed (see
 * {@link ProbeCourse#assertUntouched}). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then review the diff. The folder's README.md lists the {@code args} words and the
 * normalisation rules.
 */
class HostileGoldenTest {
  private static final Path FOLDERS = Path.of("src/test/resources/hostile-golden");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static ProbeCourse course;
  private static ServerSocket listener;

  @BeforeAll
  static void course() throws Exception {
    course = ProbeCourse.create(shared);
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @AfterAll
  static void closeListener() throws IOException {
    if (listener != null) {
      listener.close();
    }
  }

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(FOLDERS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theScenarioIsGradedAsItsExpectedReportSaysAndNothingElseChanges(String name)
      throws Exception {
    Path folder = FOLDERS.resolve(name);
    Path submission = Files.copy(folder.resolve("Probe.java"), tmp.resolve("Probe.java"));
    List<String> cli =
        new ArrayList<>(
            List.of(
                "submit",
                "probe",
                submission.toString(),
                "--student",
                "mallory",
                "--json",
                "--skip-static-check"));
    List<String> switches = new ArrayList<>();
    Path args = folder.resolve("args");
    if (Files.exists(args)) {
      for (String word : Files.readAllLines(args)) {
        if (word.isBlank()) {
          continue;
        }
        if (word.startsWith("@")) {
          switches.add(word.strip());
        } else {
          cli.add(word.strip());
        }
      }
    }
    CourseRunner.Run run =
        withSwitches(
            switches,
            () -> new CourseRunner(course.root, course.db).run(cli.toArray(String[]::new)));
    assertThat(run.out().length() + run.err().length())
        .as("the grader's own output stays small: " + run)
        .isLessThan(64 * 1024);
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
    String actual = JSON.writeValueAsString(normalise(run.json())) + "\n";

    Path expectedFile = folder.resolve("expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile)
        .as("no %s; run with -Dgolden.update=true and review it", expectedFile)
        .exists();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!expected.equals(actual)) {
      throw new AssertionError(mismatch(folder, submission, expected, actual, run));
    }
    course.assertUntouched(listener);
  }

  /**
   * The report without its lateness fields and without what varies between runs: {@code attempt}
   * (the gradebook is shared, so it depends on order) becomes {@code "<attempt>"}; in every message
   * and diagnostic, line endings become {@code \n}, this run's temporary folders become {@code
   * <tmp>} and {@code <course>}, an identity hash after {@code @} (e.g. an unnamed module's)
   * becomes {@code @<hash>}, and a number of five or more digits (a PID, a byte count) becomes
   * {@code <n>}.
   */
  private ObjectNode normalise(JsonNode report) {
    ObjectNode root = report.deepCopy();
    if (root.has("attempt")) {
      root.put("attempt", "<attempt>");
    }
    // A submit's lateness (issue 18): the probe has no deadline; not what these scenarios test.
    root.remove(List.of("timeliness", "late_ms", "penalty"));
    for (String list : List.of("tests", "diagnostics")) {
      if (root.has(list)) {
        for (JsonNode item : root.get(list)) {
          ObjectNode node = (ObjectNode) item;
          for (String field : List.of("message", "file")) {
            if (node.hasNonNull(field) && node.get(field).isTextual()) {
              node.set(field, new TextNode(text(node.get(field).asText())));
            }
          }
        }
      }
    }
    return root;
  }

  private String text(String s) {
    return s.replace("\r\n", "\n")
        .replace(tmp.toString(), "<tmp>")
        .replace(course.root.toString(), "<course>")
        .replace(shared.toString(), "<tmp>")
        .replaceAll("@[0-9a-f]{5,}", "@<hash>")
        .replaceAll("\\b\\d{5,}\\b", "<n>");
  }

  private static String mismatch(
      Path folder, Path submission, String expected, String actual, CourseRunner.Run run)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("scenario ")
        .append(folder)
        .append(" differs from expected.json (run with -Dgolden.update=true if intended)\n");
    b.append("--- submission (first lines)\n");
    Files.readAllLines(submission).stream()
        .filter(l -> !l.startsWith("import "))
        .limit(20)
        .forEach(l -> b.append("  ").append(l).append('\n'));
    b.append("--- diff (- expected, + actual)\n");
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String el = i < e.size() ? e.get(i) : null;
      String al = i < a.size() ? a.get(i) : null;
      if (el != null && el.equals(al)) {
        b.append("  ").append(el).append('\n');
      } else {
        if (el != null) {
          b.append("- ").append(el).append('\n');
        }
        if (al != null) {
          b.append("+ ").append(al).append('\n');
        }
      }
    }
    b.append("--- run\n").append(run.toString(), 0, Math.min(run.toString().length(), 4000));
    return b.toString();
  }

  private static <T> T withSwitches(List<String> switches, java.util.concurrent.Callable<T> body)
      throws Exception {
    List<String> properties = new ArrayList<>();
    for (String s : switches) {
      switch (s) {
        case "@no-guard" -> properties.add(Sandbox.WEAKEN_GUARD);
        case "@writable-tmp" -> properties.add(Sandbox.WEAKEN_TMP);
        default -> throw new IllegalArgumentException("unknown switch " + s + " in args");
      }
    }
    properties.forEach(p -> System.setProperty(p, "true"));
    try {
      return body.call();
    } finally {
      properties.forEach(System::clearProperty);
    }
  }
}
