package course.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Raw HTTP/1.1 over TLS to a test server, byte for byte: what a hostile client can send that no
 * well-behaved HTTP library would (bad lengths, half-open requests, invalid UTF-8).
 */
final class RawHttps {
  /** A response: status, headers as text, body. */
  record Answer(int status, String head, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }

  private final int port;

  RawHttps(int port) {
    this.port = port;
  }

  SSLSocket open() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        new SecureRandom());
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
    socket.setSoTimeout(60_000);
    socket.startHandshake();
    return socket;
  }

  /** Sends a whole request with this body (Content-Length set) and reads the answer. */
  Answer send(String method, String path, String token, byte[] body) throws Exception {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    try (SSLSocket socket = open()) {
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // A server may answer (413) and close before the whole body is written; read its answer.
      }
      return read(socket.getInputStream());
    }
  }

  Answer send(String method, String path, String token, String body) throws Exception {
    return send(method, path, token, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (IOException e) {
      // A server that closes after answering may reset the connection; keep what arrived.
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) {
      return new Answer(-1, text, "");
    }
    String head = text.substring(0, split);
    String body = text.substring(split + 4);
    if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    int status = Integer.parseInt(head.split(" ")[1]);
    return new Answer(status, head, body);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, eol + 2 + size);
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
