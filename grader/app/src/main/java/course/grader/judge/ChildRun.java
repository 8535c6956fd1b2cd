package course.grader.judge;

import course.catalog.CourseException;
import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.harness.Channel;
import course.harness.Main;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs compiled tests in fresh child JVMs and collects what the harness reports on the
 * authenticated channel. Enforces the per-test limit (the JVM is killed and a new one runs the
 * tests not yet settled, so a CPU loop costs one test, not the run) and the wall-clock limit of the
 * whole run. The command lines are {@link ChildCommand}'s, the processes {@link ChildProcess}'s and
 * the rules (whatever never reports is never a pass) {@link RunLedger}'s; this class holds the
 * clocks and the loop.
 */
final class ChildRun {
  /**
   * What the child needs: limits, JVM options, class path, the classes to run; {@code resources} is
   * the folder student code may read ({@code allow: [files]}), or null.
   */
  record Settings(
      Duration testTimeout,
      Duration runTimeout,
      String memory,
      Path javaHome,
      List<String> jvmOptions,
      List<Path> modulePath,
      Path classes,
      Path studentClasses,
      Path workDir,
      Sandbox sandbox,
      List<String> testClasses,
      Set<String> visibleClasses,
      List<String> sourceClasses,
      Set<String> hiddenClasses,
      Path resources) {

    /**
     * These settings with the folders of one run: {@code work/classes}, {@code work/student} and
     * {@code work/run}; {@code null} for a run's shape without folders ({@link SpareRuns}' key).
     */
    Settings in(Path work) {
      return new Settings(
          testTimeout,
          runTimeout,
          memory,
          javaHome,
          jvmOptions,
          modulePath,
          work == null ? null : work.resolve("classes"),
          work == null ? null : work.resolve("student"),
          work == null ? null : work.resolve("run"),
          sandbox,
          testClasses,
          visibleClasses,
          sourceClasses,
          hiddenClasses,
          resources);
    }
  }

  /** The tests in plan order, how the run ended, and why when it did not end normally. */
  record Result(List<TestResult> tests, Outcome outcome, String note) {}

  private final Settings settings;
  private final RunLedger ledger;
  private long runDeadline;
  private ChildProcess pending;
  private int exitCode;
  private java.util.Map<String, byte[]> hiddenBytes = java.util.Map.of();

  ChildRun(Settings settings) {
    this.settings = settings;
    this.ledger =
        new RunLedger(settings.visibleClasses(), settings.testTimeout(), settings.runTimeout());
  }

  /**
   * Starts the first child JVM now, so that its start-up overlaps the compilation; the tests only
   * start with {@link #run()}. Call {@link #abandon()} if they never will.
   */
  void prestart() {
    if (pending == null) {
      pending = launch();
    }
  }

  /**
   * As {@link #prestart()}, for a JVM started well ahead of its submission: it also runs the
   * harness's warm-up test before it waits ({@link SpareRuns}).
   */
  void prestartWarm() {
    if (pending == null) {
      pending =
          ChildProcess.launch(
              ChildCommand.forRun(settings, Set.copyOf(ledger.settled()), true),
              settings.workDir());
    }
  }

  /** True while a child started by {@link #prestart()} is still running, waiting for go. */
  boolean prestartedAlive() {
    return pending != null && pending.alive();
  }

  /** Ends a child started by {@link #prestart()} that will not be used. */
  void abandon() {
    if (pending != null) {
      pending.retire();
      pending = null;
    }
  }

  /** The hidden tests' classes, compiled after the child started; sent to each child at go. */
  void hiddenClasses(java.util.Map<String, byte[]> classes) {
    this.hiddenBytes = classes;
  }

  Result run() {
    runDeadline = System.nanoTime() + settings.runTimeout().toNanos();
    RunLedger.End end;
    do {
      ChildProcess child = pending != null ? pending : launch();
      pending = null;
      end = session(child);
      ledger.ended(end);
    } while (ledger.restarts(end));
    return ledger.finish(end, exitCode);
  }

  private ChildProcess launch() {
    return ChildProcess.launch(
        ChildCommand.forRun(settings, Set.copyOf(ledger.settled())), settings.workDir());
  }

  /** Lets one child JVM run and follows it until it ends or a limit strikes. */
  private RunLedger.End session(ChildProcess child) {
    child.go(hiddenBytes);
    long testDeadline = Long.MAX_VALUE;
    ledger.newSession();
    try {
      while (true) {
        long now = System.nanoTime();
        if (now >= runDeadline) {
          return RunLedger.End.RUN_TIMEOUT;
        }
        if (ledger.testRunning() && now >= testDeadline) {
          return RunLedger.End.TEST_TIMEOUT;
        }
        ChildEvent event = child.next(Math.min(runDeadline, testDeadline) - now);
        if (event == null) {
          continue;
        }
        // Java 17 has no pattern switch; the event type is sealed, so these four are all.
        if (event instanceof ChildEvent.Flooded) {
          return RunLedger.End.OUTPUT_LIMIT;
        }
        if (event instanceof ChildEvent.Exited || event instanceof ChildEvent.StreamEnded) {
          return ended(child);
        }
        Channel.Frame frame = ((ChildEvent.FrameArrived) event).frame();
        if (Channel.START.equals(frame.type())) {
          testDeadline = System.nanoTime() + settings.testTimeout().toNanos();
        }
        if (ledger.apply(frame)) {
          return RunLedger.End.DONE;
        }
        if (!ledger.testRunning()) {
          testDeadline = Long.MAX_VALUE;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.internal("interrupted while grading", e);
    } finally {
      child.kill();
    }
  }

  /** The child's stream or process ended: take the frames still queued, then see how it ended. */
  private RunLedger.End ended(ChildProcess child) throws InterruptedException {
    child.awaitReader();
    for (ChildEvent rest = child.queued(); rest != null; rest = child.queued()) {
      if (rest instanceof ChildEvent.FrameArrived f && ledger.apply(f.frame())) {
        return RunLedger.End.DONE;
      }
    }
    OptionalInt code = child.exitCode();
    if (code.isEmpty()) {
      return RunLedger.End.CHANNEL_CLOSED;
    }
    exitCode = code.getAsInt();
    if (!ledger.anyFrame() && exitCode != 0) {
      throw ChildProcess.notStarted(exitCode, child.firstStderrLine());
    }
    return exitCode == Main.EXIT_OUT_OF_MEMORY && ledger.lastReportedOutOfMemory()
        ? RunLedger.End.OUT_OF_MEMORY
        : RunLedger.End.EXITED;
  }
}
