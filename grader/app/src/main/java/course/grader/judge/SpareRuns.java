package course.grader.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Test JVMs started before the submission they will run, for a grading server: after a submission
 * to an exercise is graded, a child JVM for the next one starts (sandbox, JVM, JUnit's launcher,
 * the guard), in a work folder of its own that is bound into the sandbox while still empty, and
 * waits for the word to go. The next submission to the same exercise is compiled into that folder
 * and runs in that JVM, so its latency holds no JVM start.
 *
 * <p>Each spare runs one submission and is then killed, like every child; a spare is never handed
 * anything but the classes of the one submission it runs. Its limits count from go ({@link
 * ChildRun#run()}); it has seen no student code before. A spare is kept for the exact shape of run
 * it was started for (test classes, limits, class names of the submission, JVM options): one whose
 * shape no longer matches what the judge needs (the exercise changed) is killed, not used.
 */
final class SpareRuns {
  /** A child run started ahead, in its own work folder, and the folder. */
  record Spare(WorkFolder folder, ChildRun.Settings settings, ChildRun run) {
    void discard() {
      run.abandon();
      folder.close();
    }
  }

  private final int limit;

  /** Spares by shape (settings without folders), least recently used shape first. */
  private final LinkedHashMap<ChildRun.Settings, Deque<Spare>> spares =
      new LinkedHashMap<>(16, 0.75f, true);

  private final ExecutorService starter =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "course-spare-jvm");
            t.setDaemon(true);
            return t;
          });

  private int count;
  private int used;
  private int started;
  private boolean closed;

  /**
   * @param limit the spares kept at most, all shapes together (the oldest shape's go first)
   */
  SpareRuns(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.limit = limit;
  }

  /** A spare started for {@code shape} and still waiting, taken out of the pool; or empty. */
  Optional<Spare> take(ChildRun.Settings shape) {
    List<Spare> dead = new ArrayList<>();
    Optional<Spare> found = Optional.empty();
    synchronized (this) {
      Deque<Spare> queue = spares.get(shape);
      while (queue != null && !queue.isEmpty() && found.isEmpty()) {
        Spare s = queue.poll();
        count--;
        if (s.run().prestartedAlive()) {
          found = Optional.of(s);
          used++;
        } else {
          dead.add(s);
        }
      }
    }
    dead.forEach(Spare::discard);
    return found;
  }

  /**
   * Starts, in the background, a spare for {@code shape} unless one waits already; the pool keeps
   * its limit by killing the spares of the shapes least recently asked for.
   */
  void refill(ChildRun.Settings shape) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    starter.execute(() -> startFor(shape));
  }

  private void startFor(ChildRun.Settings shape) {
    List<Spare> evicted = new ArrayList<>();
    synchronized (this) {
      Deque<Spare> queue = spares.get(shape);
      if (closed || queue != null && !queue.isEmpty()) {
        return;
      }
    }
    Spare spare = start(shape, true);
    synchronized (this) {
      if (closed) {
        evicted.add(spare);
      } else {
        spares.computeIfAbsent(shape, k -> new ArrayDeque<>()).add(spare);
        count++;
        started++;
        for (Iterator<Map.Entry<ChildRun.Settings, Deque<Spare>>> it = spares.entrySet().iterator();
            it.hasNext() && count > limit; ) {
          Deque<Spare> oldest = it.next().getValue();
          while (!oldest.isEmpty() && count > limit) {
            evicted.add(oldest.poll());
            count--;
          }
          if (oldest.isEmpty()) {
            it.remove();
          }
        }
      }
    }
    evicted.forEach(Spare::discard);
  }

  /**
   * A child JVM for {@code shape}, started in a fresh work folder, waiting for go; {@code ahead}
   * when it starts well before its submission, so it has time to run the harness's warm-up test.
   */
  static Spare start(ChildRun.Settings shape, boolean ahead) {
    WorkFolder folder = WorkFolder.create("course-grade-");
    try {
      ChildRun.Settings settings = shape.in(folder.path());
      Files.createDirectories(settings.classes());
      Files.createDirectories(settings.studentClasses());
      Files.createDirectories(settings.workDir());
      ChildRun run = new ChildRun(settings);
      if (ahead) {
        run.prestartWarm();
      } else {
        run.prestart();
      }
      return new Spare(folder, settings, run);
    } catch (IOException | RuntimeException e) {
      folder.close();
      throw e instanceof IOException
          ? course.catalog.CourseException.internal("cannot prepare a work folder: " + e, e)
          : (RuntimeException) e;
    }
  }

  /** Kills every spare and starts none any more. */
  void close() {
    List<Spare> all = new ArrayList<>();
    synchronized (this) {
      closed = true;
      spares.values().forEach(all::addAll);
      spares.clear();
      count = 0;
    }
    starter.shutdownNow();
    all.forEach(Spare::discard);
  }

  /** How many spares wait now. */
  synchronized int waiting() {
    return count;
  }

  /** How many spares were taken for a submission. */
  synchronized int used() {
    return used;
  }

  /** How many spares were started. */
  synchronized int started() {
    return started;
  }
}
