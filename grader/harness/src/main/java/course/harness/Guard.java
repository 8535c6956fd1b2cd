package course.harness;

import java.io.FilePermission;
import java.net.URL;
import java.security.CodeSource;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.PropertyPermission;
import java.util.Set;

/**
 * The run-time layer around student code: a security manager whose policy gives the classes of the
 * submission (their code source is the student folder) almost nothing, and everything else (the
 * JDK, the harness, JUnit, AssertJ, the tests) everything. A check fails when any frame on the
 * stack belongs to the submission, so a test calling student code cannot lend it its rights.
 *
 * <p>Denied to student code, whatever the static check missed: loading native code ({@code
 * System.load}, {@code loadLibrary}), every file (the class files of the hidden tests as resources
 * included), sockets, starting processes, reflection past access checks ({@code setAccessible}),
 * the declared members of classes of other loaders, class loaders, the security manager, writing
 * system properties. Allowed, so that honest code and the threat model's expected verdicts stay as
 * they were: reading properties and the (empty) environment, threads, {@code System.exit} (a
 * {@code crashed} run, never a pass), {@code System.setOut} and writing to the standard file
 * descriptors (bounded by the grader).
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

  private final String student;

  private Guard(String student) {
    this.student = student.endsWith("/") ? student : student + "/";
  }

  /** Installs the policy and a security manager; student classes come from {@code folder}. */
  static void install(String folder) {
    Policy.setPolicy(new Guard(folder));
    System.setSecurityManager(new SecurityManager());
  }

  @Override
  public boolean implies(ProtectionDomain domain, Permission permission) {
    return !isStudent(domain) || allowedToStudent(permission);
  }

  private boolean isStudent(ProtectionDomain domain) {
    CodeSource source = domain == null ? null : domain.getCodeSource();
    URL location = source == null ? null : source.getLocation();
    return location != null
        && "file".equals(location.getProtocol())
        && location.getPath().startsWith(student);
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
          || name.startsWith("getenv.");
    }
    if (permission instanceof FilePermission) {
      return false;
    }
    return false;
  }
}
