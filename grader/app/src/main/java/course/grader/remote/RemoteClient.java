package course.grader.remote;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.CourseException;
import course.grader.server.ServerIdentity;
import course.grader.wire.WireJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A student kit's side of the grading server: HTTPS calls that trust exactly one certificate, the
 * one whose SHA-256 fingerprint the kit's {@code course.yaml} pins (no certificate authority, no
 * host name check: the fingerprint is the identity). Every failure is one line saying what happened
 * and what to do.
 */
public final class RemoteClient {
  private final URI server;
  private final HttpClient http;
  private final Duration answerTimeout;

  /**
   * @param fingerprint the pinned certificate; empty only for a plain-HTTP server
   */
  public RemoteClient(URI server, Optional<String> fingerprint, Duration answerTimeout) {
    this.server = Objects.requireNonNull(server, "server");
    this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    if ("https".equals(server.getScheme())) {
      String pin =
          fingerprint.orElseThrow(
              () ->
                  CourseException.input(
                      "course.yaml names an https server but no server_fingerprint; ask your"
                          + " instructor for the kit's course.yaml"));
      builder.sslContext(pinned(pin));
    }
    this.http = builder.build();
  }

  private static final SecureRandom KEYS = new SecureRandom();

  /** A fresh submission key: 128 random bits in hex. */
  public static String newKey() {
    byte[] bytes = new byte[16];
    KEYS.nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  /** The server this client talks to, for messages. */
  public URI server() {
    return server;
  }

  /** GET {@code path} as the student whose token this is. */
  public JsonNode get(String path, String token) {
    return send(HttpRequest.newBuilder(resolve(path)).GET(), token);
  }

  /** POST {@code body} (JSON) to {@code path}. */
  public JsonNode post(String path, String token, String json) {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        token);
  }

  private URI resolve(String path) {
    String base = server.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  /**
   * POST a submission that carries its own {@code key}: if the connection is lost after it was sent
   * (a Wi-Fi drop, a closed socket), it is sent once more, and the server answers the retry with
   * the result of the same job instead of grading it again.
   */
  public JsonNode submit(String token, String jsonWithKey) {
    return send(
        HttpRequest.newBuilder(resolve("/api/v1/submit"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(jsonWithKey)),
        token,
        true);
  }

  private JsonNode send(HttpRequest.Builder request, String token) {
    return send(request, token, false);
  }

  private JsonNode send(HttpRequest.Builder builder, String token, boolean retryOnce) {
    builder.timeout(answerTimeout).header("Authorization", "Bearer " + token);
    HttpRequest request = builder.build();
    HttpResponse<byte[]> response;
    try {
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (!retryOnce || !lostConnection(e)) {
          throw e;
        }
        Thread.sleep(500);
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.input("interrupted while waiting for the grading server");
    } catch (IOException e) {
      throw unreachable(e);
    }
    JsonNode body;
    try {
      body = WireJson.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw CourseException.input(
          server
              + " answered "
              + response.statusCode()
              + " with something that is not the grading server's JSON; check the server address"
              + " in course.yaml");
    }
    int status = response.statusCode();
    if (status == HttpURLConnection.HTTP_OK) {
      return body;
    }
    String error = body.path("error").asText("no reason given");
    if (status == HttpURLConnection.HTTP_UNAUTHORIZED) {
      throw CourseException.input(
          "the grading server did not accept your token; run 'course login' again with the token"
              + " your instructor gave you");
    }
    throw CourseException.input("the grading server refused (" + status + "): " + error);
  }

  /** A connection that broke after it was made: not refused, not timed out, not a bad pin. */
  private static boolean lostConnection(IOException e) {
    if (e instanceof HttpTimeoutException || e instanceof ConnectException) {
      return false;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PinMismatch || cause instanceof SSLException) {
        return false;
      }
    }
    return true;
  }

  private CourseException unreachable(IOException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof PinMismatch mismatch) {
        return CourseException.input(mismatch.getMessage());
      }
      cause = cause.getCause();
    }
    if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
      return CourseException.input(
          "cannot reach the grading server at "
              + server
              + " ("
              + (e instanceof ConnectException ? "connection refused" : "no answer")
              + "); check that you are on the class network and the server runs, then submit"
              + " again (your files are untouched)");
    }
    if (e instanceof HttpTimeoutException) {
      return CourseException.input(
          "the grading server at "
              + server
              + " did not answer in time; your submission may still be graded: run 'course"
              + " history' in a minute before submitting again");
    }
    if (e instanceof SSLHandshakeException || e instanceof SSLException) {
      return CourseException.input(
          "no secure connection to "
              + server
              + " ("
              + e.getMessage()
              + "); check the server address in course.yaml");
    }
    return CourseException.input(
        "lost the connection to the grading server at "
            + server
            + " ("
            + e
            + "); run 'course history' to see whether your submission arrived");
  }

  private SSLContext pinned(String fingerprint) {
    String pin =
        ServerIdentity.parseFingerprint(fingerprint)
            .orElseThrow(
                () ->
                    CourseException.input(
                        "course.yaml: server_fingerprint is not a SHA-256 fingerprint (64 hex"
                            + " digits); ask your instructor for the kit's course.yaml"));
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new PinnedTrust(pin, server)}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has TLS", e);
    }
  }

  /** The server's certificate is not the pinned one. */
  private static final class PinMismatch extends CertificateException {
    private static final long serialVersionUID = 1L;

    PinMismatch(String message) {
      super(message);
    }
  }

  /** Trusts the one certificate with the pinned fingerprint, whoever signed it. */
  private static final class PinnedTrust extends X509ExtendedTrustManager {
    private final String pin;
    private final URI server;

    PinnedTrust(String pin, URI server) {
      this.pin = pin;
      this.server = server;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new PinMismatch(server + " sent no certificate; this is not the course's server");
      }
      String actual = ServerIdentity.fingerprintOf(chain[0].getEncoded());
      if (!actual.equals(pin)) {
        throw new PinMismatch(
            "the server at "
                + server
                + " is not the course's grading server: its certificate fingerprint is not the"
                + " one in course.yaml; nothing was sent. Ask your instructor (a restarted server"
                + " with a new certificate needs a new kit)");
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("a client never accepts clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("a client never accepts clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("a client never accepts clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
