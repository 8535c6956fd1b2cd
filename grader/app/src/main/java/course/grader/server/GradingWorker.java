package course.grader.server;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.gradebook.LeasedJob;
import course.grader.gradebook.QueuedJob;
import course.grader.gradebook.Recorded;
import course.grader.report.GradeReport;
import course.grader.report.HiddenFeedback;
import course.grader.report.StudentId;
import course.grader.service.ExerciseHash;
import course.grader.service.GradingService;
import course.grader.wire.WireJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Grades queued jobs from the gradebook under leases: the grading threads of {@code course serve}
 * and the whole of {@code course worker}. Each of {@code jobs} threads takes the next free job
 * (live submissions before batches, then oldest), grades it with the same judge as a local submit,
 * and stores the grade with the job's answer in the transaction that ends the lease. A scheduler
 * thread renews the leases of the jobs being graded and records the worker's heartbeat.
 *
 * <p>What holds on failure: a worker that dies stops renewing, its lease runs out and another
 * worker takes the job; a worker that lost its lease (it stalled past the lease) finds at the end
 * that the job is no longer its own and its result is discarded, so each job has one result. A
 * worker whose copy of an exercise differs from the one the job was queued against (the hash in the
 * job) does not take it, and says so once per job. A gradebook that cannot be reached is retried
 * every two seconds, saying so once per outage.
 */
public final class GradingWorker implements AutoCloseable {
  /**
   * @param jobs submissions graded at once
   * @param lease how long a taken job stays this worker's without a renewal
   * @param poll how long an idle thread waits before looking for jobs again (a local {@link #wake}
   *     is at once)
   */
  public record Settings(int jobs, Duration lease, Duration poll) {
    public Settings {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1");
      }
      Objects.requireNonNull(lease, "lease");
      Objects.requireNonNull(poll, "poll");
    }

    /** The defaults: a 60 s lease renewed every 20 s; idle threads look every half second. */
    public static Settings of(int jobs) {
      return new Settings(jobs, Duration.ofSeconds(60), Duration.ofMillis(500));
    }

