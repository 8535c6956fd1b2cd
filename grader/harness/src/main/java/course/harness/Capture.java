package course.harness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code System.out} and {@code System.err} go while tests run: a buffer that keeps the first
 * {@code limit} bytes of the current test's output, and at most {@code runLimit} bytes over the
 * whole run, and drops the rest, so that a test printing gigabytes costs no memory. What was cut is
 * marked with {@link #TRUNCATED}; a cut never splits a UTF-8 character.
 */
final class Capture extends OutputStream {
  static final String TRUNCATED = "\n[output truncated]";

  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long runRoom;
  private boolean truncated;

  /** At most {@code limit} bytes per test, with no bound over the run. */
  Capture(int limit) {
    this(limit, Long.MAX_VALUE);
  }

  /** At most {@code limit} bytes per test and {@code runLimit} bytes over the whole run. */
  Capture(int limit, long runLimit) {
    this.limit = limit;
    this.runRoom = runLimit;
  }

  @Override
  public synchronized void write(int b) {
    if (room() > 0) {
      kept.write(b);
      runRoom--;
    } else {
      truncated = true;
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int room = room();
    int taken = Math.min(room, len);
    kept.write(b, off, taken);
    runRoom -= taken;
    if (len > room) {
      truncated = true;
    }
  }

  private int room() {
    return (int) Math.max(0, Math.min(limit - kept.size(), runRoom));
  }

  /** Returns what was kept since the last call and starts afresh. */
  synchronized String take() {
    byte[] bytes = kept.toByteArray();
    int end = bytes.length;
    if (truncated) {
      end = utf8Boundary(bytes);
    }
    String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
    if (truncated) {
      text += TRUNCATED;
    }
    kept.reset();
    truncated = false;
    return text;
  }

  /** The length of {@code bytes} without a UTF-8 sequence the cut left incomplete at its end. */
  private static int utf8Boundary(byte[] bytes) {
    int end = bytes.length;
    int start = end;
    // Back up over at most three continuation bytes to the lead byte of the last character.
    while (start > 0 && end - start < 4 && (bytes[start - 1] & 0xC0) == 0x80) {
      start--;
    }
    if (start == 0) {
      return end;
    }
    int lead = bytes[start - 1] & 0xFF;
    int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return end - (start - 1) < needed ? start - 1 : end;
  }
}
