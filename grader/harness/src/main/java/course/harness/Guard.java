package course.harness;

import java.io.File;
import java.io.FilePermission;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Map;
import java.util.PropertyPermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run-time layer around student code: a security manager whose policy gives everything to the
 * code it trusts (the JDK, the harness, JUnit, AssertJ, the compiled tests) and to every other code
 * source, the submission's classes first of all, almost nothing: an unexpected code source is
 * restricted, not trusted. A check fails when any frame on the stack belongs to the submission, so
 * a test calling student code cannot lend it its rights.
 *
 * <p>Denied to student code, whatever the static check missed: loading native code ({@code
 * System.load}, {@code loadLibrary}), every file (the class files of the hidden tests as resources
 * included), sockets, starting processes, reflection past access checks ({@code setAccessible}),
 * the declared members of classes of other loaders, class loaders, the security manager, writing
 * system properties. Allowed, so that honest code and the threat model's expected verdicts stay as
 * they were: reading properties and the (empty) environment, threads, {@code System.exit} (a {@code
 * crashed} run, never a pass), {@code System.setOut} and writing to the standard file descriptors
 * (bounded by the grader).
 *
 * <p>The security manager is deprecated for removal after JDK 17; this layer is one of two for each
 * threat (grader/THREAT-MODEL.md), and the harness refuses to run when it cannot be installed
 * unless the grader turned it off on purpose.
 */
@SuppressWarnings("removal")
final class Guard extends Policy {
  private static final Set<String> STUDENT_RUNTIME =
      Set.of(
          "setIO",
          "writeFileDescriptor",
          "readFileDescriptor",
          "modifyThread",
          "modifyThreadGroup",
          "stopThread",
          "shutdownHooks",
          "setDefaultUncaughtExceptionHandler");

  /** URIs (as the class loaders write them: real paths) of the code that gets every right. */
  private final Set<String> trustedFiles;

  private final Set<String> trustedFolders;

  /** The one folder student code may read (an exercise's resources/), or null. */
  private final FilePermission readable;

  private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

  private Guard(Set<String> trustedFiles, Set<String> trustedFolders, String readable) {
    this.trustedFiles = trustedFiles;
    this.trustedFolders = trustedFolders;
    this.readable =
        readable == null
            ? null
            : new FilePermission(Path.of(readable).toAbsolutePath().normalize() + "/-", "read");
  }

  /**
   * Installs the policy and a security manager. Trusted: the JDK, the jars of the module path (the
   * harness, JUnit, AssertJ) and the folder of compiled tests; every other code source (the
   * submission's folder, and anything unexpected) gets only what student code may do.
   */
  static void install(String tests, String readable) throws IOException {
    Set<String> files = new HashSet<>();
    String modulePath = System.getProperty("jdk.module.path", "");
    for (String entry : modulePath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        files.add(uri(Path.of(entry)));
      }
    }
    Set<String> folders = Set.of(uri(Path.of(tests)));
    Policy.setPolicy(new Guard(Set.copyOf(files), folders, readable));
    System.setSecurityManager(new SecurityManager());
  }

  /** The URI a class loader gives code from {@code path} (its real path), as text. */
  private static String uri(Path path) throws IOException {
    Path real = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    String text = real.toFile().toURI().toString();
    return Files.isDirectory(path) && !text.endsWith("/") ? text + "/" : text;
  }

  @Override
  public boolean implies(ProtectionDomain domain, Permission permission) {
    return trusted(domain) || allowedToStudent(permission) || readsResources(permission);
  }

  private boolean trusted(ProtectionDomain domain) {
    CodeSource source = domain == null ? null : domain.getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return true; // the JDK's own classes and what it generates
    }
    return verdicts.computeIfAbsent(location.toString(), this::trustedLocation);
  }

  private boolean trustedLocation(String location) {
    if (location.startsWith("jrt:")) {
      return true;
    }
    if (trustedFiles.contains(location)) {
      return true;
    }
    for (String folder : trustedFolders) {
      if (location.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  /** Reading a file of the exercise's resources/ folder, when the exercise allows it. */
  private boolean readsResources(Permission permission) {
    return readable != null
        && permission instanceof FilePermission
        && "read".equals(permission.getActions())
        && readable.implies(permission);
  }

  /** What student code may do. */
  static boolean allowedToStudent(Permission permission) {
    if (permission instanceof PropertyPermission) {
      return "read".equals(permission.getActions());
    }
    if (permission instanceof RuntimePermission) {
      String name = permission.getName();
      return STUDENT_RUNTIME.contains(name)
          || name.startsWith("exitVM")
          // RandomGenerator.getDefault() loads its jdk.random provider in the caller's context;
          // the package is not exported, so the module system still keeps student code out of it.
          || name.equals("accessClassInPackage.jdk.internal.util.random")
          || name.startsWith("getenv.");
    }
    if (permission instanceof FilePermission) {
      return false;
    }
    return false;
  }
}
