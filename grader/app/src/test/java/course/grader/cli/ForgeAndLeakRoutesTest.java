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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routes to forged marks and leaked hidden tests found against {@code height-checker} (issue
 * 12), each as a real hostile submission through the real CLI, real bubblewrap and a real SQLite
 * gradebook, and each shown to be held by two independent layers: once with every layer, then with
 * one layer taken away (the static check skipped; the harness's guard off; the temp folder
 * writable), where the remaining layer must still give the honest verdict.
 *
 * <p>The honest verdict of every attack here is the score of {@code return 0;}, the starter.
 */
class ForgeAndLeakRoutesTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path db;
  private static double honest;
  private static String library;

  @BeforeAll
  static void baseline() throws Exception {
    assertThat(Sandbox.detect().available())
        .as("these tests need bubblewrap (bwrap) on the PATH; .ci/run installs it")
        .isTrue();
    db = shared.resolve("gradebook.db");
    Path starter = shared.resolve("HeightChecker.java");
    Files.writeString(starter, heightChecker("", "return 0;"));
    CourseRunner.Run run =
        course().run("submit", "height-checker", starter.toString(), "--student", "base", "--json");
    honest = run.json().get("score").asDouble();
    assertThat(honest).as(run.toString()).isGreaterThan(0).isLessThan(26);
    library = Base64.getEncoder().encodeToString(Files.readAllBytes(sharedLibrary(shared)));
  }

  /**
   * A real shared library (gcc is on this kind of machine): once loaded, its constructor writes
   * forged "passed" frames on the result channel (file descriptor 1) and ends the JVM, so a load
   * can never go unnoticed: the run would be {@code crashed}, not graded.
   */
  private static Path sharedLibrary(Path dir) throws IOException, InterruptedException {
    Path c = dir.resolve("evil.c");
    Files.writeString(
        c,
        """
        #include <string.h>
        #include <unistd.h>
        __attribute__((constructor)) static void forge(void) {
          const char *frame = "0000000000000000000000000000000000000000000000000000000000000000"
                              " 0 result cGFzc2Vk cGFzc2Vk\\n";
          for (int i = 0; i < 50; i++) write(1, frame, strlen(frame));
          _exit(0);
        }
        """);
    Path so = dir.resolve("evil.so");
    Process gcc =
        new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", so.toString(), c.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(gcc.getInputStream().readAllBytes());
    assertThat(gcc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(gcc.exitValue()).as(out).isZero();
    return so;
  }

  // ---- the forged 26/26 ----

  /**
   * The route of the report: reflection reached through values of unknown type (a lambda parameter,
   * a generic helper), in a class that declares its own getMethod and invoke; the library written
   * to the temp folder and loaded with System.load through that reflection.
   */
  private static String forgeRoute() {
    return heightChecker(
        """
        static <T> T same(T t) { return t; }
        public static Object getMethod(String n) { return n; }
        public static Object invoke(Object o) { return o; }
        static final String LIB = "%s";
        static {
          try {
            byte[] so = java.util.Base64.getDecoder().decode(LIB);
            java.util.function.Function<Object, Object> write = o -> {
              try {
                return same(java.nio.file.Files.class)
                    .getMethod("write", java.nio.file.Path.class, byte[].class,
                        java.nio.file.OpenOption[].class)
                    .invoke(null, java.nio.file.Path.of("/tmp/evil.so"), so,
                        new java.nio.file.OpenOption[0]);
              } catch (Throwable e) {
                return e;
              }
            };
            write.apply(null);
            java.util.function.Consumer<Class<?>> load = c -> {
              try {
                c.getMethod("load", String.class).invoke(null, "/tmp/evil.so");
              } catch (Throwable e) {
                // refused
              }
            };
            load.accept(same(System.class));
          } catch (Throwable e) {
            // refused
          }
        }
        """
            .formatted(library),
        "return 0;");
  }

  @Test
  void theForgeRouteIsRejectedByTheStaticCheck() throws Exception {
    JsonNode report = submit(forgeRoute(), false);
    assertThat(report.get("outcome").asText()).isEqualTo("rejected");
    assertThat(report.get("diagnostics").toString()).contains("invoke on a value whose type");
  }

  @Test
  void withoutTheStaticCheckTheForgeRouteGetsTheHonestScore() throws Exception {
    assertHonest(submit(forgeRoute(), true));
  }

  @Test
  void withoutTheStaticCheckAndTheGuardTheReadOnlySandboxStillHolds() throws Exception {
    assertHonest(HostileSubmissionsTest.withoutGuard(() -> submit(forgeRoute(), true)));
  }

  @Test
  void withoutTheStaticCheckAndWithAWritableTempFolderTheGuardStillHolds() throws Exception {
    assertHonest(HostileSubmissionsTest.withWritableTmp(() -> submit(forgeRoute(), true)));
  }

  @Test
  void withoutTheSourceCheckTheCheckOfTheClassFilesRejectsTheForgeRoute() throws Exception {
    GradeReport report = judgeWithoutSourceCheck(forgeRoute());
    assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(report.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("java.lang.Class.getMethod"));
  }

  // ---- calling the hidden tests' own code ----

  /**
   * Reflection on a hidden test class: the same class loader and package as the submission, so the
   * run-time guard does not see it; the two static layers do (the source check and the check of the
   * class files). Returns the number of methods it could see, which no honest answer is.
   */
  private static String callTheHiddenTests() {
    return heightChecker(
        "static <T> T same(T t) { return t; }",
        """
        try {
          Object k = same(Class.class).getMethod("forName", String.class)
              .invoke(null, "HeightCheckerHiddenTest");
          Object methods = same(k).getClass().getMethod("getDeclaredMethods").invoke(k);
          return 1000 + ((Object[]) methods).length;
        } catch (ReflectiveOperationException e) {
          return 0;
        }
        """);
  }

  @Test
  void callingTheHiddenTestsByReflectionIsRejectedByTheSourceCheck() throws Exception {
    assertThat(submit(callTheHiddenTests(), false).get("outcome").asText()).isEqualTo("rejected");
  }

  @Test
  void callingTheHiddenTestsByReflectionIsRejectedByTheCheckOfTheClassFiles() throws Exception {
    GradeReport report = judgeWithoutSourceCheck(callTheHiddenTests());
    assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(report.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("found in the compiled code"));
  }

  // ---- the native family: every route to loading a library of the submission's own ----

  private static String nativeRoutes() {
    return heightChecker(
        """
        static final String LIB = "%s";
        static {
          byte[] so = java.util.Base64.getDecoder().decode(LIB);
          String[] places = {"/tmp/evil.so", "/dev/shm/evil.so", "evil.so", "/course/evil.so",
              "/course/student/evil.so", "/course/classes/evil.so",
              System.getProperty("java.io.tmpdir") + "/libevil.so",
              System.getProperty("user.home") + "/evil.so"};
          for (String p : places) {
            try (java.io.FileOutputStream out = new java.io.FileOutputStream(p)) {
              out.write(so);
            } catch (Throwable e) {
              // refused
            }
            try {
              java.nio.file.Files.write(java.nio.file.Path.of(p), so);
            } catch (Throwable e) {
              // refused
            }
            String abs = new java.io.File(p).getAbsolutePath();
            try { System.load(abs); } catch (Throwable e) { /* refused */ }
            try { Runtime.getRuntime().load(abs); } catch (Throwable e) { /* refused */ }
            try {
              System.class.getMethod("load", String.class).invoke(null, abs);
            } catch (Throwable e) {
              // refused
            }
            try {
              java.lang.invoke.MethodHandles.lookup()
                  .findStatic(System.class, "load",
                      java.lang.invoke.MethodType.methodType(void.class, String.class))
                  .invoke(abs);
            } catch (Throwable e) {
              // refused
            }
          }
          try {
            System.setProperty("java.library.path", System.getProperty("java.io.tmpdir"));
          } catch (Throwable e) {
            // refused
          }
          try { System.loadLibrary("evil"); } catch (Throwable e) { /* refused */ }
        }
        """
            .formatted(library),
        "return 0;");
  }

  @Test
  void noRouteLoadsTheSubmissionsLibraryWithEveryLayerButTheStaticCheck() throws Exception {
    assertHonest(submit(nativeRoutes(), true));
  }

  @Test
  void noRouteLoadsTheSubmissionsLibraryWithoutTheGuard() throws Exception {
    assertHonest(HostileSubmissionsTest.withoutGuard(() -> submit(nativeRoutes(), true)));
  }

  @Test
  void noRouteLoadsTheSubmissionsLibraryWithAWritableTempFolder() throws Exception {
    assertHonest(HostileSubmissionsTest.withWritableTmp(() -> submit(nativeRoutes(), true)));
  }

  @Test
  void theStaticCheckRejectsTheNativeRoutes() throws Exception {
    assertThat(submit(nativeRoutes(), false).get("outcome").asText()).isEqualTo("rejected");
  }

  @Test
  void evenALibraryOfTheSystemCannotBeLoadedByStudentCode() throws Exception {
    // Not a forge by itself (no code of the submission's), but it shows the guard refuses native
    // loading at run time, wherever the library comes from.
    JsonNode report =
        submit(
            heightChecker(
                "",
                """
                for (String p : new String[] {"/usr/lib/x86_64-linux-gnu/libz.so.1",
                    "/usr/lib/aarch64-linux-gnu/libz.so.1"}) {
                  try {
                    System.load(p);
                  } catch (UnsatisfiedLinkError e) {
                    // not this machine's architecture
                  }
                }
                return 0;
                """),
            true);
    assertThat(report.get("tests").get(0).get("message").asText())
        .contains("AccessControlException", "loadLibrary");
  }

  // ---- the leaked hidden test class ----

  /**
   * The route of the report: getResourceAsStream on a value of unknown type; the bytes of the
   * hidden test class sent out through a visible test's output and message.
   */
  private static String leakRoute() {
    return heightChecker(
        "static <T> T same(T t) { return t; }",
        """
        StringBuilder leak = new StringBuilder("LEAK:");
        for (String name : new String[] {"HeightCheckerHiddenTest.class",
            "/HeightCheckerHiddenTest.class"}) {
          java.util.function.Function<Class<?>, java.io.InputStream> open =
              c -> c.getResourceAsStream(name);
          try (java.io.InputStream in = open.apply(same(HeightChecker.class))) {
            if (in != null) {
              leak.append(java.util.Base64.getEncoder().encodeToString(in.readAllBytes()));
            }
          } catch (Throwable e) {
            leak.append(e.getClass().getSimpleName());
          }
          try (java.io.InputStream in =
              same(ClassLoader.getSystemClassLoader()).getResourceAsStream(name)) {
            if (in != null) {
              leak.append(java.util.Base64.getEncoder().encodeToString(in.readAllBytes()));
            }
          } catch (Throwable e) {
            leak.append(e.getClass().getSimpleName());
          }
        }
        System.out.println(leak);
        throw new IllegalStateException(leak.toString());
        """);
  }

  @Test
  void theLeakRouteIsRejectedByTheStaticCheck() throws Exception {
    JsonNode report = submit(leakRoute(), false);
    assertThat(report.get("outcome").asText()).isEqualTo("rejected");
    assertThat(report.get("diagnostics").toString()).contains("getResourceAsStream");
  }

  @Test
  void withoutTheSourceCheckTheCheckOfTheClassFilesRejectsTheLeakRoute() throws Exception {
    GradeReport report = judgeWithoutSourceCheck(leakRoute());
    assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(report.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("getResourceAsStream"));
  }

  @Test
  void withoutTheStaticCheckTheHiddenClassIsNotReadable() throws Exception {
    JsonNode report = submit(leakRoute(), true);
    assertThat(report.get("outcome").asText()).isEqualTo("graded");
    // "yv66vg" is the base64 of the class-file magic 0xCAFEBABE.
    assertThat(report.toString()).doesNotContain("yv66vg").contains("LEAK:");
    assertThat(storedText()).doesNotContain("yv66vg");
  }

  @Test
  void withoutTheStaticCheckAndTheGuardTheHiddenClassIsNowhereToRead() throws Exception {
    // The second layer alone: the hidden tests' class files reach the child as bytes on stdin and
    // exist in no file or class-path folder it can see.
    JsonNode report = HostileSubmissionsTest.withoutGuard(() -> submit(leakRoute(), true));
    assertThat(report.get("outcome").asText()).isEqualTo("graded");
    assertThat(report.toString()).doesNotContain("yv66vg").contains("LEAK:");
    assertThat(storedText()).doesNotContain("yv66vg");
  }

  // ---- the same layers, each alone, in a test JVM started ahead (a server's spare) ----

  @Test
  void inAJvmStartedAheadWithoutTheStaticCheckAndTheGuardTheHiddenClassIsNowhereToRead()
      throws Exception {
    GradeReport report = HostileSubmissionsTest.withoutGuard(() -> inAJvmStartedAhead(leakRoute()));
    assertThat(report.outcome()).as(report.toString()).isEqualTo(Outcome.GRADED);
    assertThat(SpareJvmTest.shown(report)).doesNotContain("yv66vg").contains("LEAK:");
  }

  @Test
  void inAJvmStartedAheadWithoutTheStaticCheckAndTheGuardTheReadOnlySandboxStillHolds()
      throws Exception {
    assertHonest(HostileSubmissionsTest.withoutGuard(() -> inAJvmStartedAhead(forgeRoute())));
    assertHonest(HostileSubmissionsTest.withoutGuard(() -> inAJvmStartedAhead(nativeRoutes())));
  }

  @Test
  void inAJvmStartedAheadWithAWritableTempFolderTheGuardStillHolds() throws Exception {
    assertHonest(HostileSubmissionsTest.withWritableTmp(() -> inAJvmStartedAhead(forgeRoute())));
    assertHonest(HostileSubmissionsTest.withWritableTmp(() -> inAJvmStartedAhead(nativeRoutes())));
  }

  /**
   * The honest starter graded first, in a JVM started for it; {@code source} then runs in the spare
   * that run left, with the static check off.
   */
  private GradeReport inAJvmStartedAhead(String source) throws Exception {
    Path first = Files.createDirectories(tmp.resolve("first" + System.nanoTime()));
    Path hostile = Files.createDirectories(tmp.resolve("hostile" + System.nanoTime()));
    Files.writeString(first.resolve("HeightChecker.java"), heightChecker("", "return 0;"));
    Files.writeString(hostile.resolve("HeightChecker.java"), source);
    Exercise ex = Catalog.load(CourseRunner.realCourse()).exercise("height-checker");
    return SpareJvmTest.inAJvmStartedAhead(
        SpareJvmTest.judgeWithSpares().withoutStaticCheck(),
        ex,
        first.resolve("HeightChecker.java"),
        hostile.resolve("HeightChecker.java"));
  }

  private static void assertHonest(GradeReport report) {
    assertThat(report.outcome()).as(report.toString()).isEqualTo(Outcome.GRADED);
    assertThat(report.score()).as(report.toString()).isEqualTo(honest);
  }

  // ---- the 2 KB file that crashed the grader ----

  private static String deeplyNested() {
    return heightChecker("", "return " + "(".repeat(1000) + "0" + ")".repeat(1000) + ";");
  }

  @Test
  void aFileNestedTooDeeplyIsARecordedRejectionWithOneLine() throws Exception {
    CourseRunner.Run run = submitRun(deeplyNested(), false, "deep");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("rejected");
    assertThat(report.get("diagnostics").get(0).get("message").asText())
        .contains("nested too deeply");
    assertThat(report.get("attempt").asInt()).isEqualTo(1);
  }

  @Test
  void aBatchWithADeeplyNestedFileFinishesItsTable() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("submissions"));
    Files.writeString(folder.resolve("deep_HeightChecker.java"), deeplyNested());
    Files.writeString(folder.resolve("plain_HeightChecker.java"), heightChecker("", "return 0;"));
    Files.writeString(folder.resolve("forge_HeightChecker.java"), forgeRoute());
    CourseRunner.Run run =
        course().run("grade", "height-checker", folder.toString(), "--jobs", "2");
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
    assertThat(run.out()).contains("deep", "plain", "forge", "rejected");
    assertThat(outcomeOf("deep")).isEqualTo("rejected");
    assertThat(outcomeOf("forge")).isEqualTo("rejected");
    assertThat(outcomeOf("plain")).isEqualTo("graded");
  }

  private static String outcomeOf(String student) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT outcome FROM submissions WHERE student_id = '"
                    + student
                    + "' ORDER BY id DESC LIMIT 1")) {
      assertThat(r.next()).as("a row for " + student).isTrue();
      return r.getString(1);
    }
  }

  // ---- what the child sees of the host ----

  @Test
  void theChildSeesNoHostPathUserOrEnvironment() throws Exception {
    String checkout = CourseRunner.realCourse().toString();
    String user = System.getProperty("user.name");
    // The sandbox's layout on its own (the guard would refuse System.getProperties()).
    JsonNode report =
        HostileSubmissionsTest.withoutGuard(
            () ->
                submit(
                    heightChecker(
                        "",
                        """
                StringBuilder seen = new StringBuilder();
                java.util.Properties all = System.getProperties();
                for (String key : all.stringPropertyNames()) {
                  String value = all.getProperty(key);
                  if (value.contains("%s") || value.contains("%s")
                      || (!"%s".equals("root") && value.contains("%s"))) {
                    seen.append(key).append(' ');
                  }
                }
                for (var e : System.getenv().entrySet()) {
                  if (!java.util.Set.of("LANG", "HOME", "LD_LIBRARY_PATH", "PWD").contains(e.getKey())
                      || !(e.getValue().startsWith("/tmp") || e.getValue().startsWith("/course")
                          || e.getValue().equals("C.UTF-8"))) {
                    seen.append("env:").append(e.getKey()).append(' ');
                  }
                }
                if (seen.length() > 0) {
                  throw new IllegalStateException("host leaked into " + seen);
                }
                return 0;
                """
                            .formatted(checkout, db.getParent(), user, user)),
                    true));
    assertThat(report.toString()).doesNotContain("host leaked");
    assertThat(report.get("score").asDouble()).isEqualTo(honest);
  }

  // ---- helpers ----

  private GradeReport judgeWithoutSourceCheck(String source) throws IOException {
    Path file = tmp.resolve("HeightChecker.java");
    Files.writeString(file, source);
    Exercise ex = Catalog.load(CourseRunner.realCourse()).exercise("height-checker");
    return new Judge(HarnessLibrary.locate(), Sandbox.detect())
        .withoutSourceCheck()
        .grade(ex, List.of(file), Judge.Suite.ALL);
  }

  private static CourseRunner course() {
    return new CourseRunner(CourseRunner.realCourse(), db);
  }

  private JsonNode submit(String source, boolean skipStaticCheck) throws Exception {
    CourseRunner.Run run = submitRun(source, skipStaticCheck, "mallory");
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
    assertThat(run.out().length() + run.err().length()).as(run.toString()).isLessThan(64 * 1024);
    return run.json();
  }

  private CourseRunner.Run submitRun(String source, boolean skipStaticCheck, String student)
      throws IOException {
    Path file = tmp.resolve("HeightChecker.java");
    Files.writeString(file, source);
    List<String> args =
        new ArrayList<>(
            List.of("submit", "height-checker", file.toString(), "--student", student, "--json"));
    if (skipStaticCheck) {
      args.add("--skip-static-check");
    }
    return course().run(args.toArray(String[]::new));
  }

  private static void assertHonest(JsonNode report) {
    assertThat(report.get("outcome").asText()).as(report.toString()).isEqualTo("graded");
    assertThat(report.get("score").asDouble()).as(report.toString()).isEqualTo(honest);
  }

  /** Every message and output stored in the gradebook. */
  private static String storedText() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT message, output FROM test_results")) {
      while (r.next()) {
        all.append(r.getString(1)).append(r.getString(2));
      }
    }
    return all.toString();
  }

  private static String heightChecker(String members, String body) {
    return """
        public class HeightChecker {
          %s

          public static int heightChecker(int[] heights) {
            %s
          }
        }
        """
        .formatted(members, body);
  }
}
