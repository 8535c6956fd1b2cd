package course.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Waits in the gradebook for queued jobs that {@code course worker} processes grade. */
final class QueueWatch {
  private QueueWatch() {}

  /**
   * Returns once every job of {@code waiting} (job id → the caller's index) is done, handing each
   * to {@code each} as it is found done; looks every 300 ms.
   */
  static void await(
      Gradebook gradebook, Map<Long, Integer> waiting, BiConsumer<Integer, JobQueue.Done> each)
      throws InterruptedException {
    Map<Long, Integer> left = new LinkedHashMap<>(waiting);
    while (!left.isEmpty()) {
      for (JobQueue.Done job : gradebook.doneJobs(List.copyOf(left.keySet()))) {
        each.accept(left.remove(job.jobId()), job);
      }
      if (!left.isEmpty()) {
        Thread.sleep(300);
      }
    }
  }

  /** The answer a worker stored with the job; null when it stored none. */
  static JsonNode answer(JobQueue.Done job) {
    return job.resultJson() == null
        ? null
        : WireJson.parse(job.resultJson().getBytes(StandardCharsets.UTF_8));
  }
}
