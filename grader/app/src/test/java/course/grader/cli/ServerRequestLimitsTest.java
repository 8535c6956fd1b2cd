package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: every request the server refuses gets its status and a one-line JSON error, and leaves
 * the gradebook as it was (no queue row, no submission). Raw bytes over real TLS on loopback.
 */
class ServerRequestLimitsTest {
  @TempDir static Path tmp;
  static ServedClass served;
  static RawHttps http;
  static String alice;

  @BeforeAll
  static void startServer() throws Exception {
    List<String> students = new ArrayList<>(List.of("alice", "bob"));
    for (int i = 1; i <= 6; i++) {
      students.add("s" + i);
    }
    served =
        new ServedClass(
            tmp,
            students,
            "--jobs",
            "1",
            "--per-student",
            "2",
            "--max-queue",
            "3",
            "--read-timeout",
            "2");
    http = new RawHttps(served.port);
    alice = served.tokens.get("alice");
  }

  @AfterAll
  static void stopServer() throws Exception {
    served.close();
  }

  static String source() throws Exception {
    return Files.readString(
        CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java"));
  }

  static String submitBody(String exercise, String name, String content) {
    return course.grader.wire.WireJson.text(
        Map.of("exercise", exercise, "files", List.of(Map.of("name", name, "content", content))));
  }

  private String counts() throws Exception {
    return served.query("SELECT count(*) FROM queue")
        + "/"
        + served.query("SELECT count(*) FROM submissions");
  }

  private void refused(RawHttps.Answer answer, int status, String words) throws Exception {
    assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
    assertThat(answer.head()).containsIgnoringCase("content-type: application/json");
    String error = answer.json().path("error").asText();
    assertThat(error).containsIgnoringCase(words);
    assertThat(error.lines()).hasSize(1);
  }

  @Test
  void badRequestsAreEachAnsweredWithTheirErrorAndNothingIsRecorded() throws Exception {
    String before = counts();
    String ok = submitBody("adder", "Adder.java", source());
    String hidden =
        Files.readString(
            Files.list(CourseRunner.fixtureCourse().resolve("exercises/adder/hidden"))
                .filter(p -> p.toString().endsWith(".java"))
                .findFirst()
                .orElseThrow());

    refused(http.send("POST", "/api/v1/submit", null, ok), 401, "token");
    refused(http.send("POST", "/api/v1/submit", "not-a-token", ok), 401, "token");
    refused(http.send("POST", "/api/v1/submit", "x".repeat(43), ok), 401, "token");
    refused(http.send("POST", "/api/v1/submit", alice, "{\"exercise\": \"adder\", "), 400, "JSON");
    refused(http.send("POST", "/api/v1/submit", alice, "[1, 2]"), 400, "exercise");
    refused(
        http.send("POST", "/api/v1/submit", alice, "{\"exercise\":\"adder\",\"files\":[]}"),
        400,
        "no files");
    refused(
        http.send("POST", "/api/v1/submit", alice, submitBody("adder", "../Adder.java", source())),
        400,
        "plain file name");
    refused(
        http.send("POST", "/api/v1/submit", alice, submitBody("adder", "/etc/passwd", "x")),
        400,
        "plain file name");
    refused(
        http.send("POST", "/api/v1/submit", alice, submitBody("adder", "..", "x")),
        400,
        "plain file name");
    refused(
        http.send("POST", "/api/v1/submit", alice, submitBody("no-such", "Adder.java", source())),
        404,
        "no-such");
    refused(
        http.send(
            "POST", "/api/v1/submit", alice, submitBody("adder", "Adder.java", "class A\u0000{}")),
        400,
        "binary");
    byte[] latin1 =
        submitBody("adder", "Adder.java", "// caf\u00e9\n" + source())
            .getBytes(StandardCharsets.ISO_8859_1);
    refused(http.send("POST", "/api/v1/submit", alice, latin1), 400, "UTF-8");
    List<Map<String, String>> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(Map.of("name", "F" + i + ".java", "content", "class F" + i + " {}"));
    }
    refused(
        http.send(
            "POST",
            "/api/v1/submit",
            alice,
            course.grader.wire.WireJson.text(Map.of("exercise", "adder", "files", many))),
        413,
        "at most");
    refused(http.send("POST", "/api/v1/submit", alice, new byte[2 * 1024 * 1024]), 413, "bytes");
    refused(http.send("GET", "/api/v1/submit", alice, (byte[]) null), 405, "POST");
    refused(
        http.send(
            "POST",
            "/api/v1/submit",
            alice,
            submitBody("adder", "Wrong.java", "public class Wrong {}")),
        400,
        "Wrong");
    RawHttps.Answer leak =
        http.send("GET", "/api/v1/exercises/adder/hidden/", alice, (byte[]) null);
    refused(leak, 404, "no such");
    RawHttps.Answer traversal =
        http.send("GET", "/api/v1/../../exercises/adder/hidden", alice, (byte[]) null);
    assertThat(traversal.status()).isBetween(400, 404);
    for (RawHttps.Answer a : List.of(leak, traversal)) {
      for (String line : hidden.lines().map(String::strip).filter(l -> l.length() > 20).toList()) {
        assertThat(a.body()).doesNotContain(line);
      }
    }
    refused(
        http.send("GET", "/api/v1/history?exercise=no-such", alice, (byte[]) null), 400, "no-such");

    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aSlowOrHalfOpenClientIsCutOffAndRecordsNothing() throws Exception {
    String before = counts();
    try (SSLSocket socket = http.open()) {
      OutputStream out = socket.getOutputStream();
      byte[] body = submitBody("adder", "Adder.java", source()).getBytes(StandardCharsets.UTF_8);
      out.write(
          ("POST /api/v1/submit HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + alice
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      // Then nothing: the server's read timeout (2 s here) must end the request. The socket's own
      // timeout (60 s) would throw instead of seeing the server close it.
      assertThat(closedByTheServer(socket.getInputStream())).isTrue();
    }
    try (SSLSocket socket = http.open()) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /api/v1/submit HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(closedByTheServer(socket.getInputStream())).isTrue();
    }
    assertThat(counts()).isEqualTo(before);
  }

  /** Reads until the server ends the connection; a socket timeout first means it never did. */
  private static boolean closedByTheServer(InputStream in) {
    byte[] buffer = new byte[4096];
    try {
      while (in.read(buffer) >= 0) {
        // An error answer may come first; what matters is that the stream ends.
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (java.io.IOException e) {
      return true; // reset or TLS close by the server
    }
  }

  @Test
  void aStudentWithTooManyWaitingGets429AndAFullQueueGets503WithRetryAfter() throws Exception {
    String body = submitBody("adder", "Adder.java", source());
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<RawHttps.Answer>> bobs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        Callable<RawHttps.Answer> call =
            () -> http.send("POST", "/api/v1/submit", served.tokens.get("bob"), body);
        bobs.add(pool.submit(call));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<RawHttps.Answer> f : bobs) {
        RawHttps.Answer a = f.get();
        statuses.add(a.status());
        if (a.status() == 429) {
          refused(a, 429, "waiting");
        }
      }
      assertThat(statuses).contains(200, 429).containsOnly(200, 429);
      assertThat(served.query("SELECT count(*) FROM queue WHERE student_id = 'bob'"))
          .isEqualTo(Long.toString(statuses.stream().filter(s -> s == 200).count()));

      List<Future<RawHttps.Answer>> crowd = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        String token = served.tokens.get("s" + i);
        crowd.add(pool.submit(() -> http.send("POST", "/api/v1/submit", token, body)));
      }
      int full = 0;
      for (Future<RawHttps.Answer> f : crowd) {
        RawHttps.Answer a = f.get();
        if (a.status() == 503) {
          full++;
          refused(a, 503, "full");
          assertThat(a.head()).containsIgnoringCase("retry-after: 30");
        } else {
          assertThat(a.status()).isEqualTo(200);
        }
      }
      assertThat(full).isPositive();
      assertThat(served.query("SELECT count(*) FROM queue WHERE student_id LIKE 's%'"))
          .isEqualTo(Integer.toString(6 - full));
    } finally {
      pool.shutdownNow();
    }
  }
}
