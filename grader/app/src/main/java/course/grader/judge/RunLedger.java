package course.grader.judge;

import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import course.harness.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a run, apart from processes and clocks: what the harness planned, what each test
 * reported, which test is running, and how the run ends. A test that never reported is never a
 * pass; after a test that timed out, ran out of memory or flooded the output, a new JVM runs the
 * tests not settled yet. Frames in, {@link ChildRun.Result} out, so the rules have unit tests of
 * their own.
 */
final class RunLedger {
  /** How one child JVM's session ended. */
  enum End {
    DONE,
    TEST_TIMEOUT,
    /** A test ran out of memory and said so; the tests after it get a fresh JVM. */
    OUT_OF_MEMORY,
    /** The child wrote more than {@link ChildProcess#RAW_OUTPUT_LIMIT} past the capture. */
    OUTPUT_LIMIT,
    RUN_TIMEOUT,
    EXITED,
    /** The result channel ended while the JVM still ran (student code closed it). */
    CHANNEL_CLOSED
  }

  private record Planned(String uid, String className, String name, double points) {}

  private final Set<String> visibleClasses;
  private final Duration testTimeout;
  private final Duration runTimeout;
  private final Map<String, Planned> plan = new LinkedHashMap<>();
  private final Map<String, TestResult> results = new LinkedHashMap<>();
  private String current;
  private boolean anyFrame;
  private String lastStatus = "";
  private boolean floodedTest;

  RunLedger(Set<String> visibleClasses, Duration testTimeout, Duration runTimeout) {
    this.visibleClasses = visibleClasses;
    this.testTimeout = testTimeout;
    this.runTimeout = runTimeout;
  }

  /** The unique ids of the tests settled so far (a new JVM skips them). */
  Set<String> settled() {
    return results.keySet();
  }

  /** True while a test has started and not reported. */
  boolean testRunning() {
    return current != null;
  }

  /** True once any frame of any JVM of this run arrived. */
  boolean anyFrame() {
    return anyFrame;
  }

  /** Forgets the last status: an out-of-memory exit counts only after the same JVM's report. */
  void newSession() {
    lastStatus = "";
  }

  /** True when the last report of this session was an out-of-memory one. */
  boolean lastReportedOutOfMemory() {
    return lastStatus.equals("out_of_memory");
  }

  /** Applies one frame; true when it was the final one. */
  boolean apply(Channel.Frame frame) {
    anyFrame = true;
    switch (frame.type()) {
      case Channel.PLAN -> {
        String uid = frame.field(0);
        plan.putIfAbsent(
            uid, new Planned(uid, frame.field(1), frame.field(3), parsePoints(frame.field(4))));
      }
      case Channel.START -> current = frame.field(0);
      case Channel.RESULT -> {
        String uid = frame.field(0);
        String status = frame.field(1);
        lastStatus = status;
        if (status.equals("skipped")) {
          plan.remove(uid);
        } else if (plan.containsKey(uid)) {
          Planned p = plan.get(uid);
          TestStatus s = fromWire(status);
          long millis = parseLong(frame.field(4));
          results.put(
              uid,
              result(p, s, frame.field(2), s == TestStatus.PASSED ? p.points() : 0, frame.field(3))
                  .withDuration(millis));
        }
        if (uid.equals(current)) {
          current = null;
        }
      }
      case Channel.DONE -> {
        return true;
      }
      default -> {
        // A frame type this grader does not know: ignore it, the plan decides what counts.
      }
    }
    return false;
  }

  /** Settles what a session that ended with {@code end} leaves running. */
  void ended(End end) {
    switch (end) {
      case TEST_TIMEOUT -> {
        settle(
            current,
            TestStatus.TIMED_OUT,
            "took longer than " + seconds(testTimeout) + " and was stopped",
            testTimeout.toMillis());
        current = null;
      }
      case OUTPUT_LIMIT -> {
        floodedTest = current != null;
        if (floodedTest) {
          settle(
              current,
              TestStatus.OUTPUT_LIMIT,
              "wrote more than "
                  + ChildProcess.RAW_OUTPUT_LIMIT / 1024
                  + " KiB straight to stdout/stderr and was stopped",
              0);
          current = null;
        }
      }
      case DONE, OUT_OF_MEMORY, RUN_TIMEOUT, EXITED, CHANNEL_CLOSED -> {
        // Settled by the frames (out of memory) or by finish().
      }
    }
  }

