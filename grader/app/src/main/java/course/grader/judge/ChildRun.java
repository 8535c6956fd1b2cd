package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Channel;
import course.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled tests in fresh child JVMs and collects what the harness reports on the
 * authenticated channel. Enforces the per-test limit (the JVM is killed and a new one runs the
 * tests not yet settled, so a CPU loop costs one test, not the run) and the wall-clock limit of the
 * whole run. Whatever never reports is never a pass.
 */
final class ChildRun {
  /** What the child needs: limits, JVM options, class path, the classes to run. */
  record Settings(
      Duration testTimeout,
      Duration runTimeout,
      String memory,
      List<String> jvmOptions,
      List<Path> classpath,
      Path workDir,
      List<String> testClasses,
      Set<String> visibleClasses,
      List<String> sourceClasses) {}

  /** The tests in plan order, how the run ended, and why when it did not end normally. */
  record Result(List<TestResult> tests, Outcome outcome, String note) {}

  private record Planned(String uid, String className, String name, double points) {}

  /** How one child JVM's session ended. */
  private enum End {
    DONE,
    TEST_TIMEOUT,
    RUN_TIMEOUT,
    EXITED
  }

  private static final int LINE_LIMIT = 64 * 1024;
  private static final int STDERR_LIMIT = 8 * 1024;
  private static final Object EOF = new Object();
  private static final Object EXITED = new Object();

  private final Settings settings;
  private final Map<String, Planned> plan = new LinkedHashMap<>();
  private final Map<String, TestResult> results = new LinkedHashMap<>();
  private long runDeadline;
  private Child pending;
  private String current;
  private int exitCode;
  private boolean anyFrame;

  ChildRun(Settings settings) {
    this.settings = settings;
  }

  /** A child JVM started ahead of time, waiting for the word to go. */
  private record Child(
      Process process,
      OutputStream stdin,
      BlockingQueue<Object> events,
      Thread reader,
      Thread drainer,
      ByteArrayOutputStream stderr) {}

  /**
   * Starts the first child JVM now, so that its start-up overlaps the compilation; the tests only
   * start with {@link #run()}. Call {@link #abandon()} if they never will.
   */
  void prestart() {
    if (pending == null) {
      pending = launch();
    }
  }

  /** Ends a child started by {@link #prestart()} that will not be used. */
  void abandon() {
    if (pending != null) {
      kill(pending.process());
      pending = null;
    }
  }

  Result run() {
    runDeadline = System.nanoTime() + settings.runTimeout().toNanos();
    End end;
    do {
      Child child = pending != null ? pending : launch();
      pending = null;
      end = session(child);
      if (end == End.TEST_TIMEOUT) {
        settle(
            current,
            TestStatus.TIMED_OUT,
            "took longer than " + seconds(settings.testTimeout()) + " and was stopped",
            settings.testTimeout().toMillis());
        current = null;
      }
    } while (end == End.TEST_TIMEOUT);
    return finish(end);
  }

  private Result finish(End end) {
    String note = "";
    Outcome outcome = Outcome.GRADED;
    if (end == End.RUN_TIMEOUT) {
      outcome = Outcome.TIMED_OUT;
      note =
          "the whole run took longer than " + seconds(settings.runTimeout()) + " and was stopped";
    } else if (end == End.EXITED && plan.keySet().stream().anyMatch(u -> !results.containsKey(u))) {
      outcome = Outcome.CRASHED;
      note =
          "the test JVM ended (exit code "
              + exitCode
              + ") before every test reported; System.exit, Runtime.halt or a crash is the usual"
              + " cause";
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
    return new Result(tests, outcome, note);
  }

  /** Starts a child JVM over the tests not settled yet and hands it its key. */
  private Child launch() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String keyHex = HexFormat.of().formatHex(key);
    Channel channel = new Channel(keyHex);
    Process process = start();
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    Thread reader =
        daemon("course-channel", () -> readFrames(process.getInputStream(), channel, events));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread drainer = daemon("course-stderr", () -> drain(process.getErrorStream(), stderr));
    process.onExit().thenRun(() -> events.add(EXITED));
    OutputStream stdin = process.getOutputStream();
    try {
      stdin.write((keyHex + "\n").getBytes(StandardCharsets.US_ASCII));
      stdin.flush();
    } catch (IOException e) {
      // The child died at once; the session sees the exit like any other.
    }
    return new Child(process, stdin, events, reader, drainer, stderr);
  }

