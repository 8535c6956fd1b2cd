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

  /** Where the compiled classes are inside the sandbox. */
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

  /**
   * The command that runs {@code java} (the JVM's command line from {@code javaHome}, its paths as
   * seen inside the sandbox) within the sandbox. {@code readOnly} are the host files and folders it
   * needs, bound at the same path; {@code classes} is bound at {@link #CLASSES}.
   */
  List<String> wrap(
      List<String> java, Path javaHome, Set<Path> readOnly, Path classes, Limits limits) {
    Objects.requireNonNull(bwrap, "no sandbox on this machine");
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
    cmd.addAll(List.of("--setenv", "LD_LIBRARY_PATH", javaHome.resolve("lib").toString()));
    // No /proc: the JVM runs without it, and it is the way to the process's own memory.
    cmd.addAll(List.of("--dev", "/dev"));
    // First, so that binds of anything that lives under the host's /tmp are not hidden by it.
    cmd.addAll(List.of("--perms", "1777", "--tmpfs", TMP.toString()));
    Set<Path> binds = new LinkedHashSet<>();
    for (String lib : List.of("/usr/lib", "/usr/lib64", "/usr/lib32", "/etc/ld.so.cache")) {
      binds.add(Path.of(lib));
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
        binds.add(p);
      }
    }
    binds.addAll(jdk());
    binds.addAll(readOnly);
    for (Path tool : new Path[] {prlimit, root ? setpriv : null}) {
      if (tool != null) {
        binds.add(tool);
      }
    }
    List<Path> kept =
        binds.stream()
            .map(Path::normalize)
            .filter(Files::exists)
            .filter(p -> binds.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)))
            .sorted()
            .toList();
    // Folders that bwrap would otherwise create readable by root only.
    Set<Path> dirs = new java.util.TreeSet<>(List.of(CLASSES.getParent()));
    for (Path p : kept) {
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
    cmd.addAll(links);
    cmd.addAll(List.of("--ro-bind", classes.toString(), CLASSES.toString()));
    cmd.addAll(List.of("--chdir", TMP.toString()));
    cmd.add("--");
    if (root && setpriv != null) {
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
    if (prlimit != null) {
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
   * The running JDK, and the files its configuration links to outside it (Debian keeps {@code
   * conf/} in {@code /etc/java-17-openjdk}).
   */
  private static Set<Path> jdk() {
    Set<Path> paths = new LinkedHashSet<>();
    try {
      Path home = Path.of(System.getProperty("java.home")).toRealPath();
      paths.add(home);
      Path conf = home.resolve("conf");
      if (Files.isDirectory(conf)) {
        try (var walk = Files.walk(conf)) {
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
