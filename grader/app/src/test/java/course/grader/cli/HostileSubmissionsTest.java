package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Sandbox;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.TestStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real hostile submission per threat, through the real CLI ({@code Cli.run}), a real child JVM
 * in real bubblewrap and a real SQLite gradebook. Each asserts the recorded verdict and that
 * nothing escaped: no marker file outside the sandbox, nothing reached a loopback listener, the
 * other student's rows are unchanged and the file passes {@code PRAGMA integrity_check}, no process
 * is left behind, and the grader's own output stays small.
 *
 * <p>Every run passes {@code --skip-static-check}: these test the runtime layer on its own.
 *
 * <p>The exercise: {@code Probe.attack()} runs the hostile code in the first visible test, which
 * passes only if it returns "ok"; three more tests (1 visible, 2 hidden, 4 points) check {@code
 * Probe.add}. An honest submission scores 5; a contained attack that only loses its own test, 4.
 */
class HostileSubmissionsTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path courseRoot;
  private static Path db;
  private static List<String> bystander;
  private static ServerSocket listener;

  private String id;
  private Path hostMarker;
  private Path hostTmpMarker;
  private Path homeMarker;
  private Path courseMarker;

  private static final String SECRET = "SECRET-SOURCE-7f3a";

  @BeforeAll
  static void course() throws IOException, SQLException {
    assertThat(Sandbox.detect().available())
        .as("these tests need bubblewrap (bwrap) on the PATH; .ci/run installs it")
        .isTrue();
    courseRoot = shared.resolve("course");
    Path ex = Files.createDirectories(courseRoot.resolve("exercises/probe"));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Probe\nsubmit: [Probe.java]\ntimeout: 3s\nrun_timeout: 40s\n"
            + "memory: 64m\n---\nProbe.\n");
    Files.createDirectories(ex.resolve("starter"));
    Files.createDirectories(ex.resolve("solution"));
    Files.writeString(ex.resolve("starter/Probe.java"), probe("return \"ok\";", "", "a + b"));
    Files.writeString(ex.resolve("solution/Probe.java"), probe("return \"ok\";", "", "a + b"));
    Files.createDirectories(ex.resolve("tests"));
    Files.writeString(
        ex.resolve("tests/ProbeTest.java"),
        """
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class ProbeTest {
          @Test
          void a_attack() throws Throwable {
            assertEquals("ok", Probe.attack());
          }

          @Test
          void b_adds() {
            assertEquals(5, Probe.add(2, 3));
          }
        }
        """);
    Files.createDirectories(ex.resolve("hidden"));
    Files.writeString(
        ex.resolve("hidden/ProbeHiddenTest.java"),
        """
        // SECRET-SOURCE-7f3a: the source of hidden tests must never reach a submission.
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import course.api.Points;
        import org.junit.jupiter.api.Test;

        class ProbeHiddenTest {
          @Test
          @Points(2)
          void h_adds() {
            assertEquals(7, Probe.add(3, 4));
          }

          @Test
          void h_negative() {
            assertEquals(-1, Probe.add(2, -3));
          }
        }
        """);
    db = shared.resolve("gradebook.db");
    CourseRunner.Run honest =
        new CourseRunner(courseRoot, db)
            .run(
                "submit",
                "probe",
                ex.resolve("solution/Probe.java").toString(),
                "--student",
                "bystander",
                "--skip-static-check"); // the probe template imports what attacks need
    assertThat(honest.code()).as(honest.toString()).isZero();
    bystander = bystanderRows();
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @AfterAll
  static void closeListener() throws IOException {
    if (listener != null) {
      listener.close();
    }
  }

  @BeforeEach
  void markers() {
    id = UUID.randomUUID().toString();
    hostMarker = tmp.resolve("escaped-" + id);
    hostTmpMarker = Path.of(System.getProperty("java.io.tmpdir"), "course-escape-" + id);
    homeMarker = Path.of(System.getProperty("user.home"), "course-escape-" + id);
    courseMarker = courseRoot.resolve("escape-" + id);
  }

  // ---- honest code still gets full marks inside the sandbox ----

  // ---- exits ----

  // ---- time ----

  // ---- memory, stack, threads, processes ----

  @Test
  void aBackgroundProcessStartedWithExecDiesWithTheRun() throws Exception {
    // The sandbox alone (no guard): starting a process works but nothing outlives the run.
    JsonNode report =
        withoutGuard(
            () ->
                submit(
                    """
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            new ProcessBuilder(java, "-Xmx16m", "-cp", cp, "Sleeper")
                .redirectErrorStream(true)
                .start();
            return "ok";
            """,
                    "",
                    "a + b",
                    """
            class Sleeper {
              public static void main(String[] args) throws Exception {
                try {
                  Files.writeString(Path.of("%s"), "x");
                } catch (Exception e) {
                  // contained
                }
                Thread.sleep(Long.MAX_VALUE);
              }
            }
            """
                        .formatted(hostMarker)));
    // Starting a process is allowed by the sandbox; what matters is that it does not outlive
    // the run (checked with every test) and sees nothing of the host.
    assertVerdict(report, "graded", "passed", 5);
  }

  // ---- files ----

  @Test
  void writesToTmpHomeAndTheCourseNeverReachTheHost() throws Exception {
    JsonNode report =
        withoutGuard(
            () ->
                submit(
                    """
            for (String p : new String[] {"%s", "%s", "%s", "%s",
                System.getProperty("user.home") + "/course-escape-%s", "/tmp/course-escape-%s"}) {
              try {
                Files.writeString(Path.of(p), "escaped");
              } catch (Exception e) {
                // denied or private
              }
            }
            return "ok";
            """
                        .formatted(hostMarker, hostTmpMarker, homeMarker, courseMarker, id, id)));
    assertVerdict(report, "graded", "passed", 5);
  }

  @Test
  void aHugeFileInTheTempFolderHitsTheFileSizeCap() throws Exception {
    // Only reachable with two layers taken away: no guard, and a writable temp folder.
    JsonNode report =
        withoutGuard(
            () ->
                withWritableTmp(
                    () ->
                        submit(
                            """
            byte[] mb = new byte[1 << 20];
            try (OutputStream out = new FileOutputStream("/tmp/big")) {
              for (int i = 0; i < 64; i++) {
                out.write(mb);
              }
            }
            return "wrote 64 MiB";
            """)));
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).contains("File too large");
  }

  @Test
  void hiddenTestSourcesExistNowhereInTheSandbox() throws Exception {
    JsonNode report =
        submit(
            """
            List<String> found = new ArrayList<>();
            for (String root : new String[] {"/", "/course", "/tmp", "%s", "%s"}) {
              try (var walk = Files.walk(Path.of(root), 6)) {
                walk.filter(p -> p.toString().endsWith(".java")
                        || p.toString().endsWith("exercise.md"))
                    .filter(p -> !p.startsWith("/usr") && !p.startsWith("/dev"))
                    .forEach(p -> found.add(p.toString()));
              } catch (Exception e) {
                // not there
              }
            }
            try {
              found.add(Files.readString(Path.of("%s")));
            } catch (Exception e) {
              // not there
            }
            return found.isEmpty() ? "ok" : String.join(" ", found);
            """
                .formatted(
                    courseRoot,
                    courseRoot.resolve("exercises/probe"),
                    courseRoot.resolve("exercises/probe/hidden/ProbeHiddenTest.java")));
    assertVerdict(report, "graded", "passed", 5);
    assertThat(report.toString()).doesNotContain(SECRET);
  }

  @Test
  void theGradebookCannotBeReadOrWritten() throws Exception {
    JsonNode report =
        withoutGuard(
            () ->
                submit(
                    """
            try {
              return "read " + Files.readAllBytes(Path.of("%s")).length + " bytes";
            } catch (IOException e) {
              // not there
            }
            try (RandomAccessFile f = new RandomAccessFile("%s", "rw")) {
              f.write(new byte[4096]);
              return "wrote it";
            } catch (IOException e) {
              return "ok";
            }
            """
                        .formatted(db, db)));
    assertVerdict(report, "graded", "passed", 5);
  }

  @Test
  void theCompiledTestsCannotBeReplacedBeforeARestart() throws Exception {
    JsonNode report =
        submit(
            """
            try (var files = Files.list(Path.of(System.getProperty("java.class.path")))) {
              for (Path p : files.toList()) {
                try {
                  Files.write(p, new byte[] {0});
                } catch (Exception e) {
                  // read-only
                }
                try {
                  Files.delete(p);
                } catch (Exception e) {
                  // read-only
                }
              }
            } catch (Exception e) {
              // nothing to list
            }
            while (true) { }
            """,
            "", "a - b");
    // The loop forces a restart that loads the test classes again: they are intact, so the wrong
    // add() fails every test on its merits.
    assertVerdict(report, "graded", "timed_out", 0);
    assertThat(report.get("tests"))
        .filteredOn(t -> !t.get("name").asText().equals("a_attack()"))
        .allMatch(t -> t.get("status").asText().equals("failed"));
  }

  // ---- network ----

  @Test
  void theNetworkIsUnreachable() throws Exception {
    JsonNode report =
        withoutGuard(
            () ->
                submit(
                    """
            try (Socket s = new Socket()) {
              s.connect(new InetSocketAddress("127.0.0.1", %d), 1000);
              s.getOutputStream().write("leak".getBytes());
              return "connected";
            } catch (IOException e) {
              return "ok";
            }
            """
                        .formatted(listener.getLocalPort())));
    assertVerdict(report, "graded", "passed", 5);
  }

  // ---- forging results ----

  @Test
  void stoppingAndInterruptingEveryThreadIsNeverAPass() throws Exception {
    JsonNode report =
        submit(
            """
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
              root = root.getParent();
            }
            Thread[] all = new Thread[256];
            int n = root.enumerate(all, true);
            for (int i = 0; i < n; i++) {
              if (all[i] != Thread.currentThread()) {
                all[i].interrupt();
                try {
                  all[i].stop();
                } catch (Throwable e) {
                  // refused
                }
              }
            }
            Thread.currentThread().stop();
            return "ok";
            """);
    assertThat(attack(report).get("status").asText()).isNotEqualTo("passed");
    assertThat(report.get("score").asDouble()).isLessThanOrEqualTo(4);
    assertContained();
  }

  private static final String REFLECT_INTO_HARNESS =
      """
      Class<?> reporter = Class.forName("course.harness.Reporter");
      java.lang.reflect.Field channel = reporter.getDeclaredField("channel");
      channel.setAccessible(true);
      return "got the channel";
      """;

  @Test
  void reflectionCannotReachTheChannelKey() throws Exception {
    // The guard: no setAccessible for student code at all.
    JsonNode report = submit(REFLECT_INTO_HARNESS);
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText())
        .contains("AccessControlException", "suppressAccessChecks");
    // Without the guard, the harness module's encapsulation still holds.
    report = withoutGuard(() -> submit(REFLECT_INTO_HARNESS));
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).contains("InaccessibleObjectException");
  }

  private static final String UNSAFE =
      """
      Class<?> unsafe = Class.forName("sun.misc.Unsafe");
      java.lang.reflect.Field f = unsafe.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return "got " + f.get(null);
      """;

  @Test
  void sunMiscUnsafeDoesNotExist() throws Exception {
    JsonNode report = submit(UNSAFE);
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText())
        .contains("AccessControlException", "accessClassInPackage.sun.misc");
    report = withoutGuard(() -> submit(UNSAFE));
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).contains("ClassNotFoundException");
  }

  @Test
  void heapDumpsAndTheAttachApiDoNotExist() throws Exception {
    JsonNode report =
        submit(
            """
            for (String name : new String[] {
                "com.sun.management.HotSpotDiagnosticMXBean",
                "com.sun.tools.attach.VirtualMachine",
                "java.lang.instrument.Instrumentation",
                "com.sun.jdi.VirtualMachine"}) {
              try {
                Class.forName(name);
                return "found " + name;
              } catch (ClassNotFoundException e) {
                // absent
              }
            }
            return "ok";
            """);
    assertVerdict(report, "graded", "passed", 5);
  }

  private static final String WRITE_AND_LOAD =
      """
      byte[] elf = new byte[4096];
      elf[0] = 0x7f; elf[1] = 'E'; elf[2] = 'L'; elf[3] = 'F';
      Files.write(Path.of("/tmp/evil.so"), elf);
      System.load("/tmp/evil.so");
      return "loaded";
      """;

  @Test
  void nothingCanBeWrittenToTheTempFolderToLoadFromIt() throws Exception {
    JsonNode report = submit(WRITE_AND_LOAD);
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText())
        .contains("AccessControlException", "/tmp/evil.so");
    // Without the guard the file system is read-only.
    report = withoutGuard(() -> submit(WRITE_AND_LOAD));
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).contains("Read-only file system");
  }

  @Test
  void onTheFullJdkWithLimitedModulesUnsafeHeapDumpsAndAttachAreAbsentToo() throws Exception {
    // No trimmed runtime beside this archive path: the child runs on the grader's JDK with
    // --limit-modules, the fallback when jlink could not write the runtime.
    HarnessLibrary fallback = HarnessLibrary.locate().withArchive(tmp.resolve("none.jsa"));
    Path file = tmp.resolve("Probe.java");
    Files.writeString(
        file,
        probe(
            """
            for (String name : new String[] {
                "sun.misc.Unsafe",
                "com.sun.management.HotSpotDiagnosticMXBean",
                "com.sun.tools.attach.VirtualMachine"}) {
              try {
                Class.forName(name);
                return "found " + name;
              } catch (ClassNotFoundException | SecurityException e) {
                // absent, or its package closed to student code
              }
            }
            return "ok";
            """,
            "",
            "a + b"));
    Exercise probe = Catalog.load(courseRoot).exercise("probe");
    GradeReport report =
        new Judge(fallback, Sandbox.detect())
            .withoutStaticCheck()
            .grade(probe, List.of(file), Judge.Suite.ALL);
    assertThat(report.outcome()).isEqualTo(Outcome.GRADED);
    assertThat(report.tests()).allMatch(t -> t.status() == TestStatus.PASSED);
    assertNoProcessLeft();
  }

  // ---- output ----

  @Test
  void floodingSystemOutIsTruncatedWithAMarker() throws Exception {
    JsonNode report =
        submit(
            """
            String mb = "x".repeat(1 << 20);
            for (int i = 0; i < 64; i++) {
              System.out.print(mb);
            }
            return "ok";
            """);
    assertVerdict(report, "graded", "passed", 5);
    assertThat(storedOutput("a_attack()")).endsWith("[output truncated]").hasSizeLessThan(4001);
  }

  // ---- compile time ----

  @Test
  void anExtraTopLevelClassNamedLikeTheHiddenTestsDoesNotCompile() throws Exception {
    JsonNode report =
        submit(
            "return \"ok\";",
            "",
            "a + b",
            """
            class ProbeHiddenTest {
              @org.junit.jupiter.api.Test
              void h_adds() {}
            }
            """);
    assertThat(report.get("outcome").asText()).isEqualTo("compile_error");
    assertThat(report.get("score").asDouble()).isZero();
    assertThat(report.get("tests")).isEmpty();
    assertContained();
  }

  // ---- helpers ----

  // ---- the scenarios whose whole expectation is the report: golden folders ----

  /** The folders under {@code hostile-golden/}: a submission each, with its expected report. */
  static Stream<String> goldenScenarios() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(goldenRoot())) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * One folder of {@code src/test/resources/hostile-golden/}: its {@code Probe.java} (with
   * {@code @HOST_MARKER@} and the like for the paths this run checks) is submitted, its report
   * normalised ({@link #normalised}) and compared with {@code expected.json}, and nothing may have
   * escaped. {@code -Dgolden.update=true} rewrites the expected files from the runs.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenScenarios")
  void goldenScenario(String scenario) throws Exception {
    Path dir = goldenRoot().resolve(scenario);
    String source =
        Files.readString(dir.resolve("Probe.java"))
            .replace("@HOST_MARKER@", hostMarker.toString())
            .replace("@HOST_TMP_MARKER@", hostTmpMarker.toString())
            .replace("@HOME_MARKER@", homeMarker.toString())
            .replace("@COURSE_MARKER@", courseMarker.toString());
    String actual = normalised(submitSource(source));
    Path expected = Path.of("src/test/resources/hostile-golden", scenario, "expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual);
    }
    assertThat(expected).as(scenario + ": run with -Dgolden.update=true to write it").exists();
    assertThat(actual)
        .as(scenario + " (" + Files.readString(dir.resolve("README.md")).strip() + ")\n" + lastRun)
        .isEqualTo(Files.readString(expected));
    assertContained();
  }

  private static Path goldenRoot() throws URISyntaxException {
    return Path.of(HostileSubmissionsTest.class.getResource("/hostile-golden").toURI());
  }

  /**
   * The parts of a report that must not change from run to run, as pretty JSON: outcome, score,
   * maximum, and per test its name, status, points and the first line of its message with digits as
   * {@code #} (sizes and addresses vary), cut at 120 characters. Durations, hashes and paths are
   * left out.
   */
  static String normalised(JsonNode report) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("outcome", report.get("outcome").asText());
    out.put("score", report.get("score").asDouble());
    out.put("max_score", report.get("max_score").asDouble());
    ArrayNode tests = out.putArray("tests");
    for (JsonNode t : report.get("tests")) {
      ObjectNode test = tests.addObject();
      test.put("name", t.get("name").asText());
      test.put("status", t.get("status").asText());
      test.put("points", t.get("points").asDouble());
      String first =
          t.get("message").asText().lines().findFirst().orElse("").replaceAll("[0-9]+", "#");
      test.put("message", first.length() > 120 ? first.substring(0, 120) : first);
      if (first.length() > 120) {
        // A long message's length shows where the grader cut it (a huge message is cut to 500).
        test.put("message_length", t.get("message").asText().length());
      }
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
  }

  private JsonNode submitSource(String source) throws Exception {
    Path file = tmp.resolve("Probe.java");
    Files.writeString(file, source);
    return submitFile(file);
  }

  private JsonNode submit(String attack) throws Exception {
    return submit(attack, "", "a + b");
  }

  private JsonNode submit(String attack, String members, String add) throws Exception {
    return submit(attack, members, add, "");
  }

  private JsonNode submit(String attack, String members, String add, String extra)
      throws Exception {
    Path file = tmp.resolve("Probe.java");
    Files.writeString(file, probe(attack, members, add) + extra);
    return submitFile(file);
  }

  private JsonNode submitFile(Path file) throws Exception {
    CourseRunner.Run run =
        new CourseRunner(courseRoot, db)
            .run(
                "submit",
                "probe",
                file.toString(),
                "--student",
                "mallory",
                "--json",
                "--skip-static-check");
    lastRun = run;
    assertThat(run.out().length() + run.err().length())
        .as("the grader's own output stays small: " + run)
        .isLessThan(64 * 1024);
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
    return run.json();
  }

  private CourseRunner.Run lastRun;

  /**
   * Runs {@code body} with the harness's guard (security manager) turned off: other layers only.
   */
  static <T> T withoutGuard(java.util.concurrent.Callable<T> body) throws Exception {
    return withProperty(Sandbox.WEAKEN_GUARD, body);
  }

  /** Runs {@code body} with a writable temp folder in the sandbox: other layers only. */
  static <T> T withWritableTmp(java.util.concurrent.Callable<T> body) throws Exception {
    return withProperty(Sandbox.WEAKEN_TMP, body);
  }

  private static <T> T withProperty(String name, java.util.concurrent.Callable<T> body)
      throws Exception {
    System.setProperty(name, "true");
    try {
      return body.call();
    } finally {
      System.clearProperty(name);
    }
  }

  private static String probe(String attack, String members, String add) {
    return """
        import java.io.*;
        import java.net.*;
        import java.nio.file.*;
        import java.util.*;

        public class Probe {
          %s

          public static int add(int a, int b) {
            return %s;
          }

          public static String attack() throws Throwable {
            %s
          }
        }
        """
        .formatted(members, add, attack);
  }

  private static JsonNode attack(JsonNode report) {
    for (JsonNode t : report.get("tests")) {
      if (t.get("name").asText().equals("a_attack()")) {
        return t;
      }
    }
    throw new AssertionError("no a_attack() in " + report);
  }

  private void assertVerdict(JsonNode report, String outcome, String attackStatus, double score)
      throws Exception {
    assertThat(report.get("outcome").asText()).as(lastRun.toString()).isEqualTo(outcome);
    assertThat(attack(report).get("status").asText())
        .as(lastRun.toString())
        .isEqualTo(attackStatus);
    assertThat(report.get("score").asDouble()).as(lastRun.toString()).isEqualTo(score);
    assertThat(report.get("max_score").asDouble()).isEqualTo(5);
    assertContained();
  }

  /** Nothing escaped the sandbox. */
  private void assertContained() throws Exception {
    for (Path marker : List.of(hostMarker, hostTmpMarker, homeMarker, courseMarker)) {
      assertThat(marker).as("a file written from inside the sandbox").doesNotExist();
    }
    listener.setSoTimeout(100);
    try (Socket s = listener.accept()) {
      throw new AssertionError("the submission reached the loopback listener from " + s);
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
    assertThat(bystanderRows()).as("the other student's rows").isEqualTo(bystander);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("ok");
    }
    assertNoProcessLeft();
  }

  /** Every process the run started is gone (the kernel may need a moment to reap them). */
  private static void assertNoProcessLeft() throws InterruptedException {
    List<String> left = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      left =
          ProcessHandle.current()
              .descendants()
              .filter(ProcessHandle::isAlive)
              .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
              .toList();
      if (left.isEmpty()) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(left).as("processes left behind").isEmpty();
  }

  private static List<String> bystanderRows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT s.id, s.outcome, s.score, s.sha256, t.name, t.status, t.points"
                    + " FROM submissions s LEFT JOIN test_results t ON t.submission_id = s.id"
                    + " WHERE s.student_id = 'bystander' ORDER BY s.id, t.name")) {
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
          row.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join("|", row));
      }
    }
    assertThat(rows).isNotEmpty();
    return rows;
  }

  private String storedOutput(String test) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT t.output FROM test_results t JOIN submissions s ON s.id = t.submission_id"
                    + " WHERE t.name = '"
                    + test
                    + "' ORDER BY s.id DESC LIMIT 1")) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }
}