  /** Lets one child JVM run and follows it until it ends or a limit strikes. */
  private End session(Child child) {
    Process process = child.process();
    BlockingQueue<Object> events = child.events();
    Thread reader = child.reader();
    Thread drainer = child.drainer();
    ByteArrayOutputStream stderr = child.stderr();
    try (OutputStream stdin = child.stdin()) {
      stdin.write((Main.GO + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // The child died; the exit is handled below like any other.
    }
    long testDeadline = Long.MAX_VALUE;
    try {
      while (true) {
        long now = System.nanoTime();
        if (now >= runDeadline) {
          return End.RUN_TIMEOUT;
        }
        if (current != null && now >= testDeadline) {
          return End.TEST_TIMEOUT;
        }
        Object event = events.poll(Math.min(runDeadline, testDeadline) - now, TimeUnit.NANOSECONDS);
        if (event == null) {
          continue;
        }
        if (event == EXITED || event == EOF) {
          reader.join(1000);
          for (Object rest = events.poll(); rest != null; rest = events.poll()) {
            if (rest instanceof Channel.Frame f && handle(f)) {
              return End.DONE;
            }
          }
          process.waitFor(1, TimeUnit.SECONDS);
          drainer.join(500);
          exitCode = process.isAlive() ? -1 : process.exitValue();
          String stderrHead;
          synchronized (stderr) {
            stderrHead = stderr.toString(StandardCharsets.UTF_8);
          }
          if (!anyFrame && exitCode != 0) {
            throw CourseException.internal(
                "the test JVM did not start (exit code "
                    + exitCode
                    + "): "
                    + stderrHead.lines().findFirst().orElse("no message"),
                null);
          }
          return End.EXITED;
        }
        Channel.Frame frame = (Channel.Frame) event;
        if (Channel.START.equals(frame.type())) {
          testDeadline = System.nanoTime() + settings.testTimeout().toNanos();
        }
        if (handle(frame)) {
          return End.DONE;
        }
        if (current == null) {
          testDeadline = Long.MAX_VALUE;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.internal("interrupted while grading", e);
    } finally {
      kill(process);
    }
  }

  /** Applies one frame; true when it was the final one. */
  private boolean handle(Channel.Frame frame) {
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
        if (status.equals("skipped")) {
          plan.remove(uid);
        } else if (plan.containsKey(uid)) {
          Planned p = plan.get(uid);
          TestStatus s = TestStatus.fromWire(status);
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

  private void settle(String uid, TestStatus status, String message, long millis) {
    Planned p = plan.get(uid);
    if (p != null) {
      results.put(uid, result(p, status, message, 0, "").withDuration(millis));
    }
  }

  private TestResult result(
      Planned p, TestStatus status, String message, double points, String output) {
    boolean visible = settings.visibleClasses().contains(topLevel(p.className()));
    return new TestResult(
        p.uid(), p.name(), visible, status, points, p.points(), message, visible ? output : "", 0);
  }

  private Process start() {
    List<String> harnessArgs = new ArrayList<>();
    for (String c : settings.testClasses()) {
      harnessArgs.addAll(List.of("--select", c));
    }
    for (String uid : results.keySet()) {
      harnessArgs.addAll(List.of("--skip", uid));
    }
    for (String c : settings.sourceClasses()) {
      harnessArgs.addAll(List.of("--source", c));
    }
    return startJvm(
        settings.jvmOptions(),
        settings.memory(),
        settings.classpath(),
        harnessArgs,
        settings.workDir());
  }

  /**
   * Starts a JVM running the harness: small heap, serial GC and C1 only (short runs start faster
   * than they would gain from C2), no perf-data file, a cleared environment, {@code workDir} as its
   * folder.
   */
  static Process startJvm(
      List<String> jvmOptions,
      String memory,
      List<Path> classpath,
      List<String> harnessArgs,
      Path workDir) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx" + memory,
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData",
            "-Xshare:auto",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            String.join(
                java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
            Main.class.getName()));
    command.addAll(harnessArgs);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().clear();
    builder.environment().put("LANG", "C.UTF-8");
    try {
      return builder.start();
    } catch (IOException e) {
      throw CourseException.internal("cannot start the test JVM: " + e.getMessage(), e);
    }
  }

  /** Reads lines (bounded) and queues those that are frames of this run's channel. */
  private static void readFrames(InputStream in, Channel channel, BlockingQueue<Object> events) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overlong = false;
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (!overlong) {
              channel.decode(line.toString(StandardCharsets.UTF_8)).ifPresent(events::add);
            }
            line.reset();
            overlong = false;
          } else if (line.size() < LINE_LIMIT) {
            line.write(b);
          } else {
            overlong = true;
          }
        }
      }
    } catch (IOException e) {
      // The child is gone; the end of the stream says so.
    } finally {
      events.add(EOF);
    }
  }

  /** Keeps the first bytes of stderr for error messages and throws the rest away. */
  private static void drain(InputStream in, ByteArrayOutputStream head) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        synchronized (head) {
          int room = Math.max(0, STDERR_LIMIT - head.size());
          head.write(buffer, 0, Math.min(room, n));
        }
      }
    } catch (IOException e) {
      // The child is gone.
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Kills the child and everything it started. */
  static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  private static String seconds(Duration d) {
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
