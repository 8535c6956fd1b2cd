import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.gradebook.LeasedJob;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gradebook's own cost per queued job, with no grading: N jobs queued (one transaction each, as
 * the server does), then taken and stored by T threads with connections of their own (as T worker
 * threads do), each stored report the size of a real height-checker result (one 2 KB file, 12
 * tests). Prints queue ms/job, take + store ms/job, and jobs/s the gradebook sustains alone.
 * Used by workers-benchmark.sh; run it with the tool's jar and libraries on the class path:
 *
 *   java -cp 'grader/app/target/course.jar:grader/app/target/lib/*' grader/bench/QueueCost.java DB N T
 */
public class QueueCost {
  public static void main(String[] args) throws Exception {
    String db = args[0];
    int n = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    String source = "class HeightChecker { /* " + "x".repeat(2000) + " */ }";
    List<TestResult> tests = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      tests.add(
          new TestResult(
              "HeightCheckerTest#case" + i + "()",
              "case " + i,
              i < 6,
              TestStatus.PASSED,
              2,
              2,
              "",
              "",
              3));
    }
    GradeReport report =
        new GradeReport(
            "height-checker",
            List.of(new SubmittedFile("HeightChecker.java", source)),
            Outcome.GRADED,
            tests,
            List.of(),
            "tests-hash",
            "",
            800);
    Gradebook.ExerciseInfo info =
        new Gradebook.ExerciseInfo("height-checker", "Height Checker", Optional.empty());

    long t0 = System.nanoTime();
    try (Gradebook g = Gradebook.open(db)) {
      for (int i = 0; i < n; i++) {
        g.enqueue(
            new StudentId("s" + i),
            "height-checker",
            report.files(),
            Instant.now(),
            new JobQueue.Options(JobQueue.Options.BATCH, "k" + i, null),
            JobQueue.Limits.NONE);
      }
    }
    long queued = System.nanoTime() - t0;

    AtomicLong done = new AtomicLong();
    long t1 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String worker = "bench-" + t;
      all.add(
          pool.submit(
              () -> {
                try (Gradebook g = Gradebook.open(db)) {
                  while (true) {
                    Instant now = Instant.now();
                    Optional<LeasedJob> job =
                        g.takeJob(worker, now, now.plus(Duration.ofMinutes(5)), Set.of());
                    if (job.isEmpty()) {
                      return null;
                    }
                    g.completeJob(job.get(), info, report, "bench", a -> "{\"attempt\":" + a + "}")
                        .orElseThrow();
                    done.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    long drained = System.nanoTime() - t1;
    if (done.get() != n) {
      throw new IllegalStateException("stored " + done.get() + " of " + n);
    }
    System.out.printf(
        "queue %.2f ms/job; take+store %.2f ms/job per thread (%d threads); %.0f jobs/s drained%n",
        queued / 1e6 / n, drained / 1e6 * threads / n, threads, n / (drained / 1e9));
  }
}
