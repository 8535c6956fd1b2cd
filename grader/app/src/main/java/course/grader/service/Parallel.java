package course.grader.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs one piece of work per item on up to {@code jobs} threads; results in the items' order. */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code work} applied to every item. {@code work} is expected to turn every failure into a
   * result; should it throw anyway, the first such failure is rethrown after all items ran.
   *
   * @param done called once per result, as each finishes, from the worker threads
   */
  public static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> work, Consumer<R> done) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(jobs, items.size())),
            task -> {
              Thread thread = new Thread(task, "grade-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  R result = work.apply(item);
                  done.accept(result);
                  return result;
                }));
      }
      List<R> results = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure =
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("a grading thread failed", e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while grading", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
