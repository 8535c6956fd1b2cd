package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.CourseException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit's {@code course.yaml} names its server (https, or http only with {@code insecure_http:
 * true}) and the server certificate's fingerprint; a bad value is an input error naming the line.
 */
class CourseConfigServerTest {
  private static final String FINGERPRINT =
      "F1:8E:B5:05:6A:05:27:03:79:7B:BD:7A:E3:81:EB:2A:9D:E9:EE:0A:B5:A0:8C:BB:C2:9E:9B:4F:2D:D6:30:EF";

  @TempDir Path root;

  private CourseConfig read(String yaml) throws IOException {
    Files.writeString(root.resolve("course.yaml"), yaml);
    return CourseConfig.read(root);
  }

  private void fails(String yaml, String message) throws IOException {
    Files.writeString(root.resolve("course.yaml"), yaml);
    assertThatThrownBy(() -> CourseConfig.read(root))
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith(root.resolve("course.yaml") + ":")
        .hasMessageContaining(message);
  }

  @Test
  void aKitsServerAndFingerprintAreRead() throws IOException {
    CourseConfig config =
        read(
            "server: https://192.168.1.10:8443\nserver_fingerprint: "
                + FINGERPRINT.toLowerCase().replace(":", "")
                + "\n");
    assertThat(config.server()).contains(URI.create("https://192.168.1.10:8443"));
    assertThat(config.serverFingerprint()).contains(FINGERPRINT);
    assertThat(config.insecureHttp()).isFalse();
    assertThat(config.kit()).as("a course.yaml naming a server is a kit's").isTrue();
  }

  @Test
  void anInstructorsCourseYamlIsNoKit() throws IOException {
    CourseConfig config = read("grader:\n  require_sandbox: true\n");
    assertThat(config.kit()).isFalse();
    assertThat(config.server()).isEmpty();
    assertThat(config.serverFingerprint()).isEmpty();
    assertThat(read("kit: true\n").kit()).isTrue();
  }

  @Test
  void plainHttpNeedsInsecureHttpTrue() throws IOException {
    fails(
        "kit: true\nserver: http://10.0.0.5:8080\n",
        "2: server 'http://10.0.0.5:8080' is plain HTTP");
    CourseConfig config = read("insecure_http: true\nserver: http://10.0.0.5:8080\n");
    assertThat(config.server()).contains(URI.create("http://10.0.0.5:8080"));
    assertThat(config.insecureHttp()).isTrue();
  }

  @Test
  void badValuesNameTheirLine() throws IOException {
    fails(
        "kit: true\nserver: ftp://10.0.0.5\n", ":2: server 'ftp://10.0.0.5' is not an http(s) URL");
    fails("server: not a url at all\n", ":1: server 'not a url at all' is not a URL");
    fails(
        "server: https://user:pw@10.0.0.5/\n",
        ":1: server 'https://user:pw@10.0.0.5/' may hold only");
    fails(
        "server: https://10.0.0.5\n\nserver_fingerprint: 12:34\n",
        ":3: server_fingerprint must be the SHA-256");
    fails("insecure_http: yes please\n", ":1: insecure_http must be true or false");
    fails("servr: https://10.0.0.5\n", ":1: unknown key 'servr'");
  }
}
