package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain HTTP only when asked for, with a warning on every start; no identity is made for it. */
class InsecureHttpServeTest {
  @TempDir Path tmp;

  @Test
  void insecureHttpWarnsOnStartAndServesPlainHttp() throws Exception {
    try (ServedClass served = new ServedClass(tmp, List.of("ann"), "--insecure-http")) {
      assertThat(served.fingerprint).isNull();
      String err;
      try (var files = Files.list(tmp)) {
        Path log =
            files
                // The server's stderr; its stdout goes to server-*.out beside it.
                .filter(
                    p ->
                        p.getFileName().toString().startsWith("server-")
                            && p.getFileName().toString().endsWith(".err"))
                .findFirst()
                .orElseThrow();
        err = Files.readString(log);
      }
      assertThat(err).contains("WARNING: --insecure-http");
      assertThat(served.db.getParent().resolve("server-identity.p12")).doesNotExist();
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + served.port + "/api/v1/whoami"))
                      .header("Authorization", "Bearer " + served.tokens.get("ann"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"ann\"");
    }
  }
}
