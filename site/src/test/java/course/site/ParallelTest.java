package course.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

final class ParallelTest {
  @Test
  void everyIndexOnceInOrder() {
    AtomicInteger calls = new AtomicInteger();
    List<Integer> squares =
        Parallel.map(
            1000,
            i -> {
              calls.incrementAndGet();
              return i * i;
            });
    assertThat(squares).isEqualTo(IntStream.range(0, 1000).map(i -> i * i).boxed().toList());
    assertThat(calls).hasValue(1000);
    assertThat(Parallel.map(0, i -> i)).isEmpty();
    assertThat(Parallel.map(1, i -> "one")).containsExactly("one");
  }

  @Test
  void theFirstItemRunsAloneOnTheCaller() {
    Thread caller = Thread.currentThread();
    AtomicInteger othersStarted = new AtomicInteger();
    CountDownLatch another = new CountDownLatch(1);
    List<Integer> seen =
        Parallel.map(
            50,
            i -> {
              if (i != 0) {
                othersStarted.incrementAndGet();
                another.countDown();
                return -1;
              }
              assertThat(Thread.currentThread()).isSameAs(caller);
              try {
                // Long enough for a pool worker to take an item, were any started.
                another.await(200, TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return othersStarted.get();
            });
    assertThat(seen.get(0)).as("items begun while the first ran").isZero();
  }

  @Test
  void theWorkIsSharedWithThePoolsWorkers() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch both = new CountDownLatch(2);
    Parallel.map(
        200,
        i -> {
          if (threads.add(Thread.currentThread())) {
            both.countDown();
          }
          try {
            // Each thread waits (a little) for another to join, so one cannot take every item.
            both.await(20, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return i;
        });
    // The pool has at least one worker, whatever the cores: it is given items too.
    assertThat(threads).hasSizeGreaterThan(1);
  }

  @Test
  void aFailureIsThrownToTheCallerAndStopsNewItems() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Parallel.map(
                    100_000,
                    i -> {
                      calls.incrementAndGet();
                      if (i == 10) {
                        throw new IllegalArgumentException("item 10");
                      }
                      return i;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 10");
    assertThat(calls.get()).isLessThan(100_000);
  }

  @Test
  void workBesideRunsOnItsOwnThreadAndItsFailureIsThrownByJoin() {
    Thread caller = Thread.currentThread();
    AtomicInteger ranElsewhere = new AtomicInteger();
    Parallel.beside(
            "test-beside",
            () -> {
              if (Thread.currentThread() != caller
                  && Thread.currentThread().getName().equals("test-beside")) {
                ranElsewhere.incrementAndGet();
              }
            })
        .join();
    assertThat(ranElsewhere).hasValue(1);
    Parallel.Beside failing =
        Parallel.beside(
            "test-failing",
            () -> {
              throw new IllegalStateException("beside failed");
            });
    assertThatThrownBy(failing::join)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("beside failed");
  }

  /**
   * With every worker of the pool busy, the caller does all the work and does not wait for them.
   */
  @Test
  @Timeout(60)
  void finishesWhenThePoolIsBusy() throws Exception {
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(workers);
    for (int k = 0; k < workers; k++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                busy.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    try {
      assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
      Thread caller = Thread.currentThread();
      List<Boolean> onCaller = Parallel.map(50, i -> Thread.currentThread() == caller);
      assertThat(onCaller).containsOnly(true).hasSize(50);
    } finally {
      release.countDown();
    }
  }
}
