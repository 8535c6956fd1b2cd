package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.judge.Sandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hostile suites' course: one exercise {@code probe} whose first visible test passes only if
 * {@code Probe.attack()} returns "ok"; three more tests (1 visible, 2 hidden, 4 points) check
 * {@code Probe.add}. An honest submission scores 5; a contained attack that only loses its own
 * test, 4. A student "bystander" has one honest submission recorded, whose rows must never change.
 */
final class ProbeCourse {
  static final String SECRET = "SECRET-SOURCE-7f3a";

  final Path root;
  final Path db;
  final List<String> bystander;

  private ProbeCourse(Path root, Path db, List<String> bystander) {
    this.root = root;
    this.db = db;
    this.bystander = bystander;
  }

  /** Writes the course under {@code dir} and records the bystander's honest submission. */
  static ProbeCourse create(Path dir) throws IOException, SQLException {
    assertThat(Sandbox.detect().available())
        .as("these tests need bubblewrap (bwrap) on the PATH; .ci/run installs it")
        .isTrue();
    Path root = dir.resolve("course");
    Path ex = Files.createDirectories(root.resolve("exercises/probe"));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Probe\nsubmit: [Probe.java]\ntimeout: 3s\nrun_timeout: 40s\n"
            + "memory: 64m\n---\nProbe.\n");
    Files.createDirectories(ex.resolve("starter"));
    Files.createDirectories(ex.resolve("solution"));
    Files.writeString(ex.resolve("starter/Probe.java"), probe("return \"ok\";", "", "a + b"));
    Files.writeString(ex.resolve("solution/Probe.java"), probe("return \"ok\";", "", "a + b"));
    Files.createDirectories(ex.resolve("tests"));
    Files.writeString(
        ex.resolve("tests/ProbeTest.java"),
        """
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class ProbeTest {
          @Test
          void a_attack() throws Throwable {
            assertEquals("ok", Probe.attack());
          }

          @Test
          void b_adds() {
            assertEquals(5, Probe.add(2, 3));
          }
        }
        """);
    Files.createDirectories(ex.resolve("hidden"));
    Files.writeString(
        ex.resolve("hidden/ProbeHiddenTest.java"),
        """
        // SECRET-SOURCE-7f3a: the source of hidden tests must never reach a submission.
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import course.api.Points;
        import org.junit.jupiter.api.Test;

        class ProbeHiddenTest {
          @Test
          @Points(2)
          void h_adds() {
            assertEquals(7, Probe.add(3, 4));
          }

          @Test
          void h_negative() {
            assertEquals(-1, Probe.add(2, -3));
          }
        }
        """);
    Path db = dir.resolve("gradebook.db");
    CourseRunner.Run honest =
        new CourseRunner(root, db)
            .run(
                "submit",
                "probe",
                ex.resolve("solution/Probe.java").toString(),
                "--student",
                "bystander",
                "--skip-static-check"); // the probe template imports what attacks need
    assertThat(honest.code()).as(honest.toString()).isZero();
    return new ProbeCourse(root, db, bystanderRows(db));
  }

  /** {@code Probe.java} with the given body of {@code attack()}, extra members and sum. */
  static String probe(String attack, String members, String add) {
    return """
        import java.io.*;
        import java.net.*;
        import java.nio.file.*;
        import java.util.*;

        public class Probe {
          %s

          public static int add(int a, int b) {
            return %s;
          }

          public static String attack() throws Throwable {
            %s
          }
        }
        """
        .formatted(members, add, attack);
  }

  /**
   * What every hostile run must leave as it was: nobody connected to {@code listener}, the
   * bystander's rows, an intact gradebook file, and no process of the run alive.
   */
  void assertUntouched(ServerSocket listener) throws Exception {
    listener.setSoTimeout(100);
    try (Socket s = listener.accept()) {
      throw new AssertionError("the submission reached the loopback listener from " + s);
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
    assertThat(bystanderRows(db)).as("the other student's rows").isEqualTo(bystander);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("ok");
    }
    assertNoProcessLeft();
  }

  /** Every process the run started is gone (the kernel may need a moment to reap them). */
  static void assertNoProcessLeft() throws InterruptedException {
    List<String> left = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      left =
          ProcessHandle.current()
              .descendants()
              .filter(ProcessHandle::isAlive)
              .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
              .toList();
      if (left.isEmpty()) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(left).as("processes left behind").isEmpty();
  }

  private static List<String> bystanderRows(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT s.id, s.outcome, s.score, s.sha256, t.name, t.status, t.points"
                    + " FROM submissions s LEFT JOIN test_results t ON t.submission_id = s.id"
                    + " WHERE s.student_id = 'bystander' ORDER BY s.id, t.name")) {
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
          row.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join("|", row));
      }
    }
    assertThat(rows).isNotEmpty();
    return rows;
  }
}
