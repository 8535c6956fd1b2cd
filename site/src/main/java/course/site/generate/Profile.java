package course.site.generate;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A timing breakdown of one build by phase, for finding where the time goes: on when the JVM runs
 * with {@code -Dcourse.profile=true} (e.g. {@code JAVA_TOOL_OPTIONS=-Dcourse.profile=true course
 * build}), printed on stderr. Phases that run on both cores add up the time of each thread, so they
 * may sum to more than the wall time.
 */
final class Profile {
  static final boolean ON = Boolean.getBoolean("course.profile");
  private static final Map<String, LongAdder> NANOS = new ConcurrentSkipListMap<>();

  private Profile() {}

  static <T> T time(String phase, Supplier<T> work) {
    if (!ON) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      NANOS.computeIfAbsent(phase, p -> new LongAdder()).add(System.nanoTime() - start);
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

  /** Prints the phases; {@code jvmStartMs} is the JVM's up time when the build began. */
  static void print(PrintStream err, long jvmStartMs, long buildNanos) {
    if (!ON) {
      return;
    }
    err.printf("profile: JVM start and CLI until the build began: %d ms%n", jvmStartMs);
    NANOS.forEach((phase, n) -> err.printf("profile: %-28s %6d ms%n", phase, n.sum() / 1_000_000));
    err.printf("profile: %-28s %6d ms (wall)%n", "build, all phases", buildNanos / 1_000_000);
    NANOS.clear();
  }

  static long jvmUpMs() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }
}
