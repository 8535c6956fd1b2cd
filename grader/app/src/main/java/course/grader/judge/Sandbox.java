package course.grader.judge;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bubblewrap around the child JVM: a fresh mount namespace holding only read-only binds of what the
 * run needs (the system libraries, the JDK, the harness jars and its start-up archive, the compiled
 * classes), a private temp folder (an in-memory file system) as working folder, no network, its own
 * PID, IPC and UTS namespaces, a new session, a clean environment, no {@code /proc}; the whole
 * sandbox dies with the grader. Inside, {@code prlimit} caps processes/threads, file size and CPU
 * time; when the grader runs as root, {@code setpriv} first drops to an unprivileged user of its
 * own, since the kernel does not apply the process cap to root.
 *
 * <p>Nothing of the course root, the gradebook, the sources of the tests or other submissions is
 * bound, so none of it exists inside.
 */
public final class Sandbox {
  /**
   * System property naming the bwrap binary to use; {@code none} runs without a sandbox (tests of
   * the warning). Default: {@code bwrap} on the PATH.
   */
  public static final String PROPERTY = "course.sandbox.bwrap";

  /** Where the compiled tests are inside the sandbox. */
  static final Path CLASSES = Path.of("/course/classes");

  /** The private writable folder inside the sandbox, also the working folder. */
  static final Path TMP = Path.of("/tmp");

