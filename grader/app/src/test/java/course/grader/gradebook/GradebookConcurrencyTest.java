package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.count;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

class GradebookConcurrencyTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoGradebooksOnOneFileRecordingFiftyEachLoseNothingAndNumberAttemptsOneToHundred()
      throws Exception {
    Path file = dir.resolve("gradebook.db"); // fresh: both also race to create the schema
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<Integer>> grader =
        () -> {
          start.await();
          try (Gradebook gradebook = Gradebook.open(file)) {
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
    assertThat(count(file, "submissions")).isEqualTo(100);
    assertThat(count(file, "test_results")).isEqualTo(100);
    try (Gradebook gradebook = Gradebook.open(file)) {
      assertThat(gradebook.history("ann", "hello"))
          .extracting(Attempt::attempt)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void openingAndReadingDoNotWaitForAWriterHoldingTheLock() throws Exception {
    Path file = dir.resolve("gradebook.db");
    try (Gradebook gradebook = Gradebook.open(file)) {
      gradebook.record("ann", "Hello", graded("hello", passed("a", 1)), MONDAY, "v");
    }
    // Another process in the middle of recording: it holds the write lock, uncommitted.
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = writer.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      statement.execute("UPDATE exercises SET title = 'uncommitted'");

      try (Gradebook gradebook = Gradebook.open(file)) {
        assertThat(gradebook.history("ann", null)).hasSize(1);
        assertThat(gradebook.exercises().get(0).title()).isEqualTo("Hello");
      }
      statement.execute("ROLLBACK");
    }
  }
}
