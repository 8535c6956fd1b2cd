package course.grader.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.report.Diagnostic;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The static check on its own: every rule, the name resolution it relies on, positions, and the
 * bypasses an attacker would try. Submissions are one file, {@code Solver.java}, for an exercise
 * whose starter declares {@code public static int solve(int[] a)}.
 */
class StaticCheckTest {
  @TempDir Path tmp;

  private Exercise exercise(List<String> forbid) throws IOException {
    Path dir = tmp.resolve("ex");
    Files.createDirectories(dir.resolve("starter"));
    Files.createDirectories(dir.resolve("tests"));
    Files.createDirectories(dir.resolve("hidden"));
    Files.writeString(
        dir.resolve("starter/Solver.java"),
        "public class Solver {\n  public static int solve(int[] a) {\n    return 0;\n  }\n}\n");
    Files.writeString(
        dir.resolve("tests/SolverTest.java"),
        "import org.junit.jupiter.api.*;\n"
            + "class SolverTest {\n"
            + "  @Test void t() { Assertions.assertEquals(1, Solver.solve(new int[] {1})); }\n"
            + "}\n");
    Files.writeString(
        dir.resolve("hidden/SolverSecrets.java"),
        "import org.junit.jupiter.api.Test;\n"
            + "class SolverSecrets {\n  @Test void t() { Math.max(1, 2); }\n}\n");
    return new Exercise(
        "ex",
        dir,
        "Ex",
        "easy",
        Optional.empty(),
        List.of("Solver.java"),
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        "256m",
        forbid,
        List.of(),
        Optional.empty(),
        List.of(),
        "");
  }

  private List<Diagnostic> check(List<String> forbid, String source) throws IOException {
    Submission s =
        new Submission(List.of(new SubmittedFile("Solver.java", source)), null, List.of());
    return new StaticCheck(exercise(forbid)).check(s);
  }

  /** A Solver whose solve method has {@code body}, with {@code head} above the class. */
  private List<Diagnostic> body(List<String> forbid, String head, String body) throws IOException {
    return check(
        forbid,
        head
            + "\npublic class Solver {\n  public static int solve(int[] a) {\n"
            + body
            + "\n    return 0;\n  }\n}\n");
  }

