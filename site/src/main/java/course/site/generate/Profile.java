package course.site.generate;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A timing breakdown of one build by phase, for finding where the time goes: on when the JVM runs
 * with {@code -Dcourse.profile=true} (e.g. {@code JAVA_TOOL_OPTIONS=-Dcourse.profile=true course
 * build}), printed on stderr. Phases that run on both cores add up the time of each thread, so they
 * may sum to more than the wall time. Each phase shows its wall time and the CPU time of the
 * threads that ran it: on a busy machine a thread waits for a core, and the CPU time says what the
 * phase costs.
 */
final class Profile {
  static final boolean ON = Boolean.getBoolean("course.profile");
  private static final Map<String, LongAdder> NANOS = new ConcurrentSkipListMap<>();
  private static final Map<String, LongAdder> CPU = new ConcurrentSkipListMap<>();
  private static final ThreadMXBean THREADS = ON ? ManagementFactory.getThreadMXBean() : null;
  private static final Map<Long, String> MARKS = new ConcurrentSkipListMap<>();

  private Profile() {}

  static <T> T time(String phase, Supplier<T> work) {
    if (!ON) {
      return work.get();
    }
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return work.get();
    } finally {
      NANOS.computeIfAbsent(phase, p -> new LongAdder()).add(System.nanoTime() - start);
      CPU.computeIfAbsent(phase, p -> new LongAdder()).add(THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  static void time(String phase, Runnable work) {
    time(
        phase,
        () -> {
          work.run();
          return null;
        });
  }

  /** Notes the moment {@code event} happened, for the profile's timeline (JVM up time). */
  static void mark(String event) {
    if (ON) {
      MARKS.put(System.nanoTime(), event);
    }
  }

  /** Prints the phases; {@code jvmStartMs} is the JVM's up time when the build began. */
  static void print(PrintStream err, long jvmStartMs, long buildNanos) {
    if (!ON) {
      return;
    }
    err.printf("profile: JVM start and CLI until the build began: %d ms%n", jvmStartMs);
    err.printf("profile: %-28s %8s %8s%n", "phase", "wall ms", "CPU ms");
    NANOS.forEach(
        (phase, n) ->
            err.printf(
                "profile: %-28s %8d %8d%n",
                phase, n.sum() / 1_000_000, CPU.get(phase).sum() / 1_000_000));
    err.printf("profile: %-28s %8d (wall)%n", "build, all phases", buildNanos / 1_000_000);
    long end = System.nanoTime();
    long up = ManagementFactory.getRuntimeMXBean().getUptime();
    MARKS.forEach(
        (at, event) ->
            err.printf(
                "profile: at %5d ms (JVM up time) %s%n", up - (end - at) / 1_000_000, event));
    MARKS.clear();
    NANOS.clear();
    CPU.clear();
  }

  static long jvmUpMs() {
    // The management classes cost start-up time: loaded only for a profile.
    return ON ? ManagementFactory.getRuntimeMXBean().getUptime() : 0;
  }
}
