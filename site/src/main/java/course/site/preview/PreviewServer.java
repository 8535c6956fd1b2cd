package course.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The preview's loopback HTTP server: serves the built site from 127.0.0.1 only, and adds to each
 * HTML page a small script that reloads it when a rebuild is done. The script is added here, on the
 * way out; the built files never hold it, so the site itself stays server-free.
 */
public final class PreviewServer implements AutoCloseable {
  static final String VERSION_PATH = "/__preview/version";
  private static final String RELOAD =
      "<script>(function(){var v=null;function poll(){fetch('"
          + VERSION_PATH
          + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){"
          + "if(v!==null&&t!==v){location.reload();}v=t;}).catch(function(){})"
          + ".then(function(){setTimeout(poll,100);});}poll();})();</script>";

  private final Path site;
  private final HttpServer server;
  private final AtomicLong version = new AtomicLong();

  /** Serves {@code site} on 127.0.0.1:{@code port} (0: any free port). */
  public PreviewServer(Path site, int port) throws IOException {
    this.site = site.toAbsolutePath().normalize();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The address of the home page. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Tells open pages that the site changed: they reload. */
  public void changed() {
    version.incrementAndGet();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(VERSION_PATH)) {
        send(
            exchange,
            200,
            "text/plain",
            Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path file = site.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".html")) {
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + RELOAD : html.substring(0, end) + RELOAD + html.substring(end);
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
      } else {
        String type = URLConnection.guessContentTypeFromName(name);
        if (name.endsWith(".js")) {
          type = "text/javascript";
        } else if (name.endsWith(".css")) {
          type = "text/css";
        }
        send(exchange, 200, type == null ? "application/octet-stream" : type, body);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
