package course.harness;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the child JVM. Reads the channel key from stdin before any test class is loaded,
 * takes the real stdout for itself, points {@code System.out}/{@code System.err} at a bounded
 * capture, runs the selected test classes with the JUnit Platform Launcher and reports every graded
 * unit on the {@link Channel}.
 *
 * <p>Arguments: {@code --select CLASS} (repeatable) test classes to run; {@code --skip UID}
 * (repeatable) graded units already settled by an earlier run; {@code --source CLASS} (repeatable)
 * the submission's classes, to point messages at the student's line; {@code --hidden CLASS}
 * (repeatable) the hidden test classes, whose output never leaves this JVM; {@code --tests DIR} the
 * folder of the compiled tests, which the {@link Guard} trusts (the submission's folder it does
 * not); {@code --warm-up CLASS} a test class of the harness to run, unreported, before waiting for
 * the word to go.
 */
public final class Main {
  private static final int OUTPUT_LIMIT = 8 * 1024;

  /** Captured output kept over the whole run, all tests together. */
  private static final long RUN_OUTPUT_LIMIT = 64 * 1024;

  /** Exit status after a test ran out of memory (its result is on the channel). */
  public static final int EXIT_OUT_OF_MEMORY = 3;

  /** Exit status when the result channel could not be written (closed by student code?). */
  public static final int EXIT_CHANNEL_CLOSED = 4;

  /** Set only on the grader's training run, which writes a class-data-sharing archive. */
  public static final String TRAINING_PROPERTY = "course.harness.training";

  /**
   * Set to {@code off} only by a grader under test, to show that the other layers hold without the
   * {@link Guard}; a normal run refuses to start without it.
   */
  public static final String GUARD_PROPERTY = "course.harness.guard";

  /** The simple name of the class the grader writes into each package of hidden tests. */
  public static final String HIDDEN_ANCHOR = HiddenClasses.ANCHOR;

  /** The line after the hidden tests' classes, which follow {@link #GO} on stdin. */
  public static final String END_OF_CLASSES = HiddenClasses.END;

  /** The line on stdin, after the key, that starts the tests; anything else ends the JVM. */
  public static final String GO = "go";

  private Main() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Never reached through student code in a normal run; tell the grader on the raw stderr.
      PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
      err.println("course harness failed: " + t);
      Runtime.getRuntime().halt(2);
    }
  }

  private static void run(String[] args) throws IOException {
    List<String> select = new ArrayList<>();
    Set<String> skip = new HashSet<>();
    Set<String> sources = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    String tests = null;
    String readable = null;
    String warmUp = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--select" -> select.add(args[i + 1]);
        case "--skip" -> skip.add(args[i + 1]);
        case "--source" -> sources.add(args[i + 1]);
        case "--hidden" -> hidden.add(args[i + 1]);
        case "--tests" -> tests = args[i + 1];
        case "--readable" -> readable = args[i + 1];
        case "--warm-up" -> warmUp = args[i + 1];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (tests == null) {
      throw new IllegalArgumentException("--tests names the folder of the compiled tests");
    }
    BufferedReader stdin =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String key = stdin.readLine();
    if (key == null) {
      throw new IllegalStateException("no channel key on stdin");
    }
    // The JVM may be started while the grader still compiles: build the launcher (the slow part
    // of starting JUnit) now, then wait for the word to go. No student class exists yet.
    Launcher launcher = LauncherFactory.create();
    if (warmUp != null && !stdin.ready()) {
      // A JVM started ahead of its submission (a grading server's spare) has time: it runs the
      // harness's own warm-up test once, so that JUnit, AssertJ and the reporting paths are
      // initialised and compiled before the submission's tests start. No student class exists.
      // Not when the word to go is already there (a busy server took it at once).
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(DiscoverySelectors.selectClass(warmUp))
              .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
              .build());
    }
    if (!"off".equals(System.getProperty(GUARD_PROPERTY))) {
      // Before any class of the submission exists in this JVM.
      Guard.install(tests, readable);
    }
    String go = stdin.readLine();
    if (!GO.equals(go)) {
      Runtime.getRuntime().halt(0);
    }
    // The hidden tests follow the word to go, as bytes: defined here, before any class of the
    // submission runs, and never written to a file the child can see.
    try {
      HiddenClasses.define(HiddenClasses.read(stdin));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot define the hidden tests: " + e, e);
    }
    System.setIn(new ByteArrayInputStream(new byte[0]));
    OutputStream wire = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    Capture capture = new Capture(OUTPUT_LIMIT, RUN_OUTPUT_LIMIT);
    PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
    System.setOut(captured);
    System.setErr(captured);

    Reporter reporter = new Reporter(new Channel(key), wire, capture, sources, hidden);
    PostDiscoveryFilter notSettled =
        d ->
            skip.contains(d.getUniqueId().toString())
                ? FilterResult.excluded("settled by an earlier run")
                : FilterResult.included("not settled yet");
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(select.stream().map(DiscoverySelectors::selectClass).toList())
            .filters(notSettled)
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
            // A stable, readable order (a class may still choose its own with @TestMethodOrder).
            .configurationParameter(
                "junit.jupiter.testmethod.order.default",
                "org.junit.jupiter.api.MethodOrderer$MethodName")
            .build();
    try {
      launcher.execute(request, reporter);
    } catch (OutOfMemoryError e) {
      // JUnit lets an OutOfMemoryError end the whole run. The test's objects are unreachable now,
      // so there is room to report it; the grader starts a new JVM for the tests not yet run.
      reporter.outOfMemory(e);
      Runtime.getRuntime().halt(EXIT_OUT_OF_MEMORY);
    }
    reporter.done();
    if (Boolean.getBoolean(TRAINING_PROPERTY)) {
      // The grader's training run (no student code) ends normally, so that the JVM writes its
      // class-data-sharing archive on the way out.
      System.exit(0);
    }
    // Student code may have left non-daemon threads behind; they must not keep the JVM alive.
    Runtime.getRuntime().halt(0);
  }
}
