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
      Set<String> hiddenClasses) {}

  /** The tests in plan order, how the run ended, and why when it did not end normally. */
  record Result(List<TestResult> tests, Outcome outcome, String note) {}

  private record Planned(String uid, String className, String name, double points) {}

  /** How one child JVM's session ended. */
  private enum End {
    DONE,
    TEST_TIMEOUT,
    /** A test ran out of memory and said so; the tests after it get a fresh JVM. */
    OUT_OF_MEMORY,
    /** The child wrote more than {@link #RAW_OUTPUT_LIMIT} past the capture. */
    OUTPUT_LIMIT,
    RUN_TIMEOUT,
    EXITED,
    /** The result channel ended while the JVM still ran (student code closed it). */
    CHANNEL_CLOSED
  }

  private static final int LINE_LIMIT = 64 * 1024;
  private static final int STDERR_LIMIT = 8 * 1024;

  /**
   * Bytes a child may write to its stdout (other than frames) and stderr together, i.e. straight to
   * the file descriptors, past the harness's capture. More is {@code output_limit}.
   */
  static final long RAW_OUTPUT_LIMIT = 1024 * 1024;

  /** Threads and processes of one child (the JVM itself needs about 20). */
  static final int PROCESS_LIMIT = 256;

  /** The largest file a child may write (in its in-memory temp folder). */
  static final long FILE_LIMIT = 16L * 1024 * 1024;

  private static final Object EOF = new Object();
  private static final Object EXITED = new Object();
  private static final Object FLOOD = new Object();

  private final Settings settings;
  private final Map<String, Planned> plan = new LinkedHashMap<>();
  private final Map<String, TestResult> results = new LinkedHashMap<>();
  private long runDeadline;
  private Child pending;
  private String current;
  private int exitCode;
  private boolean anyFrame;
  private String lastStatus = "";
  private boolean floodedTest;

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
      switch (end) {
        case TEST_TIMEOUT -> {
          settle(
              current,
              TestStatus.TIMED_OUT,
              "took longer than " + seconds(settings.testTimeout()) + " and was stopped",
              settings.testTimeout().toMillis());
          current = null;
        }
        case OUTPUT_LIMIT -> {
          floodedTest = current != null;
          if (floodedTest) {
            settle(
                current,
                TestStatus.OUTPUT_LIMIT,
                "wrote more than "
                    + RAW_OUTPUT_LIMIT / 1024
                    + " KiB straight to stdout/stderr and was stopped",
                0);
            current = null;
          }
        }
        case DONE, OUT_OF_MEMORY, RUN_TIMEOUT, EXITED, CHANNEL_CLOSED -> {
          // Settled by the frames (out of memory) or by finish().
        }
      }
    } while (restarts(end));
    return finish(end);
  }

  /**
   * Whether a new JVM runs the tests not settled yet: after a test that timed out, ran out of
   * memory or flooded the output (that test is settled, so every restart makes progress).
   */
  private boolean restarts(End end) {
    boolean unsettled = plan.keySet().stream().anyMatch(u -> !results.containsKey(u));
    return switch (end) {
      case TEST_TIMEOUT -> true;
      case OUT_OF_MEMORY -> unsettled;
      case OUTPUT_LIMIT -> unsettled && floodedTest;
      case DONE, RUN_TIMEOUT, EXITED, CHANNEL_CLOSED -> false;
    };
  }

  private Result finish(End end) {
    String note = "";
    Outcome outcome = Outcome.GRADED;
    boolean unsettled = plan.keySet().stream().anyMatch(u -> !results.containsKey(u));
    if (end == End.RUN_TIMEOUT) {
      outcome = Outcome.TIMED_OUT;
      note =
          "the whole run took longer than " + seconds(settings.runTimeout()) + " and was stopped";
    } else if (unsettled) {
      outcome = Outcome.CRASHED;
      note =
          switch (end) {
            case DONE -> "the test harness finished without a result for every test";
            case CHANNEL_CLOSED ->
                "the result channel was closed (by the submission?) before every test reported";
            case OUTPUT_LIMIT ->
                "the test JVM wrote more than "
                    + RAW_OUTPUT_LIMIT / 1024
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
    RawOutput raw = new RawOutput(events);
    Thread reader =
        daemon("course-channel", () -> readFrames(process.getInputStream(), channel, events, raw));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread drainer = daemon("course-stderr", () -> drain(process.getErrorStream(), stderr, raw));
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
    lastStatus = ""; // an out-of-memory exit counts only after this JVM's own report
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
        if (event == FLOOD) {
          return End.OUTPUT_LIMIT;
        }
        if (event == EXITED || event == EOF) {
          reader.join(1000);
          for (Object rest = events.poll(); rest != null; rest = events.poll()) {
            if (rest instanceof Channel.Frame f && handle(f)) {
              return End.DONE;
            }
          }
          if (!process.waitFor(1, TimeUnit.SECONDS)) {
            return End.CHANNEL_CLOSED;
          }
          drainer.join(500);
          exitCode = process.exitValue();
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
          return exitCode == Main.EXIT_OUT_OF_MEMORY && lastStatus.equals("out_of_memory")
              ? End.OUT_OF_MEMORY
              : End.EXITED;
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
    for (String c : settings.hiddenClasses()) {
      harnessArgs.addAll(List.of("--hidden", c));
    }
    Sandbox sandbox = settings.sandbox();
    if (!sandbox.available()) {
      harnessArgs.addAll(List.of("--tests", settings.classes().toString()));
      return start(
          javaCommand(
              settings.javaHome(),
              fullJdk(settings.javaHome()),
              settings.jvmOptions(),
              settings.memory(),
              settings.modulePath(),
              List.of(settings.classes(), settings.studentClasses()),
              harnessArgs),
          settings.workDir());
    }
    harnessArgs.addAll(List.of("--tests", Sandbox.CLASSES.toString()));
    Layout layout = Layout.of(settings.modulePath(), settings.jvmOptions());
    List<Sandbox.Bind> binds = new ArrayList<>(layout.binds());
    binds.add(new Sandbox.Bind(settings.classes(), Sandbox.CLASSES));
    binds.add(new Sandbox.Bind(settings.studentClasses(), Sandbox.STUDENT));
    List<String> java =
        javaCommand(
            Sandbox.JDK,
            fullJdk(settings.javaHome()),
            layout.jvmOptions(),
            settings.memory(),
            layout.modulePath(),
            List.of(Sandbox.CLASSES, Sandbox.STUDENT),
            harnessArgs);
    long seconds = Math.max(1, settings.runTimeout().toSeconds());
    List<String> command =
        sandbox.wrap(
            java,
            settings.javaHome(),
            binds,
            null,
            // CPU time counts every thread: a backstop behind the wall clock.
            new Sandbox.Limits(PROCESS_LIMIT, FILE_LIMIT, 2 * seconds + 10));
    return start(command, settings.workDir());
  }

  /** True when {@code javaHome} is the grader's own JDK (not the trimmed runtime). */
  static boolean fullJdk(Path javaHome) {
    return javaHome.equals(Path.of(System.getProperty("java.home")));
  }

  /**
   * Where the module path and the start-up archive are inside the sandbox: under {@code /course},
   * so the child sees no host path. The training run that writes the archive uses the same layout,
   * since the archive only fits the module path it was written with.
   */
  record Layout(List<Sandbox.Bind> binds, List<Path> modulePath, List<String> jvmOptions) {
    static Layout of(List<Path> modulePath, List<String> jvmOptions) {
      List<Sandbox.Bind> binds = new ArrayList<>();
      List<Path> inside = new ArrayList<>();
      for (Path jar : modulePath) {
        Path at = Sandbox.LIB.resolve(jar.getFileName().toString());
        binds.add(new Sandbox.Bind(jar, at));
        inside.add(at);
      }
      List<String> options = new ArrayList<>();
      for (String option : jvmOptions) {
        if (option.startsWith(HarnessLibrary.ARCHIVE_OPTION)) {
          binds.add(
              new Sandbox.Bind(
                  Path.of(option.substring(HarnessLibrary.ARCHIVE_OPTION.length())),
                  Sandbox.ARCHIVE));
          options.add(HarnessLibrary.ARCHIVE_OPTION + Sandbox.ARCHIVE);
        } else {
          options.add(option);
        }
      }
      return new Layout(binds, inside, options);
    }
  }

  /**
   * The modules of the JDK that tests may use, besides those the harness and JUnit bring
   * (java.base, java.logging, java.management). Left out on purpose: {@code jdk.unsupported}
   * (sun.misc.Unsafe), {@code java.instrument}, {@code jdk.attach}, {@code jdk.jdi}, {@code
   * jdk.management} (heap dumps), the compiler and everything else the JDK has.
   */
  static final List<String> SYSTEM_MODULES =
      List.of("java.xml", "java.sql", "jdk.charsets", "jdk.localedata", "jdk.crypto.ec");

  /** The modules of the module path the child resolves: the harness, JUnit, AssertJ's proxies. */
  private static final List<String> LIBRARY_MODULES =
      List.of("course.harness", "org.junit.jupiter.engine", "net.bytebuddy");

  /**
   * The command line of a JVM running the harness: the harness and JUnit as named modules on the
   * module path (the harness module is not opened, so student code on the class path cannot reach
   * into it), only the modules tests need (a trimmed runtime, or {@code --limit-modules} on a full
   * JDK), no attach mechanism; heap, direct memory and metaspace capped; serial GC and C1 only
   * (short runs start faster than they would gain from C2), no perf-data file.
   */
  static List<String> javaCommand(
      Path javaHome,
      boolean fullJdk,
      List<String> jvmOptions,
      String memory,
      List<Path> modulePath,
      List<Path> classpath,
      List<String> harnessArgs) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(
        List.of(
            "-Xmx" + memory,
            "-XX:MaxDirectMemorySize=32m",
            "-XX:MaxMetaspaceSize=128m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData",
            "-XX:+DisableAttachMechanism",
            "-Xshare:auto",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true",
            // The harness installs a security manager around student code (JDK 17 still has it).
            "-Djava.security.manager=allow"));
    if (Boolean.getBoolean(Sandbox.WEAKEN_GUARD)) {
      command.add("-D" + Main.GUARD_PROPERTY + "=off");
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("--module-path", joined(modulePath)));
    List<String> roots = new ArrayList<>(LIBRARY_MODULES.subList(1, LIBRARY_MODULES.size()));
    roots.addAll(SYSTEM_MODULES);
    if (fullJdk) {
      List<String> all = new ArrayList<>(LIBRARY_MODULES);
      all.addAll(SYSTEM_MODULES);
      command.addAll(List.of("--limit-modules", String.join(",", all)));
    }
    command.addAll(List.of("--add-modules", String.join(",", roots)));
    if (!classpath.isEmpty()) {
      command.addAll(List.of("-cp", joined(classpath)));
    }
    command.addAll(List.of("-m", "course.harness/" + Main.class.getName()));
    command.addAll(harnessArgs);
    return command;
  }

  /** Starts {@code command} in {@code workDir} with a cleared environment. */
  static Process start(List<String> command, Path workDir) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().clear();
    builder.environment().put("LANG", "C.UTF-8");
    try {
      return builder.start();
    } catch (IOException e) {
      throw CourseException.internal("cannot start the test JVM: " + e.getMessage(), e);
    }
  }

  private static String joined(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /** Counts what a child writes past the capture and raises {@link #FLOOD} once past the limit. */
  private static final class RawOutput {
    private final BlockingQueue<Object> events;
    private long bytes;
    private boolean flooded;

    RawOutput(BlockingQueue<Object> events) {
      this.events = events;
    }

    synchronized void add(long n) {
      bytes += n;
      if (bytes > RAW_OUTPUT_LIMIT && !flooded) {
        flooded = true;
        events.add(FLOOD);
      }
    }
  }

  /** Reads lines (bounded) and queues those that are frames of this run's channel. */
  private static void readFrames(
      InputStream in, Channel channel, BlockingQueue<Object> events, RawOutput raw) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overlong = false;
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        raw.add(n);
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (!overlong) {
              int length = line.size() + 1;
              channel
                  .decode(line.toString(StandardCharsets.UTF_8))
                  .ifPresent(
                      frame -> {
                        raw.add(-length); // frames are not output
                        events.add(frame);
                      });
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
  private static void drain(InputStream in, ByteArrayOutputStream head, RawOutput raw) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        raw.add(n);
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
