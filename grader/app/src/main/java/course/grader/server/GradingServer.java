package course.grader.server;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.service.GradingService;
import course.grader.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code course serve}: accepts students' submissions over HTTPS, grades them with the same judge
 * as a local submit, and records them in the gradebook. A thin adapter: grading is {@link
 * GradingService}, storing is {@link Gradebook}; this class checks who asks and what they send.
 *
 * <p>The queue is the gradebook: an accepted submission is a {@code queued} row before grading
 * starts, and grading ends by recording the attempt and marking the row done with its answer in one
 * transaction ({@link Gradebook#completeJob}). The server's own grading threads are a {@link
 * GradingWorker} (none with {@code --jobs 0}: then {@code course worker} processes grade); each
 * takes jobs under a lease, so a server killed at any moment loses nothing and grades nothing
 * twice. A request waits for its job's answer: at once when this server graded it, else from the
 * gradebook, polled.
 *
 * <p>API (JSON; {@code Authorization: Bearer TOKEN} on every call):
 *
 * <ul>
 *   <li>{@code GET /api/v1/whoami}: {@code {"student": id}}
 *   <li>{@code POST /api/v1/submit} with {@code {"exercise": slug, "files": [{"name",
 *       "content"}]}}: the report, as {@code course submit --json} prints it plus the note and
 *       visible outputs
 *   <li>{@code GET /api/v1/history[?exercise=slug]}: as {@code course history --json}, own rows
 * </ul>
 *
 * Every refusal is a 4xx or 503 with {@code {"error": one line}}, and records nothing.
 */
public final class GradingServer implements AutoCloseable {
  /** Plain file names only: no folders, no dot files, no {@code ..}. */
  private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_$.-]{0,99}");

  /** Limits and where to listen. */
  public record Settings(
      String bind,
      int port,
      int jobs,
      long maxBodyBytes,
      int maxFiles,
      int perStudent,
      int maxQueue,
      Duration idleTimeout,
      Duration answerTimeout) {
    /** The defaults of {@code course serve}. */
    public static Settings defaults() {
      return new Settings(
          "0.0.0.0",
          8443,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          1024 * 1024,
          20,
          4,
          200,
          Duration.ofSeconds(10),
          Duration.ofMinutes(10));
    }

    public Settings withBind(String bind, int port) {
      return new Settings(
          bind,
          port,
          jobs,
          maxBodyBytes,
          maxFiles,
          perStudent,
          maxQueue,
          idleTimeout,
          answerTimeout);
    }

    public Settings withJobs(int jobs) {
      return new Settings(
          bind,
          port,
          jobs,
          maxBodyBytes,
          maxFiles,
          perStudent,
          maxQueue,
          idleTimeout,
          answerTimeout);
    }

    public Settings withLimits(int perStudent, int maxQueue, Duration idleTimeout) {
      return new Settings(
          bind,
          port,
          jobs,
          maxBodyBytes,
          maxFiles,
          perStudent,
          maxQueue,
          idleTimeout,
          answerTimeout);
    }
  }

  /** What a student may read of their history: the rows {@code course history --json} prints. */
  public interface HistoryView extends BiFunction<String, String, List<Map<String, Object>>> {}

  /**
   * The fields a local submit adds to its report for this attempt (its lateness under the course's
   * policy), and optionally {@code late_line}, the line a local submit prints under the report.
   */
  public interface SubmitExtras {
    Map<String, Object> of(String student, Exercise exercise, Instant submittedAt);
  }

  private final Catalog catalog;
  private final GradingService grading;
  private final Gradebook gradebook;
  private final Optional<ServerIdentity> identity;
  private final Settings settings;
  private final HistoryView history;
  private final SubmitExtras extras;
  private final PrintWriter log;
  private final String graderVersion;

  /** Job id → the answer its requests wait for (more than one: a retry with the same key). */
  private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

  private final GradingWorker.Settings workerSettings;
  private GradingWorker worker;
  private Thread poller;
  private volatile boolean running;
  private Server server;

  /**
   * @param identity the TLS identity; empty only for {@code --insecure-http}
   * @param history a student's rows for {@code GET /api/v1/history}: (student, exercise or null)
   * @param log one line per request and per graded job
   */
  public GradingServer(
      Catalog catalog,
      GradingService grading,
      Gradebook gradebook,
      Optional<ServerIdentity> identity,
      Settings settings,
      HistoryView history,
      SubmitExtras extras,
      String graderVersion,
      PrintWriter log) {
    this.extras = Objects.requireNonNull(extras, "extras");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.grading = Objects.requireNonNull(grading, "grading");
    this.gradebook = Objects.requireNonNull(gradebook, "gradebook");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.history = Objects.requireNonNull(history, "history");
    this.graderVersion = Objects.requireNonNull(graderVersion, "graderVersion");
    this.log = Objects.requireNonNull(log, "log");
    this.workerSettings = settings.jobs() == 0 ? null : GradingWorker.Settings.of(settings.jobs());
  }

  /**
   * Listens, then starts grading: what an earlier run left queued, then what arrives.
   *
   * @return the port it listens on (the one asked for, or a free one for port 0)
   */
  public int start() {
    QueuedThreadPool threads = new QueuedThreadPool(400, 8, 60_000);
    threads.setName("course-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    http.setRequestHeaderSize(8 * 1024);
    ServerConnector connector;
    if (identity.isPresent()) {
      http.addCustomizer(new SecureRequestCustomizer(false));
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setKeyStorePath(identity.get().keystore().toString());
      tls.setKeyStoreType("PKCS12");
      tls.setKeyStorePassword(new String(identity.get().password()));
      tls.setSniRequired(false);
      connector =
          new ServerConnector(
              server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
    } else {
      connector = new ServerConnector(server, new HttpConnectionFactory(http));
    }
    connector.setHost(settings.bind());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    // A whole class submitting in the same minute connects at once: the OS default (50) is short.
    connector.setAcceptQueueSize(512);
    server.addConnector(connector);
    server.setHandler(new Api());
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw CourseException.input(
          settings.bind()
              + ":"
              + settings.port()
              + ": cannot listen there ("
              + e.getMessage()
              + "); pick another --port or --bind",
          e);
    }
    int port = connector.getLocalPort();
    running = true;
    if (workerSettings != null) {
      String host = hostName();
      // The same id at every start on this port: the port was free, so an earlier run holding
      // leases under it is gone, and its jobs are graded now rather than when the leases run out.
      String id = "serve " + host + ":" + port;
      int freed = gradebook.releaseLeases(id);
      if (freed > 0) {
        log.printf(
            "%s %d jobs an earlier run was grading are queued again%n", Instant.now(), freed);
        log.flush();
      }
      worker =
          new GradingWorker(
              id,
              host,
              catalog,
              grading,
              new GradingWorker.GradebookSource() {
                @Override
                public Gradebook get() {
                  return gradebook;
                }

                @Override
                public void failed(Gradebook g, RuntimeException failure) {
                  // The server's own gradebook: nothing to reopen; the job is tried again.
                }
              },
              workerSettings,
              graderVersion,
              log,
              new GradingWorker.Listener() {
                @Override
                public void graded(long jobId, String answer) {
                  CompletableFuture<String> f = waiting.remove(jobId);
                  if (f != null) {
                    f.complete(answer);
                  }
                }

                @Override
                public void failed(long jobId, String message) {
                  CompletableFuture<String> f = waiting.remove(jobId);
                  if (f != null) {
                    f.completeExceptionally(new IllegalStateException(message));
                  }
                }
              });
      worker.start();
    }
    poller = new Thread(this::pollAnswers, "course-answers");
    poller.setDaemon(true);
    poller.start();
    return port;
  }

  /** This machine's name for the workers list; "localhost" when it has none. */
  public static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }

  /**
   * Answers the requests whose jobs another process graded (a {@code course worker}, or another
   * server): every 200 ms, one query for the jobs still awaited.
   */
  private void pollAnswers() {
    while (running) {
      try {
        Thread.sleep(200);
        if (waiting.isEmpty()) {
          continue;
        }
        for (course.grader.gradebook.JobQueue.Done done :
            gradebook.doneJobs(new ArrayList<>(waiting.keySet()))) {
          CompletableFuture<String> f = waiting.remove(done.jobId());
          if (f != null) {
            if (done.resultJson() == null) {
              f.completeExceptionally(new IllegalStateException("graded without an answer"));
            } else {
              f.complete(done.resultJson());
            }
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.printf("%s could not read answers from the gradebook: %s%n", Instant.now(), e);
        log.flush();
      }
    }
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      // Stopping is best effort; the queue in the gradebook keeps what was not graded.
    }
    running = false;
    if (poller != null) {
      poller.interrupt();
    }
    if (worker != null) {
      worker.close();
    }
  }

  /** The Jetty handler: reads the request within its limits, answers with JSON. */
  private final class Api extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      long started = System.nanoTime();
      Answer answer;
      String who = "-";
      try {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        Optional<String> student = authenticate(auth);
        who = student.orElse("-");
        if (student.isEmpty()) {
          answer =
              Answer.error(
                  401,
                  "no valid token; run 'course login' with the token your instructor gave you");
        } else {
          answer = route(request, path == null ? "" : path, query, student.get());
        }
      } catch (Refusal r) {
        answer = Answer.error(r.status, r.getMessage());
      } catch (CourseException e) {
        answer = Answer.error(400, e.getMessage());
      } catch (RuntimeException e) {
        answer = Answer.error(500, "the server failed: " + e);
      }
      response.setStatus(answer.status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      if (answer.status == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "30");
      }
      log.printf(
          "%s %s %s %s %d %d ms%n",
          Instant.now(),
          request.getMethod(),
          request.getHttpURI().getPath(),
          who,
          answer.status,
          (System.nanoTime() - started) / 1_000_000);
      log.flush();
      Content.Sink.write(response, true, answer.json, callback);
      return true;
    }
  }

  private Answer route(Request request, String path, String query, String student) {
    String method = request.getMethod();
    switch (path) {
      case "/api/v1/whoami":
        requireMethod(method, "GET");
        return Answer.ok(Map.of("student", student));
      case "/api/v1/history":
        requireMethod(method, "GET");
        String exercise = queryValue(query, "exercise");
        if (exercise != null) {
          catalog.exercise(exercise);
        }
        return Answer.ok(history.apply(student, exercise));
      case "/api/v1/submit":
        requireMethod(method, "POST");
        return submit(student, readBody(request));
      default:
        throw new Refusal(404, "no such API path: " + clip(path));
    }
  }

  /** {@code -Dcourse.profile=true}: a line per submission on stderr, where its time went. */
  private static final boolean PROFILE = Boolean.getBoolean("course.profile");

  private Answer submit(String student, byte[] body) {
    long start = System.nanoTime();
    JsonNode root;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      root = WireJson.parse(body);
    } catch (CharacterCodingException e) {
      throw new Refusal(400, "the request is not UTF-8 text; send the files as UTF-8");
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, "the request is not valid JSON: " + clip(e.getMessage()));
    }
    if (!root.isObject() || !root.path("exercise").isTextual() || !root.path("files").isArray()) {
      throw new Refusal(
          400, "the request must be {\"exercise\": slug, \"files\": [{\"name\", \"content\"}]}");
    }
    String slug = root.path("exercise").asText();
    Exercise exercise;
    try {
      exercise = catalog.exercise(slug);
    } catch (CourseException e) {
      throw new Refusal(404, e.getMessage());
    }
    JsonNode list = root.path("files");
    if (list.size() == 0) {
      throw new Refusal(400, "no files sent; name the .java files to submit");
    }
    if (list.size() > settings.maxFiles()) {
      throw new Refusal(
          413, list.size() + " files sent; at most " + settings.maxFiles() + " per submission");
    }
    List<SubmittedFile> files = new ArrayList<>();
    for (JsonNode f : list) {
      if (!f.path("name").isTextual() || !f.path("content").isTextual()) {
        throw new Refusal(400, "each file must be {\"name\": text, \"content\": text}");
      }
      String name = f.path("name").asText();
      if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
        throw new Refusal(
            400, "file name '" + clip(name) + "' is not a plain file name; send files, not paths");
      }
      String content = f.path("content").asText();
      if (content.indexOf('\0') >= 0) {
        throw new Refusal(400, name + ": a binary file, not Java source; send the .java file");
      }
      files.add(new SubmittedFile(name, content));
    }
    String key = submissionKey(root);
    // The same checks as a local submit (class names, sizes, encodings): refused, not recorded.
    grading.readUploaded(exercise, files);
    long checked = System.nanoTime();
    Instant now = grading.now();
    course.grader.gradebook.JobQueue.Enqueued queued =
        gradebook.enqueue(
            new StudentId(student),
            slug,
            files,
            now,
            new course.grader.gradebook.JobQueue.Options(
                0, key, course.grader.service.ExerciseHash.of(exercise)),
            new course.grader.gradebook.JobQueue.Limits(
                settings.perStudent(), settings.maxQueue()));
    switch (queued.outcome()) {
      case STUDENT_FULL:
        throw new Refusal(
            429,
            "you have "
                + queued.waiting()
                + " submissions waiting to be graded; wait for them, then submit again");
      case QUEUE_FULL:
        throw new Refusal(503, "the grading queue is full; try again in 30 seconds");
      case SAME_KEY:
      // The same submission again (the client lost the connection and retried): the answer
      // of the one job already accepted, never a second attempt.
      case QUEUED:
      default:
        break;
    }
    CompletableFuture<String> result =
        waiting.computeIfAbsent(queued.jobId(), id -> new CompletableFuture<>());
    if (queued.outcome() == course.grader.gradebook.JobQueue.Outcome.SAME_KEY) {
      // Already graded, perhaps: its answer is in the gradebook.
      for (course.grader.gradebook.JobQueue.Done done :
          gradebook.doneJobs(List.of(queued.jobId()))) {
        waiting.remove(done.jobId());
        result.complete(done.resultJson());
      }
    } else if (worker != null) {
      worker.wake();
    }
    long enqueued = System.nanoTime();
    Answer answer = answer(student, exercise, queued.submittedAt(), result);
    if (PROFILE) {
      System.err.printf(
          "course.profile: submit: read and check %d ms, queue %d ms, graded and answered %d ms%n",
          (checked - start) / 1_000_000,
          (enqueued - checked) / 1_000_000,
          (System.nanoTime() - enqueued) / 1_000_000);
    }
    return answer;
  }

  /**
   * The optional {@code key} a client sends so that a retry of the same submission after a lost
   * connection is answered, not graded again.
   */
  private static String submissionKey(JsonNode root) {
    JsonNode key = root.path("key");
    if (key.isMissingNode() || key.isNull()) {
      return null;
    }
    if (!key.isTextual() || !SUBMISSION_KEY.matcher(key.asText()).matches()) {
      throw new Refusal(400, "the submission key must be 16 to 64 letters, digits, '-' or '_'");
    }
    return key.asText();
  }

  private Answer answer(
      String student, Exercise exercise, Instant submittedAt, CompletableFuture<String> result) {
    try {
      String graded = result.get(settings.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
      long got = System.nanoTime();
      Map<String, Object> extra = new LinkedHashMap<>(extras.of(student, exercise, submittedAt));
      if (PROFILE) {
        System.err.printf(
            "course.profile: answer: lateness read %d ms%n", (System.nanoTime() - got) / 1_000_000);
      }
      Object lateLine = extra.remove("late_line");
      // The stored answer with the lateness fields after "attempt", as a local submit has them.
      Map<String, Object> answer = new LinkedHashMap<>();
      WireJson.parse(graded.getBytes(StandardCharsets.UTF_8))
          .properties()
          .forEach(
              e -> {
                answer.put(e.getKey(), e.getValue());
                if (e.getKey().equals("attempt")) {
                  answer.putAll(extra);
                }
              });
      if (lateLine != null) {
        answer.put("late_line", lateLine);
      }
      return Answer.ok(answer);
    } catch (TimeoutException e) {
      throw new Refusal(
          504, "accepted, still grading; run 'course history' in a minute to see the result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refusal(
          503, "the server is stopping; your submission is queued and will be graded");
    } catch (ExecutionException e) {
      throw new Refusal(500, "grading failed on the server: " + clip(String.valueOf(e.getCause())));
    }
  }

  private Optional<String> authenticate(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return Optional.empty();
    }
    String token = header.substring("Bearer ".length()).strip();
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    return gradebook.studentForTokenHash(Tokens.hash(token));
  }

  private byte[] readBody(Request request) {
    long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    long max = settings.maxBodyBytes();
    if (declared > max) {
      throw new Refusal(413, "the request is " + declared + " bytes; at most " + max);
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes((int) max + 1);
      if (body.length > max) {
        throw new Refusal(413, "the request is over " + max + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new Refusal(408, "the request did not arrive in time (" + clip(e.toString()) + ")");
    }
  }

  private static void requireMethod(String method, String expected) {
    if (!expected.equals(method)) {
      throw new Refusal(405, "use " + expected + " here");
    }
  }

  private static String queryValue(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String clip(String text) {
    String line = text == null ? "" : text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }

  /** A request refused with a status and one line. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;

    Refusal(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private record Answer(int status, String json) {
    static Answer ok(Object body) {
      return new Answer(200, WireJson.text(body));
    }

    static Answer error(int status, String message) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error", message);
      return new Answer(status, WireJson.text(m));
    }
  }
}
