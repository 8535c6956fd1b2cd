package course.grader.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch command on stderr, redrawn in place; nothing at all when the process
 * is not attached to a terminal (a pipe, a file, CI logs, in-process tests), so that logs stay
 * clean.
 */
final class ProgressLine implements AutoCloseable {
  private final ProgressBar bar;

  private ProgressLine(ProgressBar bar) {
    this.bar = bar;
  }

  static ProgressLine start(String task, int total) {
    if (System.console() == null || total == 0) {
      return new ProgressLine(null);
    }
    return new ProgressLine(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .build());
  }

  /** One more item done; {@code label} (e.g. the student) shows beside the bar. Thread-safe. */
  synchronized void step(String label) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(label);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