  private static List<String> shown(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  private static final List<String> NO_SORT = List.of("java.util.Arrays.sort");

  // ---- resolution of forbidden names ---------------------------------------------------------

  @Test
  void anImportedClassMethodIsForbiddenWithItsLineAndColumn() throws IOException {
    assertThat(shown(body(NO_SORT, "import java.util.Arrays;", "    Arrays.sort(a);")))
        .containsExactly(
            "Solver.java:4:5: java.util.Arrays.sort is not allowed in this exercise (forbid"
                + " list): the exercise asks you to write this part yourself; see its statement");
  }

  @Test
  void aFullyQualifiedCallIsForbidden() throws IOException {
    assertThat(shown(body(NO_SORT, "", "    java.util.Arrays.sort(a);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.util.Arrays.sort is not allowed in this exercise");
  }

  @Test
  void aStaticImportIsForbiddenAtTheImportAndAtTheCall() throws IOException {
    assertThat(shown(body(NO_SORT, "import static java.util.Arrays.sort;", "    sort(a);")))
        .hasSize(2)
        .anySatisfy(d -> assertThat(d).startsWith("Solver.java:1:1: java.util.Arrays.sort"))
        .anySatisfy(d -> assertThat(d).startsWith("Solver.java:4:5: java.util.Arrays.sort"));
  }

  @Test
  void aCallThroughAStaticOnDemandImportIsForbidden() throws IOException {
    assertThat(shown(body(NO_SORT, "import static java.util.Arrays.*;", "    sort(a);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.util.Arrays.sort");
  }

  @Test
  void aCallThroughAnOnDemandImportIsForbidden() throws IOException {
    assertThat(shown(body(NO_SORT, "import java.util.*;", "    Arrays.sort(a, 0, 1);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.util.Arrays.sort");
  }

  @Test
  void aMethodReferenceIsForbidden() throws IOException {
    assertThat(
            shown(
                body(
                    NO_SORT,
                    "import java.util.Arrays; import java.util.function.Consumer;",
                    "    Consumer<int[]> s = Arrays::sort;\n    s.accept(a);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:25: java.util.Arrays.sort");
  }

  @Test
  void aForbiddenPackageIsForbiddenInOnDemandImportsVarAndReturnedTypes() throws IOException {
    List<String> noStreams = List.of("java.util.stream");
    assertThat(shown(body(noStreams, "import java.util.stream.*;", "")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:1:1: java.util.stream is not allowed in this exercise");
    // No stream type is named: Arrays.stream returns one.
    assertThat(shown(body(noStreams, "", "    var s = java.util.Arrays.stream(a).sum();")))
        .singleElement()
        .asString()
        .startsWith(
            "Solver.java:4:13: java.util.Arrays.stream, which returns a type of java.util.stream, is"
                + " not allowed in this exercise");
  }

  @Test
  void fullyQualifiedTypesInDeclarationsAndGenericArgumentsAreForbidden() throws IOException {
    List<String> noArrayList = List.of("java.util.ArrayList");
    assertThat(shown(body(noArrayList, "", "    java.util.ArrayList<Integer> l = null;")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.util.ArrayList is not allowed in this exercise");
    assertThat(
            shown(
                body(
                    noArrayList,
                    "import java.util.*;",
                    "    Optional<ArrayList<Integer>> l = Optional.empty();")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:14: java.util.ArrayList");
  }

  @Test
  void annotationsAreResolvedLikeOtherTypes() throws IOException {
    assertThat(shown(body(List.of(), "", "    @java.beans.Transient int x = 0;")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.beans.Transient is not allowed (default deny list");
    assertThat(body(List.of(), "", "    @SuppressWarnings(\"unused\") int x = 0;")).isEmpty();
  }

  @Test
  void theSubmissionsOwnSortIsNotTheForbiddenOne() throws IOException {
    String own =
        "import static java.util.Arrays.*;\n"
            + "public class Solver {\n"
            + "  static void sort(int[] a) {}\n"
            + "  static class Arrays { static void sort(int[] a) {} }\n"
            + "  public static int solve(int[] a) {\n"
            + "    sort(a);\n"
            + "    Arrays.sort(a);\n"
            + "    return 0;\n"
            + "  }\n"
            + "}\n";
    assertThat(check(NO_SORT, own)).isEmpty();
  }

  @Test
  void collectionsShorthandForbidsTheCollectionFrameworkButNotArrays() throws IOException {
    List<String> noCollections = List.of("collections");
    assertThat(shown(body(noCollections, "import java.util.*;", "    List<Integer> l;")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.util.List is not allowed in this exercise");
    assertThat(shown(body(noCollections, "", "    var m = new java.util.HashMap<>();")))
        .singleElement()
        .asString()
        .contains("java.util.HashMap is not allowed in this exercise");
    assertThat(body(noCollections, "import java.util.Arrays;", "    Arrays.fill(a, 0);")).isEmpty();
  }

  @Test
  void aForbidEntryThatNamesNothingInTheJdkIsAnInstructorError() {
    assertThatThrownBy(() -> new StaticCheck(exercise(List.of("java.utl.Arrays.sort"))))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("exercise.md: forbid entry 'java.utl.Arrays.sort' names no JDK");
  }

  // ---- unicode escapes -----------------------------------------------------------------------

  @Test
  void aUnicodeLineBreakThatEndsALineCommentIsSeenAtItsPlaceInTheFile() throws IOException {
    assertThat(shown(body(List.of(), "", "    // \\u000a Runtime.getRuntime().halt(0);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:15: java.lang.Runtime.halt is not allowed (default deny list");
  }

  @Test
  void identifiersWrittenWithUnicodeEscapesAreResolved() throws IOException {
    assertThat(shown(body(List.of(), "", "    Syst\\u0065m.\\u0065xit(0);")))
        .singleElement()
        .asString()
        .startsWith("Solver.java:4:5: java.lang.System.exit is not allowed");
  }

  @Test
  void escapesThatBreakTheSyntaxAreRejectedWithAMessageAboutEscapes() throws IOException {
    assertThat(shown(body(List.of(), "", "    String s = \"a\\u0022;\\u000a\";")))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d).contains("once its \\u escapes are read"));
  }

  // ---- the default deny list -----------------------------------------------------------------

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          System.exit(0);                                        | java.lang.System.exit
          System.setOut(null);                                   | java.lang.System.setOut
          System.setErr(System.out);                             | java.lang.System.setErr
          System.loadLibrary("x");                               | java.lang.System.loadLibrary
          Runtime.getRuntime().halt(0);                          | java.lang.Runtime.halt
          Runtime r = null;                                      | java.lang.Runtime
          new ProcessBuilder("sh").inheritIO();                  | java.lang.ProcessBuilder
          ProcessHandle.current().destroy();                     | java.lang.ProcessHandle
          Class.forName("java.lang." + "Runtime");               | java.lang.Class.forName
          a.getClass().getDeclaredFields();                      | java.lang.Class.getDeclaredFields
          Solver.class.getClassLoader();                         | java.lang.Class.getClassLoader
          ClassLoader.getSystemClassLoader();                    | java.lang.ClassLoader
          java.lang.reflect.Field f = null;                      | java.lang.reflect.Field
          java.lang.invoke.MethodHandles.lookup();               | java.lang.invoke.MethodHandles
          Thread.currentThread().getThreadGroup();               | java.lang.Thread.getThreadGroup
          Thread.getAllStackTraces();                            | java.lang.Thread.getAllStackTraces
          new Thread(() -> {}).stop();                           | java.lang.Thread.stop
          Thread.setDefaultUncaughtExceptionHandler(null);       | java.lang.Thread.setDefaultUncaughtExceptionHandler
          new java.io.File("x").delete();                        | java.io.File
          new java.io.FileOutputStream("x");                     | java.io.FileOutputStream
          new java.io.FileWriter("x");                           | java.io.FileWriter
          new java.io.RandomAccessFile("x", "rw");               | java.io.RandomAccessFile
          var o = java.io.FileDescriptor.out;                    | java.io.FileDescriptor
          new java.io.PrintWriter("out.txt");                    | new java.io.PrintWriter(String) writes a file
          java.nio.file.Files.writeString(null, "");             | java.nio.file.Files
          java.util.logging.LogManager.getLogManager().reset();  | java.util.logging.LogManager
          javax.xml.transform.TransformerFactory.newInstance();  | javax.xml.transform.TransformerFactory
          java.nio.channels.FileChannel c = null;                | java.nio.channels.FileChannel
          new java.net.Socket("example.org", 80);                | java.net.Socket
          sun.misc.Unsafe u = null;                              | sun.misc.Unsafe
          jdk.internal.misc.Unsafe.getUnsafe();                  | jdk.internal.misc.Unsafe
          com.sun.management.OperatingSystemMXBean b = null;     | com.sun.management
          java.lang.management.ManagementFactory.getRuntimeMXBean(); | java.lang.management
          new javax.script.ScriptEngineManager();                | javax.script.ScriptEngineManager
          javax.tools.ToolProvider.getSystemJavaCompiler();      | javax.tools.ToolProvider
          java.util.ServiceLoader.load(Runnable.class);          | java.util.ServiceLoader
          org.junit.jupiter.api.Assertions.fail();               | org.junit.jupiter.api.Assertions
          course.harness.Main.main(null);                        | course.harness.Main
          """)
  void theDefaultDenyListRejects(String statement, String named) throws IOException {
    List<Diagnostic> found = body(List.of(), "", "    " + statement);
    assertThat(shown(found)).as(statement).isNotEmpty();
    assertThat(found.get(0).message()).as(statement).contains(named);
    assertThat(found.get(0).line()).isEqualTo(4);
  }

  @Test
  void reflectionOnAReceiverOfUnknownTypeIsRejectedByMethodName() throws IOException {
    String generic =
        "    java.util.List<Object> l = java.util.List.of(a);\n"
            + "    var fields = l.get(0).getClass();\n"
            + "    var g = java.util.Optional.of(fields).get();\n"
            + "    g.getDeclaredFields()[0].setAccessible(true);";
    assertThat(shown(body(List.of(), "", generic)))
        .anySatisfy(
            d ->
                assertThat(d)
                    .contains(":7:5: setAccessible on a value whose type the check cannot tell"));
  }

  @Test
  void deniedNamesOnALambdaParameterOrAGenericResultAreRejectedEvenWhenTheSubmissionDeclaresThem()
      throws IOException {
    // The issue-12 route: a class declaring its own getMethod/invoke switched the rule off.
    String sub =
        "public class Solver {\n"
            + "  public static Object getMethod(String n) { return n; }\n"
            + "  public static Object invoke(Object o) { return o; }\n"
            + "  static <T> T same(T t) { return t; }\n"
            + "  public static int solve(int[] a) {\n"
            + "    java.util.function.Consumer<Object> c = o -> {\n"
            + "      try { ((Object) o).getClass(); } catch (Exception e) { }\n"
            + "    };\n"
            + "    java.util.function.Function<Object, Object> f = x -> x;\n"
            + "    java.util.function.BiFunction<Object, String, Object> g = (t, n) -> {\n"
            + "      try { return same(t).toString(); } catch (Exception e) { return null; }\n"
            + "    };\n"
            + "    java.util.function.Consumer<Class<?>> load = k -> {\n"
            + "      try { k.getMethod(\"load\", String.class).invoke(null, \"/tmp/x\"); }\n"
            + "      catch (Exception e) { }\n"
            + "    };\n"
            + "    java.util.List.of(Solver.class).forEach(k -> k.getResourceAsStream(\"X\"));\n"
            + "    return 0;\n"
            + "  }\n"
            + "}\n";
    List<String> shown = shown(check(List.of(), sub));
    assertThat(shown)
        .anySatisfy(d -> assertThat(d).startsWith("Solver.java:14:13: invoke on a value"))
        .anySatisfy(d -> assertThat(d).contains("getResourceAsStream"));
  }

  @Test
  void ownMethodsNamedLikeDeniedOnesAreFineOnAReceiverOfTheSubmissionsOwnType() throws IOException {
    String sub =
        "public class Solver {\n"
            + "  static final class Node { void stop() { } Object invoke() { return null; } }\n"
            + "  public static int solve(int[] a) {\n"
            + "    Node n = new Node();\n"
            + "    n.stop();\n"
            + "    n.invoke();\n"
            + "    return 0;\n"
            + "  }\n"
            + "}\n";
    assertThat(check(List.of(), sub)).isEmpty();
  }

  @Test
  void theSortingFamilyForbidsEveryLibrarySort() throws IOException {
    List<String> sorting = List.of("sorting");
    for (String call :
        List.of(
            "java.util.Arrays.sort(a);",
            "java.util.Arrays.parallelSort(a);",
            "java.util.Arrays.stream(a).sorted();",
            "new java.util.ArrayList<Integer>().sort(null);",
            "java.util.Collections.sort(new java.util.ArrayList<Integer>());",
            "new java.util.PriorityQueue<Integer>();",
            "new java.util.TreeSet<Integer>();")) {
      assertThat(shown(body(sorting, "", "    " + call)))
          .as(call)
          .anySatisfy(d -> assertThat(d).contains("(forbid list: sorting)"));
    }
    assertThat(body(sorting, "", "    int[] b = a.clone();")).isEmpty();
  }

  @Test
  void deniedCallsAreFoundInLambdasAnonymousLocalNestedClassesAndInitializers() throws IOException {
    String hidden =
        "public class Solver {\n"
            + "  static { System.exit(1); }\n"
            + "  static Runnable r = () -> System.exit(2);\n"
            + "  static class Inner { void f() { System.exit(3); } }\n"
            + "  public static int solve(int[] a) {\n"
            + "    class Local { void g() { System.exit(4); } }\n"
            + "    new Object() { void h() { System.exit(5); } }.h();\n"
            + "    return 0;\n"
            + "  }\n"
            + "}\n";
    assertThat(check(List.of(), hidden))
        .extracting(Diagnostic::line)
        .containsExactly(2L, 3L, 4L, 6L, 7L);
  }

  @Test
  void inheritedThreadMethodsCalledWithoutAReceiverAreResolved() throws IOException {
    String sub =
        "public class Solver {\n"
            + "  static class Worker extends Thread { void halt() { stop(); } }\n"
            + "  public static int solve(int[] a) {\n"
            + "    new Thread() { public void run() { suspend(); } }.start();\n"
            + "    return 0;\n"
            + "  }\n"
            + "}\n";
    assertThat(shown(check(List.of(), sub)))
        .containsExactly(
            "Solver.java:2:54: java.lang.Thread.stop is not allowed (default deny list:"
                + " controlling threads you did not start): stop your own threads by letting"
                + " their run method return",
            "Solver.java:4:40: java.lang.Thread.suspend is not allowed (default deny list:"
                + " controlling threads you did not start): stop your own threads by letting"
                + " their run method return");
  }

  @Test
  void aTypeVariableIsResolvedToItsBound() throws IOException {
    String generic =
        "public class Solver {\n"
            + "  static void stop() {}\n"
            + "  static <T extends Thread> void end(T t) { t.stop(); }\n"
            + "  public static int solve(int[] a) { return 0; }\n"
            + "}\n";
    assertThat(shown(check(List.of(), generic)))
        .singleElement()
        .asString()
        .startsWith("Solver.java:3:45: java.lang.Thread.stop is not allowed");
  }

  @Test
  void interruptIsAllowedOnTheCurrentThreadAndOnThreadsTheSubmissionHolds() throws IOException {
    String ok =
        "    Thread t = new Thread(() -> {});\n"
            + "    t.start();\n"
            + "    t.interrupt();\n"
            + "    Thread.currentThread().interrupt();";
    assertThat(body(List.of(), "", ok)).isEmpty();
    String other = "    java.util.List<Thread> ts = null;\n    ts.get(0).getState();";
    assertThat(body(List.of(), "", other)).isEmpty();
    String harness = "    new Thread().getThreadGroup().getParent().interrupt();";
    assertThat(body(List.of(), "", harness)).isNotEmpty();
  }

  @Test
  void aVariableNamedLikeAClassIsAVariableAfterItsDeclarationOnly() throws IOException {
    String before = "    Runtime.getRuntime().gc();\n    int Runtime = 0;";
    assertThat(shown(body(List.of(), "", before)))
        .singleElement()
        .asString()
        .contains("java.lang.Runtime");
  }

  @Test
  void aFieldInheritedFromAnotherOwnClassIsNotTakenForAPackage() throws IOException {
    String inherited =
        "public class Solver {\n"
            + "  static class Base { int[] jdk = {}; Object course = \"\"; }\n"
            + "  static class Sub extends Base { int f() { return jdk.clone().length"
            + " + course.hashCode(); } }\n"
            + "  public static int solve(int[] a) { return new Sub().f(); }\n"
            + "}\n";
    assertThat(check(List.of(), inherited)).isEmpty();
  }

  // ---- declarations --------------------------------------------------------------------------

  @Test
  void membersAreLeftToTheTestsCompilationNotComparedWithTheStarter() throws IOException {
    // Whether the tests can call the submission is what javac says when it compiles them against
    // it (a boxed or covariant return type, an overload, a member the tests never touch are fine).
    assertThat(
            check(List.of(), "public class Solver {\n  static int solve(int a) { return a; }\n}\n"))
        .isEmpty();
    assertThat(check(List.of(), "class Solver {\n}\n")).isEmpty();
  }

  @Test
  void classesNamedLikeTestsOrLikeClassesTheTestsUseAreRejected() throws IOException {
    String extra =
        "class SolverTest {}\nclass SolverSecrets {}\nclass Assertions {}\nclass Math {}\n"
            + "class Helper {}\n";
    List<Diagnostic> found =
        check(
            List.of(),
            "public class Solver {\n  public static int solve(int[] a) { return 0; }\n}\n" + extra);
    assertThat(shown(found))
        .containsExactly(
            "Solver.java:4:7: class SolverTest is named like a test class (names ending in Test"
                + " and the exercise's test classes are the tests'); rename it",
            "Solver.java:5:7: class SolverSecrets is named like a test class (names ending in"
                + " Test and the exercise's test classes are the tests'); rename it",
            "Solver.java:6:7: class Assertions has the name of a class the tests use (from the"
                + " JDK or JUnit), and would take its place in them; rename it",
            "Solver.java:7:7: class Math has the name of a class the tests use (from the JDK or"
                + " JUnit), and would take its place in them; rename it");
  }

  @Test
  void aPackageNamedLikeJunitsIsRejectedSayingWhose() throws IOException {
    assertThat(
            shown(
                check(
                    List.of(),
                    "package org.junit.jupiter.api;\npublic class Solver {\n"
                        + "  public static int solve(int[] a) { return 0; }\n}\n")))
        .containsExactly(
            "Solver.java:1:1: remove the package declaration (org.junit.jupiter.api is a package"
                + " of JUnit); submissions live in the default package");
  }

  // ---- honest code passes --------------------------------------------------------------------

  @Test
  void honestSolutionsInSeveralStylesPass() throws IOException {
    String modern =
        "import java.util.*;\n"
            + "import java.util.stream.*;\n"
            + "import java.util.function.*;\n"
            + "public class Solver {\n"
            + "  record Pair(int a, int b) {}\n"
            + "  enum Mode { UP, DOWN { int f() { return 1; } }; int f() { return 0; } }\n"
            + "  interface Shape { default int area() { return 0; } }\n"
            + "  public static int solve(int[] a) {\n"
            + "    List<Integer> l = new ArrayList<>();\n"
            + "    for (int x : a) l.add(x);\n"
            + "    Collections.sort(l);\n"
            + "    Map<Integer, Long> counts = l.stream()\n"
            + "        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));\n"
            + "    var sb = new StringBuilder();\n"
            + "    sb.append(Math.max(1, 2)).append(String.valueOf(3));\n"
            + "    int[] copy = Arrays.copyOf(a, a.length);\n"
            + "    Arrays.sort(copy);\n"
            + "    Object o = copy;\n"
            + "    if (o instanceof int[] arr && arr.length > 0) { System.out.println(arr[0]); }\n"
            + "    String t = switch (a.length) { case 0 -> \"none\"; default -> \"some\"; };\n"
            + "    var out = new java.io.PrintWriter(System.out);\n"
            + "    out.printf(\"%d%n\", counts.size());\n"
            + "    out.flush();\n"
            + "    System.err.println(t + a.getClass().getSimpleName());\n"
            + "    Thread worker = new Thread(() -> Thread.currentThread().interrupt());\n"
            + "    worker.start();\n"
            + "    try { worker.join(); } catch (InterruptedException e) {"
            + " Thread.currentThread().interrupt(); }\n"
            + "    Optional<Pair> p = Optional.of(new Pair(1, 2));\n"
            + "    return p.map(Pair::a).orElse(0) + Mode.UP.f() + IntStream.of(a).sum();\n"
            + "  }\n"
            + "}\n";
    assertThat(check(List.of(), modern)).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> heightCheckerSolutionStarterAndWrongSolutionsPassTheCheck()
      throws IOException {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    Exercise ex = Catalog.load(root).exercise("height-checker");
    assertThat(ex.forbid()).contains("sorting", "java.util.stream");
    StaticCheck check = new StaticCheck(ex);
    List<Path> dirs = new ArrayList<>(List.of(ex.solutionDir(), ex.starterDir()));
    try (Stream<Path> wrong = Files.list(ex.wrongDir())) {
      dirs.addAll(wrong.sorted().toList());
    }
    return dirs.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    root.relativize(dir).toString(),
                    () -> {
                      String text = Files.readString(dir.resolve("HeightChecker.java"));
                      Submission s =
                          new Submission(
                              List.of(new SubmittedFile("HeightChecker.java", text)),
                              null,
                              List.of());
                      assertThat(check.check(s)).isEmpty();
                    }));
  }
}
