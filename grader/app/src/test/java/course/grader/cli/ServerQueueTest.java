package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the queue is the gradebook. Many students at once get gapless attempts; a server
 * SIGKILLed while grading grades every accepted submission exactly once after a restart.
 */
class ServerQueueTest {
  @TempDir Path tmp;

  static Path solution() {
    return CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
  }

  /**
   * The clients are the kit's own client code ({@link course.grader.remote.RemoteClient}, pinned
   * TLS), 120 requests in flight at once from this JVM: 120 client JVMs on a 2-core CI machine
   * would measure the machine, not the server. The kit's command line is shown in
   * GradingServerTest.
   */
  @Test
  void fortyStudentsSubmittingThreeTimesAtOnceGet120GaplessRows() throws Exception {
    List<String> students = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      students.add(String.format("s%02d", i));
    }
    try (ServedClass served = new ServedClass(tmp, students, "--jobs", "2")) {
      URI server = URI.create("https://127.0.0.1:" + served.port);
      String source = Files.readString(solution());
      ExecutorService pool = Executors.newFixedThreadPool(120);
      try {
        List<Future<com.fasterxml.jackson.databind.JsonNode>> answers = new ArrayList<>();
        for (String s : students) {
          course.grader.remote.RemoteClient client =
              new course.grader.remote.RemoteClient(
                  server,
                  java.util.Optional.of(served.fingerprint),
                  java.time.Duration.ofMinutes(10));
          for (int k = 0; k < 3; k++) {
            // As the kit's submit sends it: with a fresh key, so a retry is never graded twice.
            String json = keyed(source);
            answers.add(pool.submit(() -> client.submit(served.tokens.get(s), json)));
          }
        }
        List<String> unexpected = new ArrayList<>();
        for (Future<com.fasterxml.jackson.databind.JsonNode> f : answers) {
          try {
            String outcome = f.get(15, TimeUnit.MINUTES).path("outcome").asText();
            if (!"graded".equals(outcome)) {
              unexpected.add("outcome " + outcome);
            }
          } catch (java.util.concurrent.ExecutionException e) {
            // On a loaded machine an answer may outwait the server's answer timeout: then it
            // must say the submission was accepted and is still grading (and it must be graded).
            if (!String.valueOf(e.getCause().getMessage()).contains("accepted, still grading")) {
              unexpected.add(String.valueOf(e.getCause()));
            }
          }
        }
        assertThat(unexpected).as("answers; the server said:%n%s", served.errors()).isEmpty();
      } finally {
        pool.shutdownNow();
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
      while (System.nanoTime() < deadline
          && !"0".equals(served.query("SELECT count(*) FROM queue WHERE state = 'queued'"))) {
        Thread.sleep(200);
      }
      assertThat(served.query("SELECT count(*) FROM submissions")).isEqualTo("120");
      assertThat(served.query("SELECT count(*) FROM queue WHERE state = 'done'")).isEqualTo("120");
      Map<String, List<Integer>> attempts = attempts(served.db);
      assertThat(attempts).hasSize(40);
      attempts.values().forEach(list -> assertThat(list).containsExactly(1, 2, 3));
    }
  }

  @Test
  void aServerKilledWhileGradingGradesEveryAcceptedSubmissionExactlyOnceAfterARestart()
      throws Exception {
    List<String> students = List.of("a", "b", "c");
    try (ServedClass served = new ServedClass(tmp, students, "--jobs", "1")) {
      RawHttps http = new RawHttps(served.port);
      String body =
          ServerRequestLimitsTest.submitBody("adder", "Adder.java", Files.readString(solution()));
      ExecutorService pool = Executors.newFixedThreadPool(9);
      try {
        for (String s : students) {
          for (int k = 0; k < 3; k++) {
            String token = served.tokens.get(s);
            pool.submit(() -> http.send("POST", "/api/v1/submit", token, body));
          }
        }
        // Kill once something is recorded and more is still queued: mid-run, with no warning.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline
            && !(count(served, "SELECT count(*) FROM submissions") >= 1
                && count(served, "SELECT count(*) FROM queue WHERE state = 'queued'") >= 2)) {
          Thread.sleep(20);
        }
        served.kill();
      } finally {
        pool.shutdownNow();
      }
      long accepted = count(served, "SELECT count(*) FROM queue");
      long left = count(served, "SELECT count(*) FROM queue WHERE state = 'queued'");
      assertThat(left).as("still queued when killed").isGreaterThanOrEqualTo(2);
      assertThat(count(served, "SELECT count(*) FROM submissions")).isLessThan(accepted);

      served.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline
          && count(served, "SELECT count(*) FROM queue WHERE state = 'queued'") > 0) {
        Thread.sleep(100);
      }
      assertThat(count(served, "SELECT count(*) FROM queue WHERE state = 'queued'")).isZero();
      assertThat(count(served, "SELECT count(*) FROM submissions")).isEqualTo(accepted);
      assertThat(count(served, "SELECT count(DISTINCT submission_id) FROM queue"))
          .isEqualTo(accepted);
      long perStudent = 0;
      for (List<Integer> list : attempts(served.db).values()) {
        List<Integer> gapless = new ArrayList<>();
        for (int i = 1; i <= list.size(); i++) {
          gapless.add(i);
        }
        assertThat(list).isEqualTo(gapless);
        perStudent += list.size();
      }
      assertThat(perStudent).isEqualTo(accepted);
    }
  }

  static String keyed(String adderSource) {
    return course.grader.wire.WireJson.text(
        Map.of(
            "exercise",
            "adder",
            "files",
            List.of(Map.of("name", "Adder.java", "content", adderSource)),
            "key",
            course.grader.remote.RemoteClient.newKey()));
  }

  private static long count(ServedClass served, String sql) throws Exception {
    return Long.parseLong(served.query(sql));
  }

  private static Map<String, List<Integer>> attempts(Path db) throws Exception {
    Map<String, List<Integer>> byStudent = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT student_id, attempt FROM submissions ORDER BY student_id, attempt")) {
      while (rows.next()) {
        byStudent.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getInt(2));
      }
    }
    return byStudent;
  }
}
