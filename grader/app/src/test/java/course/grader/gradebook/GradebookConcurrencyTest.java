package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class GradebookConcurrencyTest {
  @Parameter Backend backend;
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoGradebooksOnOneFileRecordingFiftyEachLoseNothingAndNumberAttemptsOneToHundred()
      throws Exception {
    Backend.Store store = backend.create(dir); // fresh: both also race to create the schema
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<Integer>> grader =
        () -> {
          start.await();
          try (Gradebook gradebook = store.open()) {
            List<Integer> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
              attempts.add(
                  gradebook
                      .record("ann", "Hello", graded("hello", passed("a", i % 4)), MONDAY, "v")
                      .attempt());
            }
            return attempts;
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Integer>> first = pool.submit(grader);
      Future<List<Integer>> second = pool.submit(grader);
      List<Integer> all = new ArrayList<>(first.get());
      all.addAll(second.get());

      assertThat(first.get()).isSorted();
      assertThat(second.get()).isSorted();
      assertThat(all)
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.count("submissions")).isEqualTo(100);
    assertThat(store.count("test_results")).isEqualTo(100);
    try (Gradebook gradebook = store.open()) {
      assertThat(gradebook.history("ann", "hello"))
          .extracting(Attempt::attempt)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void openingAndReadingDoNotWaitForAWriterHoldingTheLock() throws Exception {
    Backend.Store store = backend.create(dir);
    try (Gradebook gradebook = store.open()) {
      gradebook.record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");
    }
    // Another process in the middle of recording: it holds the write lock (SQLite) or the row and
    // attempt-number locks (PostgreSQL), uncommitted.
    try (Connection writer = store.connect();
        Statement statement = writer.createStatement()) {
      if (backend == Backend.SQLITE) {
        statement.execute("BEGIN IMMEDIATE");
      } else {
        statement.execute("BEGIN");
        statement.execute("SELECT pg_advisory_xact_lock(hashtext('ann'), hashtext('hello'))");
        statement.execute("LOCK TABLE submissions IN EXCLUSIVE MODE");
      }
      statement.execute("UPDATE exercises SET title = 'uncommitted'");

      try (Gradebook gradebook = store.openForReading()) {
        assertThat(gradebook.history("ann", null)).hasSize(1);
        assertThat(gradebook.exercises().get(0).title()).isEqualTo("Hello");
        assertThat(gradebook.bestScores()).containsKey("ann");
      }
      statement.execute("ROLLBACK");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aUserWhoMayOnlyReadOpensAndReadsAPostgresGradebook() throws Exception {
    assumeTrue(backend == Backend.POSTGRESQL, "SQLite's read-only case: ReadOnlyGradebookTest");
    Backend.Store store = backend.create(dir);
    try (Gradebook gradebook = store.open()) {
      gradebook.record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");
    }
    String database = store.db().substring(store.db().lastIndexOf('/') + 1);
    String reader = "reader_" + database;
    PostgresCluster.get()
        .admin(
            "CREATE ROLE " + reader + " LOGIN",
            // Every transaction of this user is read-only: a write would fail, not wait.
            "ALTER ROLE " + reader + " SET default_transaction_read_only = on");
    store.execute(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader,
        "GRANT USAGE ON SCHEMA public TO " + reader);

    try (Gradebook gradebook =
        Gradebook.openForReading(store.db().replace("//course@", "//" + reader + "@"))) {
      assertThat(gradebook.history("ann", "hello")).hasSize(1);
      assertThat(gradebook.exercises()).extracting(ExerciseRow::title).containsExactly("Hello");
    }
  }
}
