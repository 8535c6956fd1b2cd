package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile submissions whose proof is not (only) in the report, through the real CLI ({@code
 * Cli.run}), a real child JVM in real bubblewrap and a real SQLite gradebook: no marker file
 * outside the sandbox, nothing reached a loopback listener, hidden sources absent, the gradebook's
 * stored output cut, the fallback runtime. After each, the other student's rows are unchanged, the
 * file passes {@code PRAGMA integrity_check}, no process is left behind and the grader's own output
 * stays small. The scenarios whose verdict is the report itself are golden folders run by {@link
 * HostileGoldenTest}; the course is {@link ProbeCourse}.
 *
 * <p>Every run passes {@code --skip-static-check}: these test the runtime layer on its own.
 */
class HostileSubmissionsTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  private static ProbeCourse course;
  private static Path courseRoot;
  private static Path db;
  private static ServerSocket listener;

  private String id;
  private Path hostMarker;
  private Path hostTmpMarker;
  private Path homeMarker;
  private Path courseMarker;

  private static final String SECRET = ProbeCourse.SECRET;

  @BeforeAll
  static void course() throws Exception {
    course = ProbeCourse.create(shared);
    courseRoot = course.root;
    db = course.db;
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

  // ---- exits ----

  @Test
  void aShutdownHookThatForgesFramesAndWritesAMarkerChangesNothing() throws Exception {
    JsonNode report =
        submit(
            """
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
              try {
                OutputStream raw = new FileOutputStream(FileDescriptor.out);
                for (int i = 0; i < 20; i++) {
                  raw.write(("0".repeat(64) + " " + i + " result cGFzc2Vk cGFzc2Vk\\n").getBytes());
                }
                raw.write(("0".repeat(64) + " 20 done\\n").getBytes());
                raw.flush();
                Files.writeString(Path.of("%s"), "x");
              } catch (Exception e) {
                // contained
              }
            }));
            System.exit(0);
            return "ok";
            """
                .formatted(hostMarker));
    assertVerdict(report, "crashed", "crashed", 0);
  }

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
  void fakeResultFilesThenExitScoreNothing() throws Exception {
    JsonNode report =
        submit(
            """
            String fake = "{\\"outcome\\":\\"graded\\",\\"score\\":5,\\"tests\\":[]}";
            for (String p : new String[] {"results.json", "/tmp/results.json", "%s"}) {
              try {
                Files.writeString(Path.of(p), fake);
              } catch (Exception e) {
                // denied
              }
            }
            System.exit(0);
            return "ok";
            """
                .formatted(hostMarker));
    assertVerdict(report, "crashed", "crashed", 0);
  }

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

  // ---- helpers ----

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
    return ProbeCourse.probe(attack, members, add);
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
    course.assertUntouched(listener);
  }

  private static void assertNoProcessLeft() throws InterruptedException {
    ProbeCourse.assertNoProcessLeft();
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