  /**
   * Whether a new JVM runs the tests not settled yet: after a test that timed out, ran out of
   * memory or flooded the output (that test is settled, so every restart makes progress).
   */
  boolean restarts(End end) {
    boolean unsettled = plan.keySet().stream().anyMatch(u -> !results.containsKey(u));
    return switch (end) {
      case TEST_TIMEOUT -> true;
      case OUT_OF_MEMORY -> unsettled;
      case OUTPUT_LIMIT -> unsettled && floodedTest;
      case DONE, RUN_TIMEOUT, EXITED, CHANNEL_CLOSED -> false;
    };
  }

  /** The run's result once the last session ended with {@code end}. */
  ChildRun.Result finish(End end, int exitCode) {
    String note = "";
    Outcome outcome = Outcome.GRADED;
    boolean unsettled = plan.keySet().stream().anyMatch(u -> !results.containsKey(u));
    if (end == End.RUN_TIMEOUT) {
      outcome = Outcome.TIMED_OUT;
      note = "the whole run took longer than " + seconds(runTimeout) + " and was stopped";
    } else if (unsettled) {
      outcome = Outcome.CRASHED;
      note =
          switch (end) {
            case DONE -> "the test harness finished without a result for every test";
            case CHANNEL_CLOSED ->
                "the result channel was closed (by the submission?) before every test reported";
            case OUTPUT_LIMIT ->
                "the test JVM wrote more than "
                    + ChildProcess.RAW_OUTPUT_LIMIT / 1024
                    + " KiB straight to stdout/stderr outside any test and was stopped";
            case EXITED, OUT_OF_MEMORY, TEST_TIMEOUT, RUN_TIMEOUT ->
                "the test JVM ended (exit code "
                    + exitCode
                    + ") before every test reported; System.exit, Runtime.halt or a crash is the"
                    + " usual cause";
          };
    }
    List<TestResult> tests = new ArrayList<>();
    for (Planned p : plan.values()) {
      TestResult r = results.get(p.uid());
      if (r == null) {
        boolean wasRunning = p.uid().equals(current);
        r =
            switch (outcome) {
              case TIMED_OUT ->
                  result(
                      p,
                      TestStatus.TIMED_OUT,
                      wasRunning
                          ? "still running when the whole run hit its limit"
                          : "not run: the whole run hit its limit",
                      0,
                      "");
              default ->
                  result(
                      p,
                      TestStatus.CRASHED,
                      end == End.DONE
                          ? "the test run ended without a result for this test"
                          : wasRunning
                              ? "the JVM ended during this test (System.exit, Runtime.halt or a"
                                  + " crash?)"
                              : "not run: the JVM ended before this test",
                      0,
                      "");
            };
      }
      tests.add(r);
    }
    return new ChildRun.Result(tests, outcome, note);
  }

  private void settle(String uid, TestStatus status, String message, long millis) {
    Planned p = plan.get(uid);
    if (p != null) {
      results.put(uid, result(p, status, message, 0, "").withDuration(millis));
    }
  }

  private TestResult result(
      Planned p, TestStatus status, String message, double points, String output) {
    boolean visible = visibleClasses.contains(topLevel(p.className()));
    // A hidden test's output never leaves the grader either (the harness drops it first), and its
    // message is cut again here, whatever the child sent.
    return new TestResult(
        p.uid(),
        p.name(),
        visible,
        status,
        points,
        p.points(),
        cut(message),
        visible ? output : "",
        0);
  }

  /** Messages are short lines: at most 500 characters (the harness cuts them first). */
  static String cut(String message) {
    return message.length() <= 500 ? message : message.substring(0, 499) + "…";
  }

  private static TestStatus fromWire(String status) {
    try {
      return TestStatus.fromWire(status);
    } catch (IllegalArgumentException e) {
      return TestStatus.ERRORED; // a status this grader does not know is no pass
    }
  }

  private static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static double parsePoints(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
