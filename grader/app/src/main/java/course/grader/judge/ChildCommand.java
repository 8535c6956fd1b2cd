package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Main;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command lines of child JVMs: the JVM's flags and modules, the harness's arguments, and the
 * sandbox around it with everything of ours bound under {@code /course}.
 */
final class ChildCommand {
  /**
   * System property of the grader: {@code c1} runs test JVMs with the fast-start compiler only (the
   * flags before issue 15), which only the JVM flags benchmark uses.
   */
  static final String JIT_PROPERTY = "course.bench.child-jit";

  /** Threads and processes of one child (the JVM itself needs about 20). */
  static final int PROCESS_LIMIT = 256;

  /** The largest file a child may write (the file system is read-only: a backstop). */
  static final long FILE_LIMIT = 16L * 1024 * 1024;

  private ChildCommand() {}

  /**
   * The command of a child JVM over the tests of {@code settings} not in {@code settled}, inside
   * the sandbox when there is one.
   */
  static List<String> forRun(ChildRun.Settings settings, Set<String> settled) {
    return forRun(settings, settled, false);
  }

  /**
   * As {@link #forRun(ChildRun.Settings, Set)}; {@code warmUp} has the harness run its own warm-up
   * test before it waits for go (a JVM started ahead of its submission, {@link SpareRuns}).
   */
  static List<String> forRun(ChildRun.Settings settings, Set<String> settled, boolean warmUp) {
    List<String> harnessArgs = new ArrayList<>();
    if (warmUp) {
      harnessArgs.addAll(List.of("--warm-up", Warmup.WARMUP_TEST));
    }
    for (String c : settings.testClasses()) {
      harnessArgs.addAll(List.of("--select", c));
    }
    for (String uid : settled) {
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
      List<Path> classpath =
          new ArrayList<>(List.of(settings.classes(), settings.studentClasses()));
      if (settings.resources() != null) {
        harnessArgs.addAll(List.of("--readable", settings.resources().toString()));
        classpath.add(settings.resources());
      }
      return javaCommand(
          settings.javaHome(),
          fullJdk(settings.javaHome()),
          settings.jvmOptions(),
          settings.memory(),
          settings.modulePath(),
          classpath,
          harnessArgs);
    }
    harnessArgs.addAll(List.of("--tests", Sandbox.CLASSES.toString()));
    Layout layout = Layout.of(settings.modulePath(), settings.jvmOptions());
    List<Sandbox.Bind> binds = new ArrayList<>(layout.binds());
    binds.add(new Sandbox.Bind(settings.classes(), Sandbox.CLASSES));
    binds.add(new Sandbox.Bind(settings.studentClasses(), Sandbox.STUDENT));
    List<Path> classpath = new ArrayList<>(List.of(Sandbox.CLASSES, Sandbox.STUDENT));
    if (settings.resources() != null) {
      // Read-only like every bind; on the class path so getResourceAsStream finds the files.
      binds.add(new Sandbox.Bind(settings.resources(), Sandbox.RESOURCES));
      harnessArgs.addAll(List.of("--readable", Sandbox.RESOURCES.toString()));
      classpath.add(Sandbox.RESOURCES);
    }
    List<String> java =
        javaCommand(
            Sandbox.JDK,
            fullJdk(settings.javaHome()),
            layout.jvmOptions(),
            settings.memory(),
            layout.modulePath(),
            classpath,
            harnessArgs);
    long seconds = Math.max(1, settings.runTimeout().toSeconds());
    return sandbox.wrap(
        java,
        settings.javaHome(),
        binds,
        null,
        // CPU time counts every thread: a backstop behind the wall clock.
        new Sandbox.Limits(PROCESS_LIMIT, FILE_LIMIT, 2 * seconds + 10));
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
   * (java.base, java.logging, java.management). Honest code uses {@code java.desktop} (value
   * classes such as {@code java.awt.Point}; the JVM runs headless, so no window, robot or
   * clipboard), {@code jdk.random} (the generators behind {@code RandomGenerator.getDefault()}),
   * {@code java.logging}. Left out on purpose, each with its reason in {@code grader/README.md}:
   * {@code jdk.unsupported} (sun.misc.Unsafe), {@code java.instrument}, {@code jdk.attach}, {@code
   * jdk.jdi}, {@code jdk.management} (heap dumps), the compiler and everything else the JDK has.
   */
  static final List<String> SYSTEM_MODULES =
      List.of(
          "java.xml",
          "java.sql",
          "java.desktop",
          "jdk.random",
          "jdk.charsets",
          "jdk.localedata",
          "jdk.crypto.ec");

  /** The modules of the module path the child resolves: the harness, JUnit, AssertJ's proxies. */
  private static final List<String> LIBRARY_MODULES =
      List.of("course.harness", "org.junit.jupiter.engine", "net.bytebuddy");

  /**
   * The command line of a JVM running the harness: the harness and JUnit as named modules on the
   * module path (the harness module is not opened, so student code on the class path cannot reach
   * into it), only the modules tests need (a trimmed runtime, or {@code --limit-modules} on a full
   * JDK), no attach mechanism; heap, direct memory and metaspace capped; serial GC, full tiered
   * compilation (C1 first, so short runs start as fast as with C1 only, and C2 for CPU-heavy tests:
   * grader/bench/jvm-flags-benchmark.sh), no perf-data file.
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
            "-XX:-UsePerfData",
            "-XX:+DisableAttachMechanism",
            "-Xshare:auto",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true",
            // The harness installs a security manager around student code (JDK 17 still has it).
            "-Djava.security.manager=allow"));
    if ("c1".equals(System.getProperty(JIT_PROPERTY))) {
      command.add("-XX:TieredStopAtLevel=1"); // the flags before issue 15, for the benchmark
    }
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

  /** Kills {@code process} and everything it started. */
  static void kill(Process process) {
    ChildProcess.kill(process);
  }
}
