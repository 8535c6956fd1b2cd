package course.grader.gradebook;

import java.util.Objects;

/**
 * A queued job a worker took: only the holder of the job's current lease may store its result.
 *
 * @param leaseId random, new at every take; a result under an older lease is discarded
 * @param worker the worker holding the lease (for {@code course workers} and the log)
 */
public record LeasedJob(QueuedJob job, String leaseId, String worker) {
  public LeasedJob {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(leaseId, "leaseId");
    Objects.requireNonNull(worker, "worker");
  }
}
