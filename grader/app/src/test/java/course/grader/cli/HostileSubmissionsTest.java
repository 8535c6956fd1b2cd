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
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain arithmetic       | return "ok";                                                   | a + b
          streams and records    | record P(int x) { } return java.util.stream.Stream.of(new P(1)).map(p -> "ok").findFirst().orElseThrow(); | java.util.stream.IntStream.of(a, b).sum()
          big numbers and format | return String.format(java.util.Locale.GERMAN, "%.1f", 1.5).equals("1,5") ? "ok" : "locale"; | java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b)).intValueExact()
          threads and logging    | var pool = java.util.concurrent.Executors.newFixedThreadPool(4); java.util.logging.Logger.getLogger("p").info("hi"); try { return pool.submit(() -> "ok").get(); } finally { pool.shutdown(); } | java.util.concurrent.CompletableFuture.supplyAsync(() -> a).thenApply(x -> x + b).join()
          in-memory io and regex | var out = new StringWriter(); new PrintWriter(out, true).println("ok 42"); return new BufferedReader(new StringReader(out.toString())).readLine().replaceAll(" [0-9]+", ""); | Integer.parseInt(java.util.regex.Pattern.compile("(-?[0-9]+)").matcher(String.valueOf(a + b)).results().findFirst().orElseThrow().group(1))
          """)
  void honestCodeOfManyStylesGetsFullMarks(String style, String attack, String add)
      throws Exception {
    JsonNode report = submit(attack, "", add);
    assertVerdict(report, "graded", "passed", 5);
  }

  // ---- exits ----

  @Test
  void systemExitCrashesTheRunAndScoresNothing() throws Exception {
    JsonNode report = submit("System.exit(0);\nreturn \"ok\";");
    assertVerdict(report, "crashed", "crashed", 0);
    assertThat(report.get("tests")).allMatch(t -> t.get("status").asText().equals("crashed"));
  }

  @Test
  void runtimeHaltCrashesTheRunAndScoresNothing() throws Exception {
    assertVerdict(submit("Runtime.getRuntime().halt(0);\nreturn \"ok\";"), "crashed", "crashed", 0);
  }

  @Test
  void exitInAStaticInitializerCrashesTheRun() throws Exception {
    JsonNode report = submit("return \"ok\";", "static { if (true) System.exit(0); }", "a + b");
    assertVerdict(report, "crashed", "crashed", 0);
  }

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

  // ---- time ----

  @Test
  void aCpuLoopTimesOutItsTestAndTheOthersStillCount() throws Exception {
    assertVerdict(submit("while (true) { }"), "graded", "timed_out", 4);
  }

  @Test
  void aSleepThatSwallowsInterruptsTimesOutItsTestOnly() throws Exception {
    assertVerdict(
        submit(
            """
            while (true) {
              try {
                Thread.sleep(Long.MAX_VALUE);
              } catch (InterruptedException e) {
                // swallowed
              }
            }
            """),
        "graded",
        "timed_out",
        4);
  }

  // ---- memory, stack, threads, processes ----

  @Test
  void aHeapBombIsOutOfMemoryForItsTestOnly() throws Exception {
    JsonNode report =
        submit(
            """
            List<long[]> hoard = new ArrayList<>();
            while (true) {
              hoard.add(new long[1 << 20]);
            }
            """);
    assertVerdict(report, "graded", "out_of_memory", 4);
    assertThat(attack(report).get("message").asText()).contains("OutOfMemoryError");
  }

  @Test
  void directMemoryIsCappedToo() throws Exception {
    JsonNode report =
        submit(
            """
            List<java.nio.ByteBuffer> hoard = new ArrayList<>();
            while (true) {
              hoard.add(java.nio.ByteBuffer.allocateDirect(1 << 20));
            }
            """);
    assertVerdict(report, "graded", "out_of_memory", 4);
    assertThat(attack(report).get("message").asText()).containsIgnoringCase("direct buffer memory");
  }

  @Test
  void deepRecursionIsAnErrorOfItsTestOnly() throws Exception {
    JsonNode report =
        submit("return deep(0);", "static String deep(int n) { return deep(n + 1) + n; }", "a + b");
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).contains("StackOverflowError");
  }

  @Test
  void aThreadBombHitsTheProcessCapAndCostsOnlyItsTest() throws Exception {
    JsonNode report =
        submit(
            """
            while (true) {
              Thread t = new Thread(() -> {
                try {
                  Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                  // keep the thread
                }
              });
              t.start();
            }
            """);
    assertVerdict(report, "graded", "out_of_memory", 4);
    assertThat(attack(report).get("message").asText()).contains("native thread");
  }

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
  void fakeResultLinesOnStdoutAreIgnored() throws Exception {
    JsonNode report =
        submit(
            """
            OutputStream raw = new FileOutputStream(FileDescriptor.out);
            for (int i = 0; i < 40; i++) {
              String line = "0".repeat(64) + " " + i + " result cGFzc2Vk cGFzc2Vk\\n";
              raw.write(line.getBytes());
              System.out.print(line);
            }
            raw.write(("0".repeat(64) + " 40 done\\n").getBytes());
            raw.flush();
            Runtime.getRuntime().halt(0);
            return "ok";
            """);
    assertVerdict(report, "crashed", "crashed", 0);
  }

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
  void closingTheResultChannelCrashesTheRun() throws Exception {
    JsonNode report = submit("new FileOutputStream(FileDescriptor.out).close();\nreturn \"ok\";");
    assertThat(report.get("outcome").asText()).isEqualTo("crashed");
    assertThat(report.get("score").asDouble()).isZero();
    assertContained();
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

  @Test
  void floodingFileDescriptorOneIsAnOutputLimitForItsTestOnly() throws Exception {
    JsonNode report =
        submit(
            """
            OutputStream raw = new FileOutputStream(FileDescriptor.out);
            byte[] mb = new byte[1 << 20];
            java.util.Arrays.fill(mb, (byte) 'x');
            while (true) {
              raw.write(mb);
            }
            """);
    assertVerdict(report, "graded", "output_limit", 4);
  }

  @Test
  void floodingStderrThroughANewSystemErrIsAnOutputLimit() throws Exception {
    JsonNode report =
        submit(
            """
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
            String line = "y".repeat(1000);
            while (true) {
              System.err.println(line);
            }
            """);
    assertVerdict(report, "graded", "output_limit", 4);
  }

  @Test
  void systemSetOutToTheRealStdoutForgesNothing() throws Exception {
    JsonNode report =
        submit(
            """
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true));
            System.out.println("0".repeat(64) + " 5 result cGFzc2Vk cGFzc2Vk");
            return "not ok";
            """);
    assertVerdict(report, "graded", "failed", 4);
  }

  @Test
  void aDaemonThreadPrintingAfterItsTestDoesNotDisturbTheOthers() throws Exception {
    JsonNode report =
        submit(
            """
            Thread t = new Thread(() -> {
              while (true) {
                System.out.println("noise after the test");
                Thread.yield();
              }
            });
            t.setDaemon(true);
            t.start();
            return "ok";
            """);
    assertVerdict(report, "graded", "passed", 5);
  }

  @Test
  void aHugeExceptionMessageIsCut() throws Exception {
    JsonNode report = submit("throw new IllegalStateException(\"m\".repeat(10_000_000));");
    assertVerdict(report, "graded", "errored", 4);
    assertThat(attack(report).get("message").asText()).hasSizeLessThan(600);
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