  /** Per-run resource caps applied with {@code prlimit} inside the sandbox. */
  record Limits(int processes, long fileBytes, long cpuSeconds) {
    Limits {
      if (processes < 1 || fileBytes < 1 || cpuSeconds < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path bwrap;
  private final Path prlimit;
  private final Path setpriv;
  private final boolean root;
  private final String missing;

  private Sandbox(Path bwrap, Path prlimit, Path setpriv, boolean root, String missing) {
    this.bwrap = bwrap;
    this.prlimit = prlimit;
    this.setpriv = setpriv;
    this.root = root;
    this.missing = missing;
  }

  /** The sandbox of this machine: bwrap from the PATH (or {@link #PROPERTY}), if there is one. */
  public static Sandbox detect() {
    String override = System.getProperty(PROPERTY, "");
    Optional<Path> bwrap;
    if (override.equals("none")) {
      bwrap = Optional.empty();
    } else if (!override.isBlank()) {
      bwrap = Optional.of(Path.of(override)).filter(Files::isExecutable);
    } else {
      bwrap = onPath("bwrap");
    }
    if (bwrap.isEmpty()) {
      return new Sandbox(
          null, null, null, false, "bubblewrap (bwrap) is not installed on this machine");
    }
    return new Sandbox(
        bwrap.get(), onPath("prlimit").orElse(null), onPath("setpriv").orElse(null), isRoot(), "");
  }

  /** True when child JVMs run inside bubblewrap. */
  public boolean available() {
    return bwrap != null;
  }

  /** Why there is no sandbox; empty when there is one. */
  public String missingReason() {
    return missing;
  }

  /** A host file or folder and where it appears inside the sandbox. */
  record Bind(Path host, Path inside) {
    Bind {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(inside, "inside");
    }
  }

  /** Where the child's Java runtime is inside the sandbox. */
  static final Path JDK = Path.of("/course/jdk");

  /** Where the jars of the module path are inside the sandbox. */
  static final Path LIB = Path.of("/course/lib");

  /** Where the start-up archive of child JVMs is inside the sandbox. */
  static final Path ARCHIVE = Path.of("/course/harness.jsa");

  /** Where the submission's own compiled classes are inside the sandbox. */
  static final Path STUDENT = Path.of("/course/student");

  /** Where the exercise's resources/ folder is inside the sandbox, with {@code allow: [files]}. */
  static final Path RESOURCES = Path.of("/course/resources");

  /** The one writable folder of a trusted run (the training run that writes the archive). */
  static final Path OUT = Path.of("/course/out");

  /**
   * The command that runs {@code java} (a command line whose paths are the ones inside the sandbox)
   * within the sandbox. {@code javaHome} is the host's runtime, seen at {@link #JDK}; {@code binds}
   * are the other host files and folders it needs, read-only, at the inside paths they name. The
   * whole file system is read-only: the temp folder too, so nothing the child writes can be loaded
   * or executed (bubblewrap 0.8 cannot mount it {@code noexec}). No host path of the course is
   * visible inside: everything of ours is under {@code /course}.
   *
   * <p>{@code writable} (may be {@code null}) is bound read-write at {@link #OUT}: only for the
   * grader's own training run, which runs no student code and keeps the grader's user (no {@code
   * setpriv}, no limits).
   */
  List<String> wrap(
      List<String> java, Path javaHome, List<Bind> binds, Path writable, Limits limits) {
    Objects.requireNonNull(bwrap, "no sandbox on this machine");
    boolean trusted = writable != null;
    List<String> cmd = new ArrayList<>(List.of(bwrap.toString()));
    if (root) {
      // A user namespace would map the sandbox to root again (no process cap, see setpriv below).
      cmd.addAll(
          List.of(
              "--unshare-ipc",
              "--unshare-pid",
              "--unshare-net",
              "--unshare-uts",
              "--unshare-cgroup-try"));
    } else {
      cmd.add("--unshare-all");
    }
    cmd.addAll(List.of("--die-with-parent", "--new-session", "--clearenv"));
    cmd.addAll(List.of("--setenv", "LANG", "C.UTF-8", "--setenv", "HOME", TMP.toString()));
    // The launcher finds libjli through $ORIGIN, which needs /proc; say where it is instead.
    cmd.addAll(List.of("--setenv", "LD_LIBRARY_PATH", JDK.resolve("lib").toString()));
    // No /proc: the JVM runs without it, and it is the way to the process's own memory.
    cmd.addAll(List.of("--dev", "/dev"));
    cmd.addAll(List.of("--perms", "1777", "--tmpfs", TMP.toString()));
    Set<Path> system = new LinkedHashSet<>();
    for (String lib : List.of("/usr/lib", "/usr/lib64", "/usr/lib32", "/etc/ld.so.cache")) {
      system.add(Path.of(lib));
    }
    List<String> links = new ArrayList<>();
    for (String top : List.of("/lib", "/lib64", "/lib32")) {
      Path p = Path.of(top);
      if (Files.isSymbolicLink(p)) {
        try {
          links.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
        } catch (IOException e) {
          // An unreadable link is left out; the libraries are under /usr as well.
        }
      } else {
        system.add(p);
      }
    }
    system.addAll(jdkConfiguration(javaHome));
    for (Path tool : new Path[] {prlimit, root ? setpriv : null}) {
      if (tool != null) {
        system.add(tool);
      }
    }
    List<Path> kept =
        system.stream()
            .map(Path::normalize)
            .filter(Files::exists)
            .filter(p -> system.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)))
            .sorted()
            .toList();
    List<Bind> ours = new ArrayList<>();
    ours.add(new Bind(javaHome, JDK));
    ours.addAll(binds);
    // Folders that bwrap would otherwise create readable by root only.
    Set<Path> dirs = new java.util.TreeSet<>(List.of(Path.of("/course")));
    List<Path> insides = new ArrayList<>(kept);
    ours.forEach(b -> insides.add(b.inside()));
    for (Path p : insides) {
      for (Path d = p.getParent(); d != null && d.getParent() != null; d = d.getParent()) {
        if (!d.equals(TMP)) {
          dirs.add(d);
        }
      }
    }
    for (Path d : dirs) {
      cmd.addAll(List.of("--perms", "0755", "--dir", d.toString()));
    }
    for (Path p : kept) {
      cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
    }
    for (Bind b : ours) {
      cmd.addAll(List.of("--ro-bind", b.host().toString(), b.inside().toString()));
    }
    cmd.addAll(links);
    if (trusted) {
      cmd.addAll(List.of("--bind", writable.toString(), OUT.toString()));
    }
    if (!Boolean.getBoolean(WEAKEN_TMP)) {
      // Last: a read-only root, /dev and temp folder. Nothing the child can write exists, so no
      // library it builds can be loaded (the native route to the channel key).
      cmd.addAll(List.of("--remount-ro", "/dev", "--remount-ro", TMP.toString()));
      cmd.addAll(List.of("--remount-ro", "/"));
    }
    cmd.addAll(List.of("--chdir", TMP.toString()));
    cmd.add("--");
    if (root && setpriv != null && !trusted) {
      // A user id of its own per run, so that no two runs share a process count.
      String id = Integer.toString(200_000 + RANDOM.nextInt(1_000_000));
      cmd.addAll(
          List.of(
              setpriv.toString(),
              "--reuid=" + id,
              "--regid=" + id,
              "--clear-groups",
              "--inh-caps=-all",
              "--bounding-set=-all"));
    }
    if (prlimit != null && limits != null) {
      cmd.addAll(
          List.of(
              prlimit.toString(),
              "--nproc=" + limits.processes(),
              "--fsize=" + limits.fileBytes(),
              "--cpu=" + limits.cpuSeconds(),
              "--core=0",
              "--"));
    }
    cmd.addAll(java);
    return cmd;
  }

  /**
   * Test-only: a grader started with this property set to {@code true} leaves the temp folder
   * writable, so that a test can show the other layers hold without this one. Student code cannot
   * set the grader's properties.
   */
  public static final String WEAKEN_TMP = "course.test.writable-tmp";

  /**
   * Test-only: a grader started with this property set to {@code true} runs children without the
   * harness's security manager, so that a test can show the other layers hold without it. Student
   * code cannot set the grader's properties.
   */
  public static final String WEAKEN_GUARD = "course.test.no-guard";

  /**
   * The files a runtime's configuration links to outside it (Debian keeps {@code conf/} in {@code
   * /etc/java-17-openjdk}), bound at their own paths.
   */
  private static Set<Path> jdkConfiguration(Path javaHome) {
    Set<Path> paths = new LinkedHashSet<>();
    try {
      for (String part : List.of("conf", "lib")) {
        Path dir = javaHome.toRealPath().resolve(part);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (var walk = Files.walk(dir)) {
          for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
            Path target = Files.readSymbolicLink(p);
            if (target.isAbsolute()) {
              paths.add(target);
            }
          }
        }
      }
    } catch (IOException e) {
      // Whatever could not be listed is not bound; the JVM then says what it misses.
    }
    return paths;
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }
}
