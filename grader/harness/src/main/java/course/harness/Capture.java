package course.harness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code System.out} and {@code System.err} go while tests run: a buffer that keeps the first
 * {@code limit} bytes of the current test's output and drops the rest, so that a test printing
 * gigabytes costs no memory.
 */
final class Capture extends OutputStream {
  static final String TRUNCATED = "\n[output truncated]";

  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private boolean truncated;

  Capture(int limit) {
    this.limit = limit;
  }

  @Override
  public synchronized void write(int b) {
    if (kept.size() < limit) {
      kept.write(b);
    } else {
      truncated = true;
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int room = Math.max(0, limit - kept.size());
    kept.write(b, off, Math.min(room, len));
    if (len > room) {
      truncated = true;
    }
  }

  /** Returns what was kept since the last call and starts afresh. */
  synchronized String take() {
    String text = kept.toString(StandardCharsets.UTF_8);
    if (truncated) {
      text += TRUNCATED;
    }
    kept.reset();
    truncated = false;
    return text;
  }
}
