package course.site.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Writer} that encodes what it is given to UTF-8 into a buffer it reuses and passes full
 * buffers on to a stream: a page rendered by the templates goes to its file in a few large writes.
 * Strings are encoded whole ({@link String#getBytes}, a plain copy for ASCII text); a buffered file
 * writer copied each string into a char buffer first (widening every byte of an ASCII string to
 * two), encoded that in slices, and allocated its buffers again for every page. One per thread, not
 * thread-safe; {@link #to} starts each use.
 */
final class Utf8Sink extends Writer {
  /** Characters encoded at a time: a long string (all.html's articles) goes in slices. */
  private static final int SLICE = 1 << 14;

  private final byte[] bytes = new byte[1 << 16];
  private int length;
  private OutputStream out;

  /** A high surrogate at the end of the last write, waiting for its pair. */
  private char pending;

  /** Starts writing to {@code target}; {@link #finish} writes what is left. */
  Utf8Sink to(OutputStream target) {
    out = target;
    length = 0;
    pending = 0;
    return this;
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    if (pending != 0 || Character.isHighSurrogate(s.charAt(off + len - 1))) {
      // A surrogate pair split between writes: by way of chars, which keep its first half.
      write(s.substring(off, off + len).toCharArray(), 0, len);
      return;
    }
    sliced(s, off, off + len);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    StringBuilder text = new StringBuilder(len + 1);
    if (pending != 0) {
      text.append(pending);
      pending = 0;
    }
    text.append(chars, off, len);
    char last = text.charAt(text.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pending = last;
      text.setLength(text.length() - 1);
    }
    sliced(text.toString(), 0, text.length());
  }

  /** Encodes {@code s[off, end)} a slice at a time, never between the halves of a pair. */
  private void sliced(String s, int off, int end) throws IOException {
    while (off < end) {
      int to = Math.min(end, off + SLICE);
      if (to < end && Character.isHighSurrogate(s.charAt(to - 1))) {
        to++;
      }
      add(off == 0 && to == s.length() ? s : s.substring(off, to));
      off = to;
    }
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  private void add(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (length + b.length > bytes.length) {
      out.write(bytes, 0, length);
      length = 0;
    }
    if (b.length > bytes.length) {
      out.write(b);
      return;
    }
    System.arraycopy(b, 0, bytes, length, b.length);
    length += b.length;
  }

  /** Writes what is left; a high surrogate left alone is written as '?', as an encoder would. */
  void finish() throws IOException {
    if (pending != 0) {
      char alone = pending;
      pending = 0;
      add(String.valueOf(alone));
    }
    out.write(bytes, 0, length);
    length = 0;
    out = null;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
