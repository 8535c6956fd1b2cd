package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.gradebook.Backend;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.gradebook.PostgresCluster;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.service.ExerciseHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14: {@code course worker} processes grade queued submissions under leases. Real worker
 * JVMs, real sandboxed gradings, SIGKILL with no warning; the queue is the gradebook's table.
 */
class WorkerProcessesTest {
  @TempDir Path tmp;

  private Path course;

  /** The gradebook: an SQLite file unless a test chooses PostgreSQL ({@link #on}). */
  private Backend.Store store;

  private final List<Process> workers = new ArrayList<>();

  @BeforeEach
  void course() throws IOException {
    course = tmp.resolve("course");
    CourseRunner.copyTree(CourseRunner.fixtureCourse(), course);
    store = Backend.SQLITE.create(tmp);
  }

  private void on(Backend backend) {
    store = backend.create(tmp);
  }

  private String db() {
    return store.db();
  }

  @AfterEach
  void stopWorkers() throws InterruptedException {
    for (Process p : workers) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * On PostgreSQL, the store of several machines, 120 (-Dcourse.test.drain=300 for the 300,
   * about five minutes on a 2-core machine, too long for every CI run); 30 on SQLite.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void threeWorkersDrainAQueuedFolderEachGradedOnceAndEqualToALocalSubmit(Backend backend)
      throws Exception {
    on(backend);
    Path folder = tmp.resolve("submissions");
    String good = source("adder/solution/Adder.java");
    String bad = source("adder/starter/Adder.java");
    int n = backend == Backend.POSTGRESQL ? Integer.getInteger("course.test.drain", 120) : 30;
    for (int i = 0; i < n; i++) {
      Path dir = Files.createDirectories(folder.resolve(String.format("s%03d", i)));
      Files.writeString(dir.resolve("Adder.java"), i % 3 == 0 ? bad : good);
    }
    for (int i = 0; i < 3; i++) {
      startWorker(course, "--jobs", "1");
    }
    CourseRunner.Run grade =
        new CourseRunner(course, db()).run("grade", "adder", folder.toString(), "--queue");
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(grade.out()).contains("s000").contains(String.format("s%03d", n - 1));

    assertThat(query("SELECT count(*) FROM queue WHERE state = 'done'")).isEqualTo("" + n);
    assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("" + n);
    assertThat(query("SELECT count(DISTINCT submission_id) FROM queue")).isEqualTo("" + n);
    assertThat(query("SELECT count(DISTINCT lease_owner) FROM queue"))
        .as("every worker graded some")
        .isEqualTo("3");
    assertThat(query("SELECT max(priority) FROM queue")).isEqualTo("1");

    // Each stored answer is what a local submit of the same file reports.
    Map<String, String> local = new TreeMap<>();
    for (String which : List.of("good", "bad")) {
      Path one = tmp.resolve(which + "/Adder.java");
      Files.createDirectories(one.getParent());
      Files.writeString(one, which.equals("good") ? good : bad);
      CourseRunner.Run submit =
          new CourseRunner(course, tmp.resolve(which + ".db"))
              .run("submit", "adder", one.toString(), "--student", "local", "--json");
      local.put(which, essence(submit.json()));
    }
    for (int i = 0; i < n; i++) {
      String student = String.format("s%03d", i);
      JsonNode answer =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(query("SELECT result FROM queue WHERE student_id = '" + student + "'"));
      assertThat(essence(answer)).as(student).isEqualTo(local.get(i % 3 == 0 ? "bad" : "good"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aWorkerKilledMidJobLosesItToAnotherAfterTheLeaseAndNothingIsRecordedTwice(Backend backend)
      throws Exception {
    on(backend);
    Path folder = tmp.resolve("submissions");
    // Each run of this one loops until the run limit (4 s): long enough to be killed mid-job.
    String loops = "public class Looper { public static int twice(int n) { while (true) {} } }";
    for (String s : List.of("ann", "bob", "cy")) {
      Path dir = Files.createDirectories(folder.resolve(s));
      Files.writeString(dir.resolve("Looper.java"), loops);
    }
    Thread queueing =
        new Thread(
            () ->
                new CourseRunner(course, db())
                    .run("grade", "looper", folder.toString(), "--queue"));
    queueing.start();
    Process first = startWorker(course, "--jobs", "1", "--lease", "3");
    waitFor(
        () ->
            "1"
                .equals(
                    uncheckedQuery(
                        "SELECT count(*) FROM queue WHERE state = 'queued' AND lease_owner LIKE 'worker %'")),
        60);
    String held = query("SELECT id FROM queue WHERE state = 'queued' AND lease_owner IS NOT NULL");
    first.destroyForcibly(); // SIGKILL, mid-job
    first.waitFor(30, TimeUnit.SECONDS);
    assertThat(query("SELECT state FROM queue WHERE id = " + held)).isEqualTo("queued");

    Process second = startWorker(course, "--jobs", "1", "--lease", "3");
    queueing.join(TimeUnit.MINUTES.toMillis(3));
    assertThat(queueing.isAlive()).isFalse();

    assertThat(query("SELECT count(*) FROM queue WHERE state = 'done'")).isEqualTo("3");
    assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("3");
    assertThat(query("SELECT taken FROM queue WHERE id = " + held)).isEqualTo("2");
    assertThat(
            query(
                "SELECT score FROM submissions WHERE id = "
                    + query("SELECT submission_id FROM queue WHERE id = " + held)))
        .isEqualTo("0.0");
    assertThat(second.isAlive()).isTrue();
  }

  @Test
  void aWorkerWhoseExerciseFilesDifferLeavesTheJobAndSaysSoAndAMatchingWorkerGradesIt()
      throws Exception {
    Path other = tmp.resolve("other-course");
    CourseRunner.copyTree(course, other);
    Path hidden = other.resolve("exercises/adder/hidden/AdderHiddenTest.java");
    Files.writeString(hidden, Files.readString(hidden) + "\n// changed on this machine\n");
    Path folder = tmp.resolve("submissions");
    Files.createDirectories(folder.resolve("ann"));
    Files.writeString(folder.resolve("ann/Adder.java"), source("adder/solution/Adder.java"));

    Path log = tmp.resolve("stale-worker.out");
    startWorker(other, log, "--jobs", "1");
    Thread queueing =
        new Thread(
            () ->
                new CourseRunner(course, db()).run("grade", "adder", folder.toString(), "--queue"));
    queueing.start();
    waitFor(() -> readQuietly(log).contains("queued against other exercise files"), 60);
    assertThat(readQuietly(log))
        .contains("(ann adder)")
        .contains("bring this machine's course folder up to date");
    assertThat(query("SELECT state FROM queue")).isEqualTo("queued");
    assertThat(query("SELECT taken FROM queue")).isEqualTo("0");

    startWorker(course, "--jobs", "1");
    queueing.join(TimeUnit.MINUTES.toMillis(3));
    assertThat(query("SELECT state FROM queue")).isEqualTo("done");
    assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("1");
  }

  @Test
  void aLoopingSubmissionCannotHoldAWorkerPastItsLimitsAndTheQueueBehindItMoves() throws Exception {
    on(Backend.POSTGRESQL);
    Path folder = tmp.resolve("submissions");
    String loops = "public class Looper { public static int twice(int n) { while (true) {} } }";
    String floods =
        "public class Looper { public static int twice(int n) {"
            + " while (true) { System.out.println(\"flood flood flood flood flood\"); } } }";
    Files.createDirectories(folder.resolve("a-loops"));
    Files.writeString(folder.resolve("a-loops/Looper.java"), loops);
    Files.createDirectories(folder.resolve("b-floods"));
    Files.writeString(folder.resolve("b-floods/Looper.java"), floods);
    Files.createDirectories(folder.resolve("c-good"));
    Files.writeString(folder.resolve("c-good/Looper.java"), source("looper/solution/Looper.java"));
    startWorker(course, "--jobs", "1");
    CourseRunner.Run grade =
        new CourseRunner(course, db()).run("grade", "looper", folder.toString(), "--queue");
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(query("SELECT score FROM submissions WHERE student_id = 'a-loops'"))
        .isEqualTo("0.0");
    assertThat(query("SELECT score FROM submissions WHERE student_id = 'b-floods'"))
        .isEqualTo("0.0");
    assertThat(query("SELECT outcome FROM submissions WHERE student_id = 'c-good'"))
        .isEqualTo("graded");
    assertThat(query("SELECT score FROM submissions WHERE student_id = 'c-good'"))
        .isEqualTo(query("SELECT max_score FROM submissions WHERE student_id = 'c-good'"));
    assertThat(query("SELECT count(*) FROM queue WHERE state = 'done'")).isEqualTo("3");

    // A regrade queued behind live submissions: a regrade row of the same attempt.
    CourseRunner.Run regrade =
        new CourseRunner(course, db()).run("regrade", "looper", "--student", "c-good", "--queue");
    assertThat(regrade.code()).as(regrade.toString()).isZero();
    assertThat(
            query(
                "SELECT count(*) FROM submissions WHERE student_id = 'c-good'"
                    + " AND regrade_of IS NOT NULL AND attempt = 1"))
        .isEqualTo("1");
    assertThat(query("SELECT priority FROM queue WHERE regrade_of IS NOT NULL")).isEqualTo("1");

    CourseRunner.Run workers = new CourseRunner(course, db()).run("workers");
    assertThat(workers.code()).as(workers.toString()).isZero();
    assertThat(workers.out()).contains("Queue: empty").contains("worker ").contains("alive");
  }

  @Test
  void aServerWithNoGradingThreadsAnswersWithWhatAWorkerGraded() throws Exception {
    on(Backend.POSTGRESQL);
    try (ServedClass served =
        new ServedClass(
            course, "adder", tmp.resolve("class"), db(), List.of("ann", "bob"), "--jobs", "0")) {
      String source = source("adder/solution/Adder.java");
      course.grader.remote.RemoteClient client =
          new course.grader.remote.RemoteClient(
              java.net.URI.create("https://127.0.0.1:" + served.port),
              java.util.Optional.of(served.fingerprint),
              java.time.Duration.ofMinutes(5));
      String body = ServerQueueTest.keyed(source);
      java.util.concurrent.Future<JsonNode> waiting =
          java.util.concurrent.Executors.newSingleThreadExecutor()
              .submit(() -> client.submit(served.tokens.get("ann"), body));
      // Accepted and queued, and nobody grades it until a worker starts.
      waitFor(() -> "1".equals(uncheckedQuery("SELECT count(*) FROM queue")), 60);
      Thread.sleep(1_000);
      assertThat(query("SELECT state FROM queue")).isEqualTo("queued");
      assertThat(waiting.isDone()).isFalse();

      startWorker(course, "--jobs", "1");
      JsonNode answer = waiting.get(3, TimeUnit.MINUTES);
      assertThat(answer.path("outcome").asText()).isEqualTo("graded");
      assertThat(answer.path("attempt").asInt()).isEqualTo(1);
      assertThat(answer.path("score").asDouble()).isEqualTo(answer.path("max_score").asDouble());
      // The lateness fields a local submit adds come from the server, after "attempt".
      List<String> fields = new ArrayList<>();
      answer.fieldNames().forEachRemaining(fields::add);
      assertThat(fields.indexOf("timeliness")).isEqualTo(fields.indexOf("attempt") + 1);

      // The same request again (a client retrying after a lost connection): the same attempt.
      assertThat(client.submit(served.tokens.get("ann"), body).path("attempt").asInt())
          .isEqualTo(1);
      assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("1");
      assertThat(query("SELECT lease_owner FROM queue")).startsWith("worker ");
    }
  }

  @Test
  void workersWhoseConnectionsAreTerminatedMidRunReconnectAndFinishWithNoJobLost()
      throws Exception {
    on(Backend.POSTGRESQL);
    int n = 24;
    queueDirectly("adder", "Adder.java", source("adder/solution/Adder.java"), n);
    Path log1 = tmp.resolve("w1.out");
    Path log2 = tmp.resolve("w2.out");
    startWorker(course, log1, "--jobs", "1");
    startWorker(course, log2, "--jobs", "1");
    waitFor(() -> done() >= 3, 120);
    String database = db().substring(db().lastIndexOf('/') + 1);
    PostgresCluster.get()
        .admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database
                + "' AND pid <> pg_backend_pid()");
    assertThat(done()).as("terminated mid-run").isLessThan(n);
    waitFor(() -> done() == n, 300);
    assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("" + n);
    assertThat(query("SELECT count(DISTINCT submission_id) FROM queue")).isEqualTo("" + n);
    String logs = readQuietly(log1) + readQuietly(log2);
    assertThat(logs).contains("reconnecting").contains("the gradebook answers again");
  }

  @Test
  void theDatabaseStoppedAndStartedWorkersWaitSaySoAndResume() throws Exception {
    on(Backend.POSTGRESQL);
    int n = 12;
    queueDirectly("looper", "Looper.java", source("looper/solution/Looper.java"), n);
    // And an instructor's `grade --queue` watching its batch behind them: it too must live through
    // the outage, and print its whole table at the end.
    Path folder = tmp.resolve("batch");
    int batch = 3;
    for (int i = 0; i < batch; i++) {
      Files.createDirectories(folder.resolve("b" + i));
      Files.writeString(
          folder.resolve("b" + i + "/Looper.java"), source("looper/solution/Looper.java"));
    }
    java.util.concurrent.CompletableFuture<CourseRunner.Run> watching =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                new CourseRunner(course, db())
                    .run("grade", "looper", folder.toString(), "--queue"));
    waitFor(() -> count("SELECT count(*) FROM queue") == n + batch, 120);
    Path log = tmp.resolve("w.out");
    startWorker(course, log, "--jobs", "1");
    waitFor(() -> done() >= 2, 120);
    PostgresCluster cluster = PostgresCluster.get();
    cluster.pause();
    try {
      waitFor(() -> readQuietly(log).contains("trying again every 2 s"), 60);
      Thread.sleep(2_000);
    } finally {
      cluster.resume();
    }
    waitFor(() -> done() == n + batch, 300);
    assertThat(readQuietly(log)).contains("the gradebook answers again");
    assertThat(query("SELECT count(*) FROM submissions")).isEqualTo("" + (n + batch));
    assertThat(query("SELECT count(DISTINCT submission_id) FROM queue"))
        .isEqualTo("" + (n + batch));

    CourseRunner.Run grade = watching.get(120, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(grade.err())
        .as(grade.toString())
        .contains("what was queued stays queued and the workers go on; trying again every 2 s")
        .contains("the gradebook answers again");
    for (int i = 0; i < batch; i++) {
      assertThat(grade.out()).as(grade.toString()).contains("b" + i);
    }
  }

  private long count(String sql) {
    String count = uncheckedQuery(sql);
    return count == null ? -1 : Long.parseLong(count);
  }

  /** Queues {@code n} live submissions of one file, as a server does, one student each. */
  private void queueDirectly(String exercise, String file, String content, int n) {
    Exercise ex = Catalog.load(course).exercise(exercise);
    String hash = ExerciseHash.of(ex);
    try (Gradebook g = store.open()) {
      for (int i = 0; i < n; i++) {
        g.enqueue(
            new StudentId(String.format("q%03d", i)),
            exercise,
            List.of(new SubmittedFile(file, content)),
            java.time.Instant.now(),
            new JobQueue.Options(0, null, hash),
            JobQueue.Limits.NONE);
      }
    }
  }

  private long done() {
    String count = uncheckedQuery("SELECT count(*) FROM queue WHERE state = 'done'");
    return count == null ? -1 : Long.parseLong(count);
  }

  @Test
  void twoServersOnOneDatabaseShareTheQueueTheKeysAndGaplessAttempts() throws Exception {
    on(Backend.POSTGRESQL);
    try (ServedClass a =
        new ServedClass(
            course, "adder", tmp.resolve("class"), db(), List.of("ann", "bob"), "--jobs", "1")) {
      // A second server on the same database that grades nothing itself: what it accepts, the
      // first one's grading threads grade, and it answers from the gradebook.
      Path out = tmp.resolve("second-server.out");
      Process b =
          new ProcessBuilder(
                  CourseRunner.childCommand(
                      "serve",
                      "--bind",
                      "127.0.0.1",
                      "--port",
                      "0",
                      "--course",
                      course.toString(),
                      "--db",
                      db(),
                      "--jobs",
                      "0"))
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      workers.add(b);
      waitFor(() -> readQuietly(out).contains("Ctrl-C stops"), 120);
      java.util.regex.Matcher port =
          java.util.regex.Pattern.compile("at https://[^:]+:(\\d+) ").matcher(readQuietly(out));
      assertThat(port.find()).as(readQuietly(out)).isTrue();
      assertThat(readQuietly(out)).contains(a.fingerprint);

      String source = source("adder/solution/Adder.java");
      List<java.util.concurrent.Callable<JsonNode>> calls = new ArrayList<>();
      String again = ServerQueueTest.keyed(source);
      for (int port0 : List.of(a.port, Integer.parseInt(port.group(1)))) {
        course.grader.remote.RemoteClient client =
            new course.grader.remote.RemoteClient(
                java.net.URI.create("https://127.0.0.1:" + port0),
                java.util.Optional.of(a.fingerprint),
                java.time.Duration.ofMinutes(5));
        for (String student : List.of("ann", "bob")) {
          String body = ServerQueueTest.keyed(source);
          calls.add(() -> client.submit(a.tokens.get(student), body));
        }
        // The same submission sent to both servers (a retry that went elsewhere): one job.
        calls.add(() -> client.submit(a.tokens.get("ann"), again));
      }
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(calls.size());
      List<Integer> annAttempts = new ArrayList<>();
      try {
        for (java.util.concurrent.Future<JsonNode> f : pool.invokeAll(calls)) {
          JsonNode answer = f.get(5, TimeUnit.MINUTES);
          assertThat(answer.path("outcome").asText()).isEqualTo("graded");
          if (answer.path("student").asText().equals("ann")) {
            annAttempts.add(answer.path("attempt").asInt());
          }
        }
      } finally {
        pool.shutdownNow();
      }
      // ann: one key of her own per server, and the shared one sent to both (one job): 3.
      assertThat(query("SELECT count(*) FROM submissions WHERE student_id = 'ann'")).isEqualTo("3");
      assertThat(query("SELECT count(*) FROM submissions WHERE student_id = 'bob'")).isEqualTo("2");
      assertThat(annAttempts).hasSize(4).containsOnly(1, 2, 3);
      assertThat(
              query(
                  "SELECT string_agg(attempt::text, ',' ORDER BY attempt) FROM submissions"
                      + " WHERE student_id = 'ann'"))
          .isEqualTo("1,2,3");
    }
  }

  /** Outcome, score, and each test's name, status and message: what a student is shown. */
  private static String essence(JsonNode report) {
    StringBuilder s =
        new StringBuilder(report.path("outcome").asText())
            .append(' ')
            .append(report.path("score").asText())
            .append('/')
            .append(report.path("max_score").asText());
    for (JsonNode t : report.path("tests")) {
      s.append('\n')
          .append(t.path("name").asText())
          .append(' ')
          .append(t.path("status").asText())
          .append(' ')
          .append(t.path("message").asText());
    }
    return s.toString();
  }

  private String source(String relative) throws IOException {
    return Files.readString(course.resolve("exercises").resolve(relative));
  }

  private Process startWorker(Path courseDir, String... args) throws IOException {
    return startWorker(courseDir, tmp.resolve("worker-" + System.nanoTime() + ".out"), args);
  }

  private Process startWorker(Path courseDir, Path log, String... args) throws IOException {
    List<String> command =
        CourseRunner.childCommand("worker", "--course", courseDir.toString(), "--db", db());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    workers.add(p);
    return p;
  }

  private String query(String sql) throws Exception {
    return store.queryOne(sql);
  }

  private String uncheckedQuery(String sql) {
    try {
      return store.backend() == Backend.SQLITE && !Files.exists(Path.of(db())) ? null : query(sql);
    } catch (Exception e) {
      return null; // not created yet, or the database is down
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(50);
    }
  }
}
