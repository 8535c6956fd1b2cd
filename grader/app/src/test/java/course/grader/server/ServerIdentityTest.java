package course.grader.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server identity made by the JDK's keytool, whatever its random password looks like. */
class ServerIdentityTest {
  @TempDir Path tmp;

  @Test
  void aPasswordThatLooksLikeAnOptionOfKeytoolsLauncherStillMakesTheIdentity() throws Exception {
    // The password a CI run drew: on keytool's command line, its "-J" made the rest a JVM option.
    String password = "-JQCZtJ1d30h0rzQybge3ta98Yhfbtwj";
    Path keystore = tmp.resolve(ServerIdentity.KEYSTORE);
    Path passwordFile = tmp.resolve(ServerIdentity.PASSWORD);

    ServerIdentity.create(tmp, keystore, passwordFile, password);
    ServerIdentity identity = ServerIdentity.loadOrCreate(tmp);

    assertThat(identity.password()).isEqualTo(password.toCharArray());
    assertThat(ServerIdentity.parseFingerprint(identity.fingerprint()))
        .contains(identity.fingerprint());
    assertThat(Files.readString(passwordFile, StandardCharsets.UTF_8).strip()).isEqualTo(password);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void theIdentityIsMadeOnceAndKeptAcrossLoads() {
    ServerIdentity first = ServerIdentity.loadOrCreate(tmp);
    ServerIdentity second = ServerIdentity.loadOrCreate(tmp);

    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(second.password()).isEqualTo(first.password());
  }
}
