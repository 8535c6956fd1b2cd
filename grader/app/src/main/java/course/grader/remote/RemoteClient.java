package course.grader.remote;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.CourseException;
import course.grader.server.ServerIdentity;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A student kit's side of the grading server: HTTPS calls that trust exactly one certificate, the
 * one whose SHA-256 fingerprint the kit's {@code course.yaml} pins (no certificate authority, no
 * host name check: the fingerprint is the identity). Every failure is one line saying what happened
 * and what to do.
 *
 * <p>One request per connection, HTTP/1.1 written by hand on a (TLS) socket: a student's command
 * makes one call in a fresh JVM, where {@code java.net.http.HttpClient} (its selector thread, its
 * executor, its HTTP/2 machinery) cost more start-up time than the whole exchange.
 */
public final class RemoteClient {
  private static final int CONNECT_MILLIS = 20_000;
  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final URI server;
  private final String host;
  private final int port;
  private final String basePath;
  private final SSLSocketFactory tls;
  private final int answerMillis;

  /**
   * @param fingerprint the pinned certificate; empty only for a plain-HTTP server
   */
  public RemoteClient(URI server, Optional<String> fingerprint, Duration answerTimeout) {
    this.server = Objects.requireNonNull(server, "server");
    Objects.requireNonNull(answerTimeout, "answerTimeout");
    this.answerMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, answerTimeout.toMillis()));
    boolean https = "https".equals(server.getScheme());
    String h = server.getHost();
    if (h == null || !(https || "http".equals(server.getScheme()))) {
      throw CourseException.input(
          "course.yaml: server '"
              + server
              + "' is not an https:// address; ask your instructor for the kit's course.yaml");
    }
    this.host = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    this.port = server.getPort() > 0 ? server.getPort() : https ? 443 : 80;
    String path = server.getRawPath() == null ? "" : server.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (https) {
      String pin =
          fingerprint.orElseThrow(
              () ->
                  CourseException.input(
                      "course.yaml names an https server but no server_fingerprint; ask your"
                          + " instructor for the kit's course.yaml"));
      this.tls = pinned(pin).getSocketFactory();
    } else {
      this.tls = null;
    }
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
    return send("GET", path, token, null, false);
  }

  /** POST {@code body} (JSON) to {@code path}. */
  public JsonNode post(String path, String token, String json) {
    return send("POST", path, token, json.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * POST a submission that carries its own {@code key}: if the connection is lost after it was sent
   * (a Wi-Fi drop, a closed socket), it is sent once more, and the server answers the retry with
   * the result of the same job instead of grading it again.
   */
  public JsonNode submit(String token, String jsonWithKey) {
    return send(
        "POST", "/api/v1/submit", token, jsonWithKey.getBytes(StandardCharsets.UTF_8), true);
  }

  /** A status and a body. */
  private record Answer(int status, byte[] body) {}

  /** The connection broke after the request went out: worth sending once more. */
  private static final class Lost extends IOException {
    private static final long serialVersionUID = 1L;

    Lost(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** No connection in time (connect or handshake): nothing was sent. */
  private static final class NoAnswer extends IOException {
    private static final long serialVersionUID = 1L;

    NoAnswer(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private JsonNode send(String method, String path, String token, byte[] body, boolean retryOnce) {
    byte[] request = request(method, path, token, body);
    Answer response;
    try {
      try {
        response = exchange(request);
      } catch (Lost e) {
        if (!retryOnce) {
          throw e;
        }
        Thread.sleep(500);
        response = exchange(request);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.input("interrupted while waiting for the grading server");
    } catch (IOException e) {
      throw unreachable(e);
    }
    JsonNode json;
    try {
      // Streaming only: a student's command has no other use for an ObjectMapper's start-up.
      json = course.grader.wire.PlainJson.tree(response.body());
    } catch (IllegalArgumentException e) {
      throw CourseException.input(
          server
              + " answered "
              + response.status()
              + " with something that is not the grading server's JSON; check the server address"
              + " in course.yaml");
    }
    int status = response.status();
    if (status == HttpURLConnection.HTTP_OK) {
      return json;
    }
    String error = json.path("error").asText("no reason given");
    if (status == HttpURLConnection.HTTP_UNAUTHORIZED) {
      throw CourseException.input(
          "the grading server did not accept your token; run 'course login' again with the token"
              + " your instructor gave you");
    }
    throw CourseException.input("the grading server refused (" + status + "): " + error);
  }

  private byte[] request(String method, String path, String token, byte[] body) {
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(basePath).append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(server.getRawAuthority()).append("\r\n");
    head.append("Connection: close\r\n");
    head.append("Accept: application/json\r\n");
    head.append("Authorization: Bearer ").append(token).append("\r\n");
    if (body != null) {
      head.append("Content-Type: application/json; charset=utf-8\r\n");
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    if (body == null) {
      return headBytes;
    }
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /**
   * One request on a fresh connection. Failures before the request went out (refused, no answer,
   * the certificate) are plain {@link IOException}s; a connection that breaks after it is {@link
   * Lost}, except a timeout, which is no broken connection.
   */
  private Answer exchange(byte[] request) throws IOException {
    Socket socket = tls == null ? new Socket() : tls.createSocket();
    try (socket) {
      try {
        socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(CONNECT_MILLIS);
        if (socket instanceof SSLSocket ssl) {
          ssl.startHandshake();
        }
      } catch (SocketTimeoutException e) {
        throw new NoAnswer(e);
      }
      socket.setSoTimeout(answerMillis);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        return read(new BufferedInputStream(socket.getInputStream()));
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        // After the handshake, so never the pin: a reset, a close, a truncated answer.
        throw new Lost(e);
      }
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    int status;
    try {
      status = parts.length >= 2 ? Integer.parseInt(parts[1]) : -1;
    } catch (NumberFormatException e) {
      status = -1;
    }
    if (!parts[0].startsWith("HTTP/1.") || status < 100) {
      throw new IOException("not an HTTP answer: " + abbreviate(statusLine));
    }
    long length = -1;
    boolean chunked = false;
    int headBytes = statusLine.length();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      headBytes += header.length();
      if (headBytes > MAX_HEAD_BYTES) {
        throw new IOException("an answer with " + headBytes + " bytes of headers");
      }
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new IOException("a malformed Content-Length: " + abbreviate(value));
        }
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      }
    }
    byte[] body;
    if (chunked) {
      body = unchunk(in);
    } else if (length >= 0) {
      if (length > MAX_BODY_BYTES) {
        throw new IOException("an answer of " + length + " bytes");
      }
      body = in.readNBytes((int) length);
      if (body.length < length) {
        throw new EOFException("the connection closed in the middle of the answer");
      }
    } else {
      body = in.readNBytes(MAX_BODY_BYTES);
    }
    return new Answer(status, body);
  }

  private static byte[] unchunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in);
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size =
            Integer.parseInt(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("a malformed chunk size: " + abbreviate(sizeLine));
      }
      if (size < 0 || out.size() + (long) size > MAX_BODY_BYTES) {
        throw new IOException("an answer over " + MAX_BODY_BYTES + " bytes");
      }
      if (size == 0) {
        for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
          // Trailers carry nothing the kit reads.
        }
        return out.toByteArray();
      }
      byte[] chunk = in.readNBytes(size);
      if (chunk.length < size) {
        throw new EOFException("the connection closed in the middle of the answer");
      }
      out.write(chunk);
      line(in);
    }
  }

  /** One header line without its CRLF; EOF before the line ends is a broken connection. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the connection closed before the answer");
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_HEAD_BYTES) {
        throw new IOException("an answer line over " + MAX_HEAD_BYTES + " bytes");
      }
      line.append((char) b);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private CourseException unreachable(IOException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof PinMismatch mismatch) {
        return CourseException.input(mismatch.getMessage());
      }
      cause = cause.getCause();
    }
    if (e instanceof Lost) {
      return CourseException.input(
          "lost the connection to the grading server at "
              + server
              + " ("
              + e.getCause()
              + "); run 'course history' to see whether your submission arrived");
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoAnswer) {
      return CourseException.input(
          "cannot reach the grading server at "
              + server
              + " ("
              + (e instanceof ConnectException
                  ? "connection refused"
                  : e instanceof UnknownHostException ? "unknown host" : "no answer")
              + "); check that you are on the class network and the server runs, then submit"
              + " again (your files are untouched)");
    }
    if (e instanceof SocketTimeoutException) {
      return CourseException.input(
          "the grading server at "
              + server
              + " did not answer in time; your submission may still be graded: run 'course"
              + " history' in a minute before submitting again");
    }
    if (e instanceof SSLException) {
      return CourseException.input(
          "no secure connection to "
              + server
              + " ("
              + e.getMessage()
              + "); check the server address in course.yaml");
    }
    return CourseException.input(
        "cannot reach the grading server at "
            + server
            + " ("
            + e
            + "); check that you are on the class network and the server runs, then submit"
            + " again (your files are untouched)");
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
