package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.export.CsvExport;
import course.grader.gradebook.Gradebook;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import course.grader.judge.Warmup;
import course.grader.judge.WorkFolder;
import course.grader.policy.GradeSheet;
import course.grader.policy.Policy;
import course.grader.report.GradeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code course warmup}: writes the class-data-sharing archive of the test JVMs, then grades the
 * first exercise's reference solution once into a throw-away gradebook. The launcher runs it after
 * each build under {@code -XX:DumpLoadedClassList} and dumps what it loaded into a static archive
 * ({@code -Xshare:dump}), so that the grader's own JVM gets an archive of everything a grading run
 * loads.
 */
@Command(
    name = "warmup",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Prepare the start-up archives (the launcher does this after a build).")
final class WarmupCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Option(names = "--archive", paramLabel = "FILE", description = "Where to write the archive.")
  Path archive;

  @Override
  public Integer call() throws IOException {
    HarnessLibrary library = HarnessLibrary.locate();
    if (archive != null) {
      library = library.withArchive(archive);
    }
    Warmup.trainChildArchive(library);
    trainClient();
    // A kit's submit and a plain build read their command line without picocli (KitFastPath):
    // those classes too.
    KitFastPath.parse("--verbose", "submit", "x", "X.java", "--json", "--student=x");
    KitFastPath.parse("build", "--out", "x", "--keep-going");
    // This run builds only the warm-up verb's model; help, --version and other verbs' usage build
    // every verb's, with classes of picocli no single verb loads: train them too.
    picocli.CommandLine whole = CourseCommand.commandLine(parent.console(), null);
    whole.parseArgs("submit", "x", "X.java", "--json");
    whole.getUsageMessage();
    trainSite();
    Catalog catalog;
    try {
      catalog = common.catalog();
    } catch (CourseException e) {
      // No course here: the child archive is written, which is what matters most.
      parent.console().out().println("wrote " + library.archive());
      return ExitCode.OK;
    }
    List<Exercise> exercises = catalog.exercises();
    if (!exercises.isEmpty()) {
      gradeOnce(library, exercises.get(0));
    }
    parent.console().out().println("wrote " + library.archive());
    return ExitCode.OK;
  }

  /**
   * {@code course build} loads some 2,000 classes of its own (the Markdown parser and its
   * extensions, the highlighter's lexer, the templates, jsoup for all.html): building the course
   * once, into a throw-away folder, puts them in the start-up archive too, so a build starts from
   * mapped, already verified classes. Not in a student kit (its site comes built), nor without a
   * {@code content/} folder; a course with problems still loads what checking it needs.
   */
  private void trainSite() {
    Path root;
    try {
      root = common.root();
      if (CourseConfig.read(root).kit()
          || !java.nio.file.Files.isDirectory(root.resolve("content"))) {
        return;
      }
    } catch (CourseException e) {
      return;
    }
    try (WorkFolder dir = WorkFolder.create("course-warmup-site-")) {
      course.site.generate.SiteBuilder.Result result =
          new course.site.generate.SiteBuilder(root).build(dir.path().resolve("site"));
      parent
          .console()
          .out()
          .println("trained the site build: " + result.pages() + " pages (thrown away)");
    } catch (CourseException e) {
      // Only a speed-up: the build itself reports the course's problems.
    }
  }

  /**
   * A kit's submit, history and login start an HTTPS client: its classes (TLS handshake, the pinned
   * trust, HTTP, JSON) belong in the start-up archive too. The client makes two real calls (a GET
   * and a submit) to a throw-away TLS server on loopback, with a certificate made for this run
   * only, so the whole handshake and both answer forms (sized and chunked) are loaded. Without
   * keytool, a server that hangs up at once still loads the first half of the handshake.
   */
  private static void trainClient() {
    try (WorkFolder dir = WorkFolder.create("course-warmup-tls-")) {
      course.grader.server.ServerIdentity identity =
          course.grader.server.ServerIdentity.loadOrCreate(dir.path());
      try (TrainingServer server = TrainingServer.start(identity)) {
        course.grader.remote.RemoteClient client =
            new course.grader.remote.RemoteClient(
                java.net.URI.create("https://127.0.0.1:" + server.port()),
                java.util.Optional.of(identity.fingerprint()),
                java.time.Duration.ofSeconds(20));
        client.get("/api/v1/whoami", "x".repeat(43));
        course.grader.wire.WireJson.readReport(
            client.submit(
                "x".repeat(43),
                "{\"exercise\":\"x\",\"files\":[],\"key\":\""
                    + course.grader.remote.RemoteClient.newKey()
                    + "\"}"));
      }
    } catch (IOException | CourseException | java.security.GeneralSecurityException e) {
      hangUp();
    }
  }

  /** The client's first half: a server that hangs up at once (no certificate needed). */
  private static void hangUp() {
    try (java.net.ServerSocket hangUp =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread closer =
          new Thread(
              () -> {
                try (java.net.Socket s = hangUp.accept()) {
                  s.getInputStream().read();
                } catch (IOException e) {
                  // The client went away first.
                }
              });
      closer.setDaemon(true);
      closer.start();
      new course.grader.remote.RemoteClient(
              java.net.URI.create("https://127.0.0.1:" + hangUp.getLocalPort()),
              java.util.Optional.of("00".repeat(32)),
              java.time.Duration.ofSeconds(5))
          .get("/api/v1/whoami", "x".repeat(43));
    } catch (IOException | CourseException e) {
      // Expected: nobody answers. The classes are loaded.
    }
  }

  /**
   * A TLS server on loopback for the training run only: answers two requests, the first with a
   * sized body, the second chunked (as Jetty answers a report), then stops.
   */
  private static final class TrainingServer implements AutoCloseable {
    private static final String REPORT =
        "{\"exercise\":\"x\",\"outcome\":\"graded\",\"student\":\"warmup\",\"attempt\":1,"
            + "\"tests\":[{\"name\":\"t\",\"status\":\"passed\"}],\"diagnostics\":[]}";

    private final javax.net.ssl.SSLServerSocket socket;
    private final Thread thread;

    private TrainingServer(javax.net.ssl.SSLServerSocket socket) {
      this.socket = socket;
      this.thread = new Thread(this::serve, "warmup-tls");
      thread.setDaemon(true);
      thread.start();
    }

    static TrainingServer start(course.grader.server.ServerIdentity identity)
        throws IOException, java.security.GeneralSecurityException {
      java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(identity.keystore())) {
        store.load(in, identity.password());
      }
      javax.net.ssl.KeyManagerFactory keys =
          javax.net.ssl.KeyManagerFactory.getInstance(
              javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, identity.password());
      javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return new TrainingServer(
          (javax.net.ssl.SSLServerSocket)
              context
                  .getServerSocketFactory()
                  .createServerSocket(0, 2, java.net.InetAddress.getLoopbackAddress()));
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve() {
      for (int i = 0; i < 2; i++) {
        try (java.net.Socket s = socket.accept()) {
          s.setSoTimeout(20_000);
          java.io.InputStream in = s.getInputStream();
          String head = readHead(in);
          java.util.regex.Matcher length =
              java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
          if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
          }
          byte[] body = REPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          String answer =
              i == 0
                  ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n"
                      + REPORT
                  : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      + "Transfer-Encoding: chunked\r\n\r\n"
                      + Integer.toHexString(body.length)
                      + "\r\n"
                      + REPORT
                      + "\r\n0\r\n\r\n";
          s.getOutputStream().write(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          s.getOutputStream().flush();
        } catch (IOException e) {
          return;
        }
      }
    }

    private static String readHead(java.io.InputStream in) throws IOException {
      StringBuilder head = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0) {
        head.append((char) b);
        if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
          break;
        }
      }
      return head.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private void gradeOnce(HarnessLibrary library, Exercise exercise) throws IOException {
    try (WorkFolder dir = WorkFolder.create("course-warmup-db-")) {
      List<Path> files = course.catalog.Catalog.javaFiles(exercise.solutionDir());
      Judge.Suite suite = Judge.Suite.ALL;
      if (files.isEmpty()) {
        // A student kit has no solutions: the starter against the visible tests trains as well.
        files = course.catalog.Catalog.javaFiles(exercise.starterDir());
        suite = Judge.Suite.VISIBLE;
      }
      if (files.isEmpty()) {
        return;
      }
      GradeReport report = new Judge(library).grade(exercise, files, suite);
      try (Gradebook gradebook = Gradebook.open(dir.path().resolve("warmup.db"))) {
        gradebook.record(
            "warmup", exercise.title(), report, Instant.now(), GraderVersion.current());
        gradebook.history("warmup", null);
        GradeSheet sheet =
            GradeSheet.build(gradebook, Policy.DEFAULT, List.of(exercise.slug()), List.of(), null);
        new CsvExport().write(sheet, new StringWriter());
      }
      ReportPrinter printer =
          new ReportPrinter(new Console(new PrintWriter(new StringWriter()), false));
      printer.printHuman(report, "warmup", 1);
      printer.printJson(report, "warmup", 1);
    }
  }
}
