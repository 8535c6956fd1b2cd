package course.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilePermission;
import java.lang.reflect.ReflectPermission;
import java.net.SocketPermission;
import java.util.PropertyPermission;
import org.junit.jupiter.api.Test;

/** The pure parts of the run-time layer: what student code may do, and how messages are cut. */
class GuardAndMessagesTest {
  @Test
  void studentCodeMayNotLoadNativeCodeReadFilesOpenSocketsOrReflectPastAccessChecks() {
    assertThat(Guard.allowedToStudent(new RuntimePermission("loadLibrary./tmp/evil.so"))).isFalse();
    assertThat(Guard.allowedToStudent(new FilePermission("/course/classes/X.class", "read")))
        .isFalse();
    assertThat(Guard.allowedToStudent(new FilePermission("/tmp/x", "write"))).isFalse();
    assertThat(Guard.allowedToStudent(new FilePermission("/bin/sh", "execute"))).isFalse();
    assertThat(Guard.allowedToStudent(new SocketPermission("127.0.0.1:80", "connect"))).isFalse();
    assertThat(Guard.allowedToStudent(new ReflectPermission("suppressAccessChecks"))).isFalse();
    assertThat(Guard.allowedToStudent(new RuntimePermission("createClassLoader"))).isFalse();
    assertThat(Guard.allowedToStudent(new RuntimePermission("setSecurityManager"))).isFalse();
    assertThat(Guard.allowedToStudent(new RuntimePermission("accessDeclaredMembers"))).isFalse();
    assertThat(Guard.allowedToStudent(new PropertyPermission("java.library.path", "write")))
        .isFalse();
  }

  @Test
  void studentCodeMayReadPropertiesUseThreadsAndExit() {
    assertThat(Guard.allowedToStudent(new PropertyPermission("line.separator", "read"))).isTrue();
    assertThat(Guard.allowedToStudent(new RuntimePermission("modifyThread"))).isTrue();
    assertThat(Guard.allowedToStudent(new RuntimePermission("exitVM.0"))).isTrue();
    assertThat(Guard.allowedToStudent(new RuntimePermission("setIO"))).isTrue();
  }

  @Test
  void aMessageIsCutTo500CharactersAndCarriesNoControlBytes() {
    String classBytes =
        "\u00ca\u00fe\u00ba\u00be\u0000\u0000\u0000=\u0001\u0002" + "x".repeat(9000);
    String cut = Reporter.cap(classBytes);
    assertThat(cut).hasSize(500).endsWith("…").doesNotContain("\u0000", "\u0001", "\u0002");
    assertThat(Reporter.cap("line one\nline two\tand a tab"))
        .isEqualTo("line one\nline two\tand a tab");
  }
}