    public Settings withLease(Duration lease) {
      return new Settings(jobs, lease, poll);
    }
  }

  /** Hears of each job this worker finished. */
  public interface Listener {
    /** Hears nothing: a worker whose answers the servers read from the gradebook. */
    Listener NONE =
        new Listener() {
          @Override
          public void graded(long jobId, String answer) {}

          @Override
          public void failed(long jobId, String message) {}
        };

    /** The job's grade is stored; {@code answer} is the server's answer for it (JSON). */
    void graded(long jobId, String answer);

    /** The job could not be graded here; it stays queued. */
    void failed(long jobId, String message);
  }

  /** Where the worker's gradebook comes from; a broken one is handed back and replaced. */
  public interface GradebookSource {
    /** The gradebook to use; may wait (saying so) until one can be opened. */
    Gradebook get() throws InterruptedException;

    /** {@code gradebook} failed with {@code failure}; the next {@link #get} may open another. */
    void failed(Gradebook gradebook, RuntimeException failure);
  }

  /**
   * A source that opens the gradebook with {@code open} and, after a failure, opens it again: every
   * two seconds until it can, saying so once per outage on {@code log}.
   *
   * @param where the gradebook, for the messages
   */
  public static GradebookSource reopening(
      java.util.function.Supplier<Gradebook> open, String where, PrintWriter log) {
    return new GradebookSource() {
      private Gradebook current;
      private boolean down;

      @Override
      public synchronized Gradebook get() throws InterruptedException {
        while (current == null) {
          try {
            current = open.get();
            if (down) {
              down = false;
              sayOn(log, where + ": the gradebook answers again; going on");
            }
          } catch (CourseException e) {
            if (!down) {
              down = true;
              sayOn(
                  log,
                  where
                      + ": cannot reach the gradebook ("
                      + oneLine(e)
                      + "); waiting, trying again every 2 s");
            }
            Thread.sleep(2_000);
          }
        }
        return current;
      }

      @Override
      public synchronized void failed(Gradebook gradebook, RuntimeException failure) {
        if (gradebook != current) {
          return;
        }
        current = null;
        try {
          gradebook.close();
        } catch (RuntimeException e) {
          // A broken connection may fail to close; it is dropped either way.
        }
        if (!down) {
          down = true;
          sayOn(
              log,
              where
                  + ": the gradebook failed ("
                  + oneLine(failure)
                  + "); reconnecting, trying again every 2 s");
        }
      }
    };
  }

  private final String id;
  private final String host;
  private final Catalog catalog;
  private final GradingService grading;
  private final GradebookSource gradebooks;
  private final Settings settings;
  private final String graderVersion;
  private final PrintWriter log;
  private final Listener listener;
  private final Instant started;
  private final AtomicLong graded = new AtomicLong();

  /** Nanoseconds spent in the gradebook taking jobs that were then graded, and storing them. */
  private final AtomicLong takeNanos = new AtomicLong();

  private final AtomicLong storeNanos = new AtomicLong();
  private final Map<Long, LeasedJob> held = new ConcurrentHashMap<>();
  private final Set<Long> lost = ConcurrentHashMap.newKeySet();
  private final Set<Long> toldUnmatched = ConcurrentHashMap.newKeySet();
  private final Object wake = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;
  private int wakes;

  /** Exercise hashes, refreshed at most every two seconds (a take checks its job's afresh). */
  private volatile Map<String, String> hashes = Map.of();

  private volatile long hashesAt;

  /**
   * @param id this worker's id in the gradebook: unique per running process
   * @param listener told of each finished job (the server answers its waiting requests)
   */
  public GradingWorker(
      String id,
      String host,
      Catalog catalog,
      GradingService grading,
      GradebookSource gradebooks,
      Settings settings,
      String graderVersion,
      PrintWriter log,
      Listener listener) {
    this.id = Objects.requireNonNull(id, "id");
    this.host = Objects.requireNonNull(host, "host");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.grading = Objects.requireNonNull(grading, "grading");
    this.gradebooks = Objects.requireNonNull(gradebooks, "gradebooks");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.graderVersion = Objects.requireNonNull(graderVersion, "graderVersion");
    this.log = Objects.requireNonNull(log, "log");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.started = grading.now();
  }

  /** This worker's id, as {@code course workers} lists it. */
  public String id() {
    return id;
  }

  /** Starts the grading threads and the lease and heartbeat thread. */
  public synchronized void start() {
    running = true;
    for (int i = 0; i < settings.jobs(); i++) {
      threads.add(daemon("course-grading-" + (i + 1), this::takeAndGrade));
    }
    threads.add(daemon("course-leases", this::keepLeases));
    threads.forEach(Thread::start);
  }

  /** A job was queued here: an idle thread looks at once instead of at its next poll. */
  public void wake() {
    synchronized (wake) {
      wakes++;
      wake.notify();
    }
  }

  /** "graded N; database time per job X ms (take Y, store Z)": the gradebook's share. */
  public String databaseTime() {
    long n = Math.max(1, graded.get());
    double take = takeNanos.get() / 1e6 / n;
    double store = storeNanos.get() / 1e6 / n;
    return String.format(
        java.util.Locale.ROOT,
        "graded %d; database time per job %.1f ms (take %.1f, store %.1f)",
        graded.get(),
        take + store,
        take,
        store);
  }

  /** How many results this worker stored. */
  public long graded() {
    return graded.get();
  }

  /**
   * Stops taking jobs, interrupts the gradings under way and frees their leases, so that another
   * worker takes them at once.
   */
  @Override
  public void close() {
    List<Thread> all;
    synchronized (this) {
      running = false;
      all = List.copyOf(threads);
    }
    all.forEach(Thread::interrupt);
    for (Thread t : all) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (LeasedJob job : held.values()) {
      try {
        Gradebook gradebook = gradebooks.get();
        gradebook.releaseLease(job);
      } catch (InterruptedException | RuntimeException e) {
        // Its lease runs out by itself; another worker takes the job then.
      }
    }
  }

  private Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  private void takeAndGrade() {
    while (running) {
      try {
        long t0 = System.nanoTime();
        Optional<LeasedJob> job = take();
        if (job.isPresent()) {
          long t1 = System.nanoTime();
          grade(job.get());
          if (PROFILE) {
            System.err.printf(
                "course.profile: job %d taken %d ms after it was queued, take %d ms,"
                    + " grade and store %d ms%n",
                job.get().job().id(),
                java.time.Duration.between(job.get().job().submittedAt(), Instant.now()).toMillis()
                    - (System.nanoTime() - t1) / 1_000_000,
                (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
          }
        } else {
          idle();
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** {@code -Dcourse.profile=true}: a line per job on stderr, where its time went. */
  private static final boolean PROFILE = Boolean.getBoolean("course.profile");

  private void idle() throws InterruptedException {
    synchronized (wake) {
      if (wakes == 0) {
        wake.wait(settings.poll().toMillis());
      }
      if (wakes > 0) {
        wakes--;
      }
    }
  }

  private Optional<LeasedJob> take() throws InterruptedException {
    Gradebook gradebook = gradebooks.get();
    Map<String, String> known = exerciseHashes();
    Instant now = grading.now();
    Optional<LeasedJob> taken;
    try {
      long t0 = System.nanoTime();
      taken = gradebook.takeJob(id, now, now.plus(settings.lease()), Set.copyOf(known.values()));
      if (taken.isPresent()) {
        takeNanos.addAndGet(System.nanoTime() - t0);
      }
      if (taken.isEmpty()) {
        sayUnmatched(gradebook.unmatchedJobs(now, Set.copyOf(known.values())), known);
        return taken;
      }
    } catch (CourseException e) {
      gradebooks.failed(gradebook, e);
      return Optional.empty();
    }
    LeasedJob job = taken.get();
    held.put(job.job().id(), job);
    // The cached hashes may be two seconds old: the job's own exercise is checked afresh.
    String expected = job.job().exerciseHash();
    if (expected != null) {
      String here = hashHere(job.job().exercise());
      if (!expected.equals(here)) {
        held.remove(job.job().id());
        release(gradebook, job);
        sayUnmatched(List.of(job.job()), exerciseHashes());
        return Optional.empty();
      }
    }
    return taken;
  }

  private void grade(LeasedJob leased) throws InterruptedException {
    QueuedJob job = leased.job();
    try {
      Exercise exercise;
      GradeReport report;
      try {
        exercise = catalog.exercise(job.exercise());
        // As a local submit records it: hidden tests cut to the exercise's feedback level.
        report =
            HiddenFeedback.apply(
                exercise.feedback(),
                grading.grade(
                    new GradingService.SubmitRequest(
                        new StudentId(job.studentId()),
                        exercise,
                        grading.readUploaded(exercise, job.files()),
                        job.submittedAt())));
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted() || !running) {
          throw new InterruptedException("stopping");
        }
        // Kept under its lease: when the lease runs out it is tried again, here or elsewhere.
        say("could not grade job " + job.id() + " (" + oneLine(e) + "); tried again later");
        listener.failed(job.id(), oneLine(e));
        return;
      }
      if (Thread.interrupted() || !running) {
        throw new InterruptedException("stopping");
      }
      store(leased, exercise, report);
    } finally {
      held.remove(job.id());
      lost.remove(job.id());
    }
  }

  /** Stores the grade; a broken gradebook is reopened and the store tried again. */
  private void store(LeasedJob leased, Exercise exercise, GradeReport report)
      throws InterruptedException {
    QueuedJob job = leased.job();
    String[] answer = new String[1];
    while (true) {
      Gradebook gradebook = gradebooks.get();
      Optional<Recorded> recorded;
      long t0 = System.nanoTime();
      try {
        recorded =
            gradebook.completeJob(
                leased,
                new Gradebook.ExerciseInfo(exercise.slug(), exercise.title(), exercise.due()),
                report,
                graderVersion,
                attempt -> {
                  answer[0] =
                      WireJson.text(
                          WireJson.report(report, job.studentId(), attempt, Map.of(), true));
                  return answer[0];
                });
      } catch (CourseException e) {
        gradebooks.failed(gradebook, e);
        if (!running) {
          return;
        }
        Thread.sleep(1_000);
        continue;
      }
      storeNanos.addAndGet(System.nanoTime() - t0);
      if (recorded.isPresent()) {
        long count = graded.incrementAndGet();
        say(
            "graded "
                + job.studentId()
                + " "
                + job.exercise()
                + ": attempt "
                + recorded.get().attempt()
                + ", "
                + report.outcome().wireName());
        listener.graded(job.id(), answer[0]);
        if (count % 100 == 0) {
          say(databaseTime());
        }
      } else {
        say(
            "job "
                + job.id()
                + " ("
                + job.studentId()
                + " "
                + job.exercise()
                + "): this worker's lease ran out and the job is another's; its result is"
                + " discarded");
      }
      return;
    }
  }

  private void keepLeases() {
    long every = Math.max(50, Math.min(5_000, settings.lease().toMillis() / 3));
    while (running) {
      try {
        Gradebook gradebook = gradebooks.get();
        try {
          Instant now = grading.now();
          for (LeasedJob job : held.values()) {
            if (!gradebook.renewLease(job, now.plus(settings.lease()))
                && lost.add(job.job().id())) {
              say(
                  "lost the lease of job "
                      + job.job().id()
                      + " (it ran out before it was renewed); its result will be discarded");
            }
          }
          gradebook.heartbeat(
              new JobQueue.Worker(id, host, settings.jobs(), started, now, graded.get()));
        } catch (CourseException e) {
          gradebooks.failed(gradebook, e);
        }
        Thread.sleep(every);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void release(Gradebook gradebook, LeasedJob job) {
    try {
      gradebook.releaseLease(job);
    } catch (CourseException e) {
      gradebooks.failed(gradebook, e);
    }
  }

  /** Exercise slug → hash of this machine's copy. */
  /** The hash of one exercise's files here now; null when it cannot be read here. */
  private String hashHere(String slug) {
    try {
      return ExerciseHash.of(catalog.exercise(slug));
    } catch (CourseException e) {
      return null;
    }
  }

  private Map<String, String> exerciseHashes() {
    long now = System.nanoTime();
    if (hashes.isEmpty() || now - hashesAt > 2_000_000_000L) {
      Map<String, String> next = new HashMap<>();
      for (Exercise exercise : catalog.exercises()) {
        try {
          next.put(exercise.slug(), ExerciseHash.of(exercise));
        } catch (CourseException e) {
          // An exercise that cannot be read here is not graded here.
        }
      }
      hashes = Map.copyOf(next);
      hashesAt = now;
    }
    return hashes;
  }

  private void sayUnmatched(List<QueuedJob> jobs, Map<String, String> known) {
    if (toldUnmatched.size() > 10_000) {
      toldUnmatched.clear();
    }
    for (QueuedJob job : jobs) {
      if (toldUnmatched.add(job.id())) {
        String here = known.get(job.exercise());
        say(
            "job "
                + job.id()
                + " ("
                + job.studentId()
                + " "
                + job.exercise()
                + ") was queued against other exercise files (hash "
                + abbreviate(job.exerciseHash())
                + (here == null
                    ? "; this course folder has no such exercise"
                    : ", here " + abbreviate(here))
                + "); not grading it: bring this machine's course folder up to date");
      }
    }
  }

  private static String abbreviate(String hash) {
    return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse("");
  }

  private void say(String line) {
    sayOn(log, line);
  }

  private static void sayOn(PrintWriter log, String line) {
    synchronized (log) {
      log.printf("%s %s%n", Instant.now(), line);
      log.flush();
    }
  }
}
