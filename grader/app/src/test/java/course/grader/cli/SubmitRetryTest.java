package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.grader.remote.RemoteClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission whose connection breaks after the server accepted it (a classroom Wi-Fi drop): the
 * kit's client sends it once more with the same key, and the server answers with the one job it
 * already has. One attempt in the gradebook, not two, and the student sees the result.
 */
class SubmitRetryTest {
  @TempDir Path tmp;

  /** Slow enough (a second in class loading) that the connection can break before the answer. */
  private static final String SLOW_ADDER =
      "public class Adder {\n"
          + "  static {\n"
          + "    try { Thread.sleep(1000); } catch (InterruptedException e) { }\n"
          + "  }\n"
          + "  public static int add(int a, int b) { return a + b; }\n"
          + "}\n";

  @Test
  void aSubmissionWhoseConnectionBreaksAfterItWasAcceptedIsAnsweredOnRetryNotGradedTwice()
      throws Exception {
    try (ServedClass served = new ServedClass(tmp, List.of("a"), "--jobs", "1");
        Proxy proxy = new Proxy(served.port)) {
      RemoteClient client =
          new RemoteClient(
              URI.create("https://127.0.0.1:" + proxy.port()),
              Optional.of(served.fingerprint),
              Duration.ofMinutes(5));
      String body = ServerQueueTest.keyed(SLOW_ADDER);
      CompletableFuture<JsonNode> answer =
          CompletableFuture.supplyAsync(() -> client.submit(served.tokens.get("a"), body));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline
          && "0".equals(served.query("SELECT count(*) FROM queue"))) {
        Thread.sleep(5);
      }
      assertThat(served.query("SELECT count(*) FROM submissions"))
          .as("still grading when the connection breaks")
          .isEqualTo("0");
      proxy.breakConnections();

      JsonNode report = answer.get(5, TimeUnit.MINUTES);
      assertThat(report.path("outcome").asText()).isEqualTo("graded");
      assertThat(report.path("attempt").asInt()).isEqualTo(1);
      assertThat(proxy.connections()).as("the client connected again").isEqualTo(2);
      assertThat(served.query("SELECT count(*) FROM queue")).isEqualTo("1");
      assertThat(served.query("SELECT count(*) FROM submissions")).isEqualTo("1");
    }
  }

  @Test
  void theSameKeyTwiceIsOneAttemptAndAMalformedKeyIsRefused() throws Exception {
    try (ServedClass served = new ServedClass(tmp, List.of("a", "b"), "--jobs", "1")) {
      RawHttps http = new RawHttps(served.port);
      String body = ServerQueueTest.keyed(Files.readString(ServerQueueTest.solution()));
      RawHttps.Answer first = http.send("POST", "/api/v1/submit", served.tokens.get("a"), body);
      RawHttps.Answer again = http.send("POST", "/api/v1/submit", served.tokens.get("a"), body);
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().path("attempt").asInt()).isEqualTo(1);
      assertThat(again.json().path("score")).isEqualTo(first.json().path("score"));
      assertThat(served.query("SELECT count(*) FROM submissions")).isEqualTo("1");

      // A key is the student's own: another student sending the same key gets a graded attempt.
      RawHttps.Answer other = http.send("POST", "/api/v1/submit", served.tokens.get("b"), body);
      assertThat(other.json().path("student").asText()).isEqualTo("b");
      assertThat(served.query("SELECT count(*) FROM submissions")).isEqualTo("2");

      String badKey = body.replaceFirst("\"key\":\"[0-9a-f]+\"", "\"key\":\"../../x\"");
      assertThat(badKey).isNotEqualTo(body);
      RawHttps.Answer refused = http.send("POST", "/api/v1/submit", served.tokens.get("a"), badKey);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().path("error").asText()).contains("submission key");
      assertThat(served.query("SELECT count(*) FROM queue")).isEqualTo("2");
    }
  }

  /**
   * A TCP relay on loopback in front of the real server: bytes pass unchanged (TLS end to end)
   * until {@link #breakConnections()} closes every connection open at that moment.
   */
  private static final class Proxy implements AutoCloseable {
    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    Proxy(int target) throws IOException {
      listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor =
          new Thread(
              () -> {
                while (!listening.isClosed()) {
                  try {
                    Socket client = listening.accept();
                    accepted.incrementAndGet();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return listening.getLocalPort();
    }

    int connections() {
      return accepted.get();
    }

    void breakConnections() throws IOException {
      for (Socket s : open) {
        s.close();
      }
      open.clear();
    }

    private static void pipe(Socket from, Socket to) {
      Thread t =
          new Thread(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  byte[] buffer = new byte[8192];
                  int n;
                  while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                  }
                } catch (IOException e) {
                  // One side closed.
                } finally {
                  try {
                    from.close();
                    to.close();
                  } catch (IOException e) {
                    // Already closed.
                  }
                }
              });
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void close() throws IOException {
      listening.close();
      breakConnections();
    }
  }
}
