package course.grader.gradebook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the queue's tables hold besides the jobs: workers and the queue's state, for display. */
public final class JobQueue {
  private JobQueue() {}

  /**
   * How a job is queued.
   *
   * @param priority 0 for a student's live submission, {@link #BATCH} for an instructor's batch
   * @param clientKey the client's key for this submission (a retry finds the same job); or null
   * @param exerciseHash SHA-256 of the exercise's files now; a worker with other files refuses it
   * @param regradeOf the submission to grade again (its result is a regrade row); 0: a new attempt
   */
  public record Options(int priority, String clientKey, String exerciseHash, long regradeOf) {
    /** Batch grades and regrades: taken only when no live submission waits. */
    public static final int BATCH = 1;

    /** A new attempt. */
    public Options(int priority, String clientKey, String exerciseHash) {
      this(priority, clientKey, exerciseHash, 0);
    }
  }

  /**
   * Limits checked in the same transaction that queues, so that several servers share them.
   *
   * @param perStudent a student's live jobs waiting at most
   * @param total live jobs waiting at most
   */
  public record Limits(int perStudent, int total) {
    /** No limit (an instructor's batch). */
    public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** What {@link Gradebook#enqueue} did. */
  public enum Outcome {
    /** A new queued row. */
    QUEUED,
    /** The student's key named a job queued earlier: that job, nothing new. */
    SAME_KEY,
    /** Refused: the student has {@link Limits#perStudent} live jobs waiting. */
    STUDENT_FULL,
    /** Refused: {@link Limits#total} live jobs wait. */
    QUEUE_FULL
  }

  /**
   * @param jobId the job (new, or the earlier one for {@link Outcome#SAME_KEY}); 0 when refused
   * @param submittedAt when the job was queued (the earlier one's time for {@link
   *     Outcome#SAME_KEY})
   * @param waiting for a refusal, the count that reached the limit
   */
  public record Enqueued(Outcome outcome, long jobId, Instant submittedAt, int waiting) {}

  /** A finished job's answer. */
  public record Done(long jobId, String resultJson) {}

  /**
   * One grading process as its heartbeats describe it.
   *
   * @param id unique per process (host, process id, a random part)
   * @param jobs how many submissions it grades at once
   * @param graded how many results it stored
   */
  public record Worker(
      String id, String host, int jobs, Instant startedAt, Instant heartbeatAt, long graded) {
    public Worker {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(host, "host");
    }
  }

  /**
   * The queue at one priority.
   *
   * @param waiting queued and not held by a live lease
   * @param grading held by a live lease
   * @param oldest the oldest queued job's submission time, if any
   */
  public record Depth(int priority, int waiting, int grading, Optional<Instant> oldest) {}

  /** The queue by priority, lowest first, and the workers by id. */
  public record State(List<Depth> depths, List<Worker> workers) {}
}
