package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.report.GradeReport;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queue's leases in the gradebook: who may take a job, and whose result counts; on SQLite and
 * on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JobQueueTest {
  private static final Gradebook.ExerciseInfo HELLO =
      new Gradebook.ExerciseInfo("hello", "Hello", Optional.empty());
  private static final GradeReport FULL = graded("hello", passed("a", 1));
  private static final Duration LEASE = Duration.ofSeconds(60);

  @Parameter Backend backend;
  @TempDir Path dir;
  private Backend.Store store;

  @BeforeEach
  void create() {
    store = backend.create(dir);
  }

  private Gradebook open() {
    return store.open();
  }

  private static long queue(Gradebook g, String student, int priority, String key, String hash) {
    return g.enqueue(
            new StudentId(student),
            "hello",
            List.of(new SubmittedFile("Hello.java", "class Hello {}")),
            MONDAY,
            new JobQueue.Options(priority, key, hash),
            JobQueue.Limits.NONE)
        .jobId();
  }

  private static Optional<LeasedJob> take(Gradebook g, String worker, Instant now) {
    return g.takeJob(worker, now, now.plus(LEASE), Set.of());
  }

  private static Optional<Recorded> complete(Gradebook g, LeasedJob job) {
    return g.completeJob(job, HELLO, FULL, "v", attempt -> "{\"attempt\":" + attempt + "}");
  }

  @Test
  void liveSubmissionsAreTakenBeforeBatchOnesThenOldestFirst() {
    try (Gradebook g = open()) {
      long batch = queue(g, "ann", JobQueue.Options.BATCH, null, null);
      long live1 = queue(g, "bob", 0, null, null);
      long live2 = queue(g, "cy", 0, null, null);
      Instant now = Instant.now();
      List<Long> order = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        order.add(take(g, "w", now).orElseThrow().job().id());
      }
      assertThat(order).containsExactly(live1, live2, batch);
      assertThat(take(g, "w", now)).isEmpty();
    }
  }

  @Test
  void aLeasedJobIsNobodyElsesUntilTheLeaseRunsOutAndThenTheFirstWorkersResultIsDiscarded() {
    try (Gradebook g = open()) {
      long id = queue(g, "ann", 0, null, null);
      Instant now = Instant.now();
      LeasedJob first = take(g, "w1", now).orElseThrow();
      assertThat(take(g, "w2", now.plusSeconds(59))).isEmpty();

      LeasedJob second = take(g, "w2", now.plusSeconds(61)).orElseThrow();
      assertThat(second.job().id()).isEqualTo(id);
      assertThat(second.leaseId()).isNotEqualTo(first.leaseId());
      assertThat(g.renewLease(first, now.plusSeconds(120))).isFalse();

      assertThat(complete(g, first)).isEmpty();
      assertThat(g.storedRows("ann", "hello")).isEmpty();
      Recorded recorded = complete(g, second).orElseThrow();
      assertThat(recorded.attempt()).isEqualTo(1);
      assertThat(complete(g, second)).isEmpty();
      assertThat(g.storedRows("ann", "hello")).hasSize(1);
      assertThat(g.doneJobs(List.of(id))).containsExactly(new JobQueue.Done(id, "{\"attempt\":1}"));
    }
  }

  @Test
  void aRenewedLeaseKeepsTheJobAndAReleasedOneFreesItAtOnce() {
    try (Gradebook g = open()) {
      queue(g, "ann", 0, null, null);
      Instant now = Instant.now();
      LeasedJob job = take(g, "w1", now).orElseThrow();
      assertThat(g.renewLease(job, now.plusSeconds(200))).isTrue();
      assertThat(take(g, "w2", now.plusSeconds(100))).isEmpty();

      g.releaseLease(job);
      assertThat(take(g, "w2", now)).isPresent();
      assertThat(g.releaseLeases("w2")).isEqualTo(1);
      assertThat(take(g, "w3", now)).isPresent();
    }
  }

  @Test
  void aWorkerTakesOnlyJobsQueuedAgainstItsExerciseFilesAndListsTheOthers() {
    try (Gradebook g = open()) {
      long old = queue(g, "ann", 0, null, "aaaa");
      Instant now = Instant.now();
      assertThat(g.takeJob("w", now, now.plus(LEASE), Set.of("bbbb"))).isEmpty();
      assertThat(g.unmatchedJobs(now, Set.of("bbbb")))
          .extracting(QueuedJob::id, QueuedJob::exerciseHash)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(old, "aaaa"));
      assertThat(g.takeJob("w", now, now.plus(LEASE), Set.of("aaaa", "bbbb")))
          .map(j -> j.job().id())
          .contains(old);
    }
  }

  @Test
  void theSameKeyIsOneJobAndTheLimitsCountOnlyLiveJobsStillWaiting() {
    try (Gradebook g = open()) {
      JobQueue.Limits limits = new JobQueue.Limits(2, 3);
      JobQueue.Enqueued first = enqueue(g, "ann", 0, "k1", limits);
      JobQueue.Enqueued again = enqueue(g, "ann", 0, "k1", limits);
      assertThat(again.outcome()).isEqualTo(JobQueue.Outcome.SAME_KEY);
      assertThat(again.jobId()).isEqualTo(first.jobId());
      assertThat(enqueue(g, "bob", 0, "k1", limits).outcome()).isEqualTo(JobQueue.Outcome.QUEUED);

      assertThat(enqueue(g, "ann", 0, null, limits).outcome()).isEqualTo(JobQueue.Outcome.QUEUED);
      JobQueue.Enqueued third = enqueue(g, "ann", 0, null, limits);
      assertThat(third.outcome()).isEqualTo(JobQueue.Outcome.STUDENT_FULL);
      assertThat(third.waiting()).isEqualTo(2);
      assertThat(enqueue(g, "cy", JobQueue.Options.BATCH, null, limits).outcome())
          .isEqualTo(JobQueue.Outcome.QUEUED);
      assertThat(enqueue(g, "dee", 0, null, limits).outcome())
          .isEqualTo(JobQueue.Outcome.QUEUE_FULL);

      // A graded job no longer counts.
      Instant now = Instant.now();
      LeasedJob job = take(g, "w", now).orElseThrow();
      complete(g, job).orElseThrow();
      assertThat(enqueue(g, job.job().studentId(), 0, null, limits).outcome())
          .isEqualTo(JobQueue.Outcome.QUEUED);
    }
  }

  private static JobQueue.Enqueued enqueue(
      Gradebook g, String student, int priority, String key, JobQueue.Limits limits) {
    return g.enqueue(
        new StudentId(student),
        "hello",
        List.of(new SubmittedFile("Hello.java", "class Hello {}")),
        MONDAY,
        new JobQueue.Options(priority, key, null),
        limits);
  }

  @Test
  void aQueuedRegradeIsStoredAsARegradeRowOfTheOriginalAttempt() {
    try (Gradebook g = open()) {
      queue(g, "ann", 0, null, null);
      Instant now = Instant.now();
      Recorded original = complete(g, take(g, "w", now).orElseThrow()).orElseThrow();
      long regrade =
          g.enqueue(
                  new StudentId("ann"),
                  "hello",
                  List.of(new SubmittedFile("Hello.java", "class Hello {}")),
                  MONDAY.plusSeconds(3600),
                  new JobQueue.Options(JobQueue.Options.BATCH, null, null, original.submissionId()),
                  JobQueue.Limits.NONE)
              .jobId();
      LeasedJob job = take(g, "w", now).orElseThrow();
      assertThat(job.job().id()).isEqualTo(regrade);
      assertThat(job.job().regradeOf()).isEqualTo(original.submissionId());
      Recorded again = complete(g, job).orElseThrow();
      assertThat(again.attempt()).isEqualTo(1);
      assertThat(again.submissionId()).isNotEqualTo(original.submissionId());
      assertThat(g.storedRows("ann", "hello")).hasSize(2);
      assertThat(g.history("ann", "hello")).hasSize(1);
    }
  }

  @Test
  void heartbeatsAndTheQueuesDepthAreWhatWorkersShows() {
    try (Gradebook g = open()) {
      queue(g, "ann", 0, null, null);
      queue(g, "bob", 0, null, null);
      queue(g, "cy", JobQueue.Options.BATCH, null, null);
      Instant now = Instant.now();
      take(g, "w", now).orElseThrow();
      g.heartbeat(new JobQueue.Worker("w", "host-a", 2, now.minusSeconds(60), now, 0));
      g.heartbeat(
          new JobQueue.Worker("w", "host-a", 2, now.minusSeconds(60), now.plusSeconds(5), 7));

      JobQueue.State state = g.queueState(now.plusSeconds(6));
      assertThat(state.depths())
          .extracting(JobQueue.Depth::priority, JobQueue.Depth::waiting, JobQueue.Depth::grading)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(0, 1, 1),
              org.assertj.core.groups.Tuple.tuple(1, 1, 0));
      assertThat(state.depths().get(0).oldest()).contains(MONDAY);
      assertThat(state.workers()).hasSize(1);
      assertThat(state.workers().get(0).graded()).isEqualTo(7);
      assertThat(state.workers().get(0).heartbeatAt())
          .isEqualTo(now.plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void threeProcessesWorthOfTakersOnOneGradebookTakeEachOfSixtyJobsOnce() throws Exception {
    try (Gradebook g = open()) {
      for (int i = 0; i < 60; i++) {
        queue(g, "s" + (i % 7), i % 2, null, null);
      }
    }
    CyclicBarrier start = new CyclicBarrier(3);
    Callable<List<Long>> worker =
        () -> {
          start.await();
          List<Long> mine = new ArrayList<>();
          try (Gradebook g = open()) {
            while (true) {
              Optional<LeasedJob> job = take(g, Thread.currentThread().getName(), Instant.now());
              if (job.isEmpty()) {
                return mine;
              }
              complete(g, job.get()).orElseThrow();
              mine.add(job.get().job().id());
            }
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        futures.add(pool.submit(worker));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
      Collections.sort(all);
      assertThat(all).hasSize(60).doesNotHaveDuplicates();
      try (Gradebook g = open()) {
        assertThat(g.queueState(Instant.now()).depths()).isEmpty();
        for (int s = 0; s < 7; s++) {
          List<Attempt> rows = g.storedRows("s" + s, "hello");
          assertThat(rows)
              .extracting(Attempt::attempt)
              .isEqualTo(java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
