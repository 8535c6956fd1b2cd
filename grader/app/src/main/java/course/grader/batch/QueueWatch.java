package course.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.CourseException;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.wire.WireJson;
import java.io.PrintWriter;
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
   * to {@code each} as it is found done; looks every 300 ms. When the gradebook fails (the database
   * restarted, the network cut), the jobs stay queued and the workers go on: this says so once on
   * {@code log}, opens the gradebook again every 2 s until it answers, and goes on watching.
   */
  static void await(
      Gradebook gradebook,
      Map<Long, Integer> waiting,
      BiConsumer<Integer, JobQueue.Done> each,
      PrintWriter log)
      throws InterruptedException {
    Map<Long, Integer> left = new LinkedHashMap<>(waiting);
    Gradebook current = gradebook;
    boolean down = false;
    try {
      while (!left.isEmpty()) {
        List<JobQueue.Done> done;
        try {
          if (current == null) {
            current = Gradebook.openForReading(gradebook.where());
          }
          done = current.doneJobs(List.copyOf(left.keySet()));
        } catch (CourseException e) {
          if (!down) {
            down = true;
            say(
                log,
                "the gradebook failed ("
                    + e.getMessage().lines().findFirst().orElse("")
                    + "); what was queued stays queued and the workers go on; trying again every"
                    + " 2 s");
          }
          current = drop(current, gradebook);
          Thread.sleep(2_000);
          continue;
        }
        if (down) {
          down = false;
          say(log, "the gradebook answers again; going on");
        }
        for (JobQueue.Done job : done) {
          each.accept(left.remove(job.jobId()), job);
        }
        if (!left.isEmpty()) {
          Thread.sleep(300);
        }
      }
    } finally {
      drop(current, gradebook);
    }
  }

  /** Closes {@code current} unless it is the caller's own gradebook; returns null. */
  private static Gradebook drop(Gradebook current, Gradebook callers) {
    if (current != null && current != callers) {
      try {
        current.close();
      } catch (RuntimeException e) {
        // A broken connection may fail to close; it is dropped either way.
      }
    }
    return null;
  }

  private static void say(PrintWriter log, String line) {
    log.println();
    log.println("course: " + line);
    log.flush();
  }

  /** The answer a worker stored with the job; null when it stored none. */
  static JsonNode answer(JobQueue.Done job) {
    return job.resultJson() == null
        ? null
        : WireJson.parse(job.resultJson().getBytes(StandardCharsets.UTF_8));
  }
}
