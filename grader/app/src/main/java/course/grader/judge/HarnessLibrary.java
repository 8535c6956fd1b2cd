package course.grader.judge;

import course.catalog.CourseException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars of the child JVM's class path (the harness, the test API, JUnit, AssertJ), which the
 * build puts in {@code harness-lib/} beside the grader's jar (or beside {@code target/classes} when
 * running from the build). The same jars are the compile class path of tests.
 */
public final class HarnessLibrary {
  /** System property that points at another harness-lib folder. */
  public static final String PROPERTY = "course.harness.lib";

  /** The class-data-sharing archive of child JVMs, beside the folder; see {@link Warmup}. */
  static final String ARCHIVE = "harness.jsa";

  /** The trimmed Java runtime of child JVMs, beside the folder; see {@link Warmup}. */
  static final String RUNTIME = "child-runtime";

  /** The JVM option that names the archive. */
  static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

  private final List<Path> jars;
  private final Path archive;

  private HarnessLibrary(List<Path> jars, Path archive) {
    this.jars = List.copyOf(jars);
    this.archive = archive;
  }

  /** The same jars with the child archive at {@code file}. */
  public HarnessLibrary withArchive(Path file) {
    return new HarnessLibrary(jars, file.toAbsolutePath().normalize());
  }

  /** Where the archive of child JVMs is, or is to be written. */
  public Path archive() {
    return archive;
  }

  /** Where the trimmed runtime of child JVMs is, or is to be written: beside the archive. */
  public Path runtime() {
    return archive.resolveSibling(RUNTIME);
  }

  /**
   * The Java runtime child JVMs run on: the trimmed one (only the modules tests need, see {@link
   * ChildCommand#SYSTEM_MODULES}) when {@link Warmup} wrote it, else the grader's own JDK, which
   * then hides the other modules with {@code --limit-modules} (and starts without an archive: JDK
   * 17 turns class-data sharing off with that option).
   */
  Path javaHome() {
    return trimmed() ? runtime() : Path.of(System.getProperty("java.home"));
  }

  /** True when children run on the trimmed runtime (written, and with every module they need). */
  public boolean trimmed() {
    return Files.isExecutable(runtime().resolve("bin").resolve("java")) && hasModules(runtime());
  }

  /**
   * True when the runtime at {@code home} has every module children need (its {@code release} file
   * lists them): a runtime written by an older grader with fewer modules is not used, and {@code
   * course warmup} writes it again.
   */
  static boolean hasModules(Path home) {
    try {
      String release = Files.readString(home.resolve("release"));
      java.util.Set<String> modules = new java.util.HashSet<>();
      for (String line : release.split("\n")) {
        if (line.startsWith("MODULES=")) {
          modules.addAll(List.of(line.substring(8).replace("\"", "").trim().split("\\s+")));
        }
      }
      return modules.containsAll(ChildCommand.SYSTEM_MODULES);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Options that start child JVMs from the archive when there is one (on the trimmed runtime only).
   * The JVM checks that the archive fits (same runtime, the same module path) and otherwise starts
   * without it; its messages about that are turned off, since the child's stdout is the result
   * channel.
   */
  List<String> jvmOptions() {
    if (!trimmed() || !Files.isRegularFile(archive)) {
      return List.of();
    }
    return List.of(ARCHIVE_OPTION + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  /** The jars of the folder {@code dir}. */
  public static HarnessLibrary in(Path folder) {
    // Absolute: the child JVM runs in a folder of its own.
    Path dir = folder.toAbsolutePath().normalize();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("course-harness"))) {
        throw CourseException.internal(
            dir + ": the harness jar is missing; rebuild with ./course or mvn package", null);
      }
      return new HarnessLibrary(jars, dir.resolveSibling(ARCHIVE));
    } catch (IOException e) {
      throw CourseException.internal(
          dir + ": harness-lib is missing; rebuild with ./course or mvn package", e);
    }
  }

  /** The folder next to the running grader, or the one named by {@link #PROPERTY}. */
  public static HarnessLibrary locate() {
    String override = System.getProperty(PROPERTY);
    if (override != null && !override.isBlank()) {
      return in(Path.of(override));
    }
    try {
      Path code =
          Path.of(HarnessLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return in(code.getParent().resolve("harness-lib"));
    } catch (URISyntaxException e) {
      throw CourseException.internal("cannot tell where the grader runs from", e);
    }
  }

  /** All jars, sorted by name. */
  public List<Path> jars() {
    return jars;
  }
}
