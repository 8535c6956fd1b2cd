package course.site.preview;

import course.catalog.Problem;
import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code course build --watch}: builds the site (broken pages as error pages), serves it on
 * 127.0.0.1 and rebuilds when a file under {@code content/} or {@code exercises/} changes; open
 * pages then reload. The rebuild runs in this warm JVM, which is what makes it quick.
 */
public final class Preview implements AutoCloseable {
  private final Path root;
  private final Path out;
  private final PrintWriter console;
  private final SiteBuilder builder;
  private final PreviewServer server;
  private Map<Path, Long> seen;

  /** Builds once and starts serving; {@code port} 0 picks a free one. */
  public Preview(Path root, Path out, int port, PrintWriter console) throws IOException {
    this(root, out, port, console, java.util.Optional.empty());
  }

  /** As above, for a course graded on {@code gradingServer} (see {@link SiteBuilder}). */
  public Preview(
      Path root,
      Path out,
      int port,
      PrintWriter console,
      java.util.Optional<java.net.URI> gradingServer)
      throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.out = out;
    this.console = console;
    this.builder = new SiteBuilder(this.root, gradingServer);
    this.seen = snapshot();
    rebuild();
    this.server = new PreviewServer(out, port);
  }

  /** The preview's home page. */
  public java.net.URI uri() {
    return server.uri();
  }

  /** Rebuilds when something changed since the last look; true when it did. */
  public boolean poll() throws IOException {
    Map<Path, Long> now = snapshot();
    if (now.equals(seen)) {
      return false;
    }
    Map<Path, Long> before = seen;
    seen = now;
    if (!rebuildOneLesson(before, now)) {
      rebuild();
      server.changed();
    }
    return true;
  }

  /**
   * When the save changed one existing lesson's body and nothing else, rewrites its page and
   * signals the reload before the files that hold every page; true when it did.
   */
  private boolean rebuildOneLesson(Map<Path, Long> before, Map<Path, Long> now) {
    if (!before.keySet().equals(now.keySet())) {
      return false;
    }
    Path changed = null;
    for (Map.Entry<Path, Long> e : now.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        if (changed != null) {
          return false;
        }
        changed = e.getKey();
      }
    }
    if (changed == null) {
      return false;
    }
    long start = System.nanoTime();
    long[] signalled = {0};
    java.util.Optional<SiteBuilder.Result> result =
        builder.rebuildLesson(
            out,
            changed,
            () -> {
              server.changed();
              signalled[0] = System.nanoTime();
            });
    if (result.isEmpty()) {
      return false;
    }
    console.printf(
        "Rebuilt 1 page in %d ms (reload sent), the search index and all.html by %d ms%n",
        (signalled[0] - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    console.flush();
    return true;
  }

  /** Watches until the process is stopped. */
  public void run() throws IOException, InterruptedException {
    while (true) {
      try {
        poll();
      } catch (IOException e) {
        // A file removed while the folder was read (an editor's save): look again next round.
      }
      Thread.sleep(50);
    }
  }

  private void rebuild() {
    long start = System.nanoTime();
    SiteBuilder.Result result = builder.build(out, true);
    List<Problem> problems = result.problems();
    problems.forEach(console::println);
    console.printf(
        "Rebuilt %d pages in %d ms%s%n",
        result.pages(),
        (System.nanoTime() - start) / 1_000_000,
        problems.isEmpty() ? "" : "; " + problems.size() + " problem(s), shown on their pages");
    console.flush();
  }

  /** Last-modified times and sizes of every course file that the site is built from. */
  private Map<Path, Long> snapshot() throws IOException {
    Map<Path, Long> files = new HashMap<>();
    for (String dir : List.of("content", "exercises")) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(d)) {
        for (Path f : all.filter(Files::isRegularFile).toList()) {
          files.put(f, Files.getLastModifiedTime(f).toMillis() * 31 + Files.size(f));
        }
      }
    }
    return files;
  }

  @Override
  public void close() {
    server.close();
  }
}
