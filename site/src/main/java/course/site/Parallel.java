package course.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Work spread over every core one item at a time (reading and parsing pages; writing them keeps a
 * parallel stream, see SiteWriter.write). A parallel stream splits its range into a few large
 * pieces up front (four on two cores: a quarter of a 1,000-page build each), so the last piece ran
 * on one core while the other had nothing left; here each thread takes the next item when it is
 * free, and the threads finish within one item of each other.
 */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code f} of every index from 0 to {@code n - 1}, in index order (a list of fixed size),
   * computed on the calling thread and the common pool's workers. A failure stops the taking of new
   * items and is thrown here once the items under way are done.
   */
  public static <T> List<T> map(int n, IntFunction<T> f) {
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            try {
              results[i] = f.apply(i);
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
              next.set(n);
            }
          }
        };
    // The first item on this thread alone, then the rest on every core: the first links the
    // lambdas the work uses and initializes its classes once. Two threads that reach a lambda at
    // the same moment each make its class; only one can take it from the start-up archive, and the
    // other wrote its own with ASM and method handles (about 30 classes in a 1,000-lesson build).
    if (n > 0) {
      next.set(1);
      try {
        results[0] = f.apply(0);
      } catch (Throwable t) {
        failure.set(t);
        next.set(n);
      }
    }
    int helpers =
        failure.get() != null ? 0 : Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 2);
    List<Helper> started = new ArrayList<>();
    for (int k = 0; k < helpers; k++) {
      Helper helper = new Helper(work);
      ForkJoinPool.commonPool().execute(helper);
      started.add(helper);
    }
    work.run();
    for (Helper helper : started) {
      helper.finish();
    }
    if (failure.get() != null) {
      throw rethrown(failure.get());
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(results);
    return list;
  }

  /**
   * Starts {@code work} on a thread of its own (a daemon named {@code name}), beside what the
   * caller does next. Its failure is kept for {@link Beside#join}; nothing is printed when no one
   * joins.
   */
  public static Beside beside(String name, Runnable work) {
    FutureTask<Void> task = new FutureTask<>(work, null);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new Beside(task);
  }

  /** Work started by {@link #beside}. */
  public static final class Beside {
    private final FutureTask<Void> task;

    private Beside(FutureTask<Void> task) {
      this.task = task;
    }

    /** Waits for the work to end; throws its failure as it was thrown. */
    public void join() {
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for other work", e);
      } catch (ExecutionException e) {
        throw rethrown(e.getCause());
      }
    }
  }

  /** {@code t} thrown as it was when unchecked; a checked one wrapped. */
  private static RuntimeException rethrown(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /**
   * A pool worker's share of the work. One that has not started when the caller is done is
   * cancelled rather than waited for: the pool's workers may be busy with other tasks.
   */
  private static final class Helper extends ForkJoinTask<Void> {
    private static final long serialVersionUID = 1L;
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final transient Runnable work;

    Helper(Runnable work) {
      this.work = work;
    }

    @Override
    protected boolean exec() {
      if (state.compareAndSet(NEW, RUNNING)) {
        work.run();
      }
      return true;
    }

    /** Returns once this helper has run, or at once when it never started (it then never will). */
    void finish() {
      if (!state.compareAndSet(NEW, CANCELLED)) {
        join();
      }
    }

    @Override
    public Void getRawResult() {
      return null;
    }

    @Override
    protected void setRawResult(Void value) {}
  }
}
