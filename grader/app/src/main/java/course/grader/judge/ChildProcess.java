package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Channel;
import course.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM as a process: started with its command line and handed a fresh channel key, its
 * stdout read for frames of that key (lines bounded), its stderr drained (the first bytes kept),
 * what it writes past the capture counted; everything it does arrives as a {@link ChildEvent} on
 * one queue. Nothing here decides what a frame means: that is {@link RunLedger}'s job.
 */
final class ChildProcess {
  private static final int LINE_LIMIT = 64 * 1024;
  private static final int STDERR_LIMIT = 8 * 1024;

  /**
   * Bytes a child may write to its stdout (other than frames) and stderr together, i.e. straight to
   * the file descriptors, past the harness's capture. More is {@code output_limit}.
   */
  static final long RAW_OUTPUT_LIMIT = 1024 * 1024;

  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<ChildEvent> events;
  private final Thread reader;
  private final Thread drainer;
  private final ByteArrayOutputStream stderr;

  private ChildProcess(
      Process process,
      OutputStream stdin,
      BlockingQueue<ChildEvent> events,
      Thread reader,
      Thread drainer,
      ByteArrayOutputStream stderr) {
    this.process = process;
    this.stdin = stdin;
    this.events = events;
    this.reader = reader;
    this.drainer = drainer;
    this.stderr = stderr;
  }

  /**
   * Starts {@code command} in {@code workDir} and hands it a fresh key; it waits for {@link #go}.
   */
  static ChildProcess launch(List<String> command, Path workDir) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String keyHex = HexFormat.of().formatHex(key);
    Channel channel = new Channel(keyHex);
    Process process = ChildCommand.start(command, workDir);
    BlockingQueue<ChildEvent> events = new LinkedBlockingQueue<>();
    RawOutput raw = new RawOutput(events);
    Thread reader =
        daemon("course-channel", () -> readFrames(process.getInputStream(), channel, events, raw));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread drainer = daemon("course-stderr", () -> drain(process.getErrorStream(), stderr, raw));
    process.onExit().thenRun(() -> events.add(new ChildEvent.Exited()));
    OutputStream stdin = process.getOutputStream();
    try {
      stdin.write((keyHex + "\n").getBytes(StandardCharsets.US_ASCII));
      stdin.flush();
    } catch (IOException e) {
      // The child died at once; the session sees the exit like any other.
    }
    return new ChildProcess(process, stdin, events, reader, drainer, stderr);
  }

  /**
   * Tells the harness to run the tests, hands it the hidden tests' classes (binary name to bytes:
   * they exist in no file the child can see), and closes its stdin.
   */
  void go(java.util.Map<String, byte[]> hiddenClasses) {
    try (OutputStream in = new java.io.BufferedOutputStream(stdin, 1 << 16)) {
      in.write((Main.GO + "\n").getBytes(StandardCharsets.US_ASCII));
      java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
      for (java.util.Map.Entry<String, byte[]> c : hiddenClasses.entrySet()) {
        in.write(
            ("class " + c.getKey() + " " + base64.encodeToString(c.getValue()) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
      in.write((Main.END_OF_CLASSES + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // The child died; its exit arrives like any other.
    }
  }

  /** The next event, waiting at most {@code nanos}; null when none came. */
  ChildEvent next(long nanos) throws InterruptedException {
    return events.poll(nanos, TimeUnit.NANOSECONDS);
  }

  /** An event already queued, without waiting; null when none is. */
  ChildEvent queued() {
    return events.poll();
  }

  /** Waits (boundedly) for the frame reader to finish after the stream ended. */
  void awaitReader() throws InterruptedException {
    reader.join(1000);
  }

  /** The exit code once the process ended within a second, or empty while it still runs. */
  java.util.OptionalInt exitCode() throws InterruptedException {
    if (!process.waitFor(1, TimeUnit.SECONDS)) {
      return java.util.OptionalInt.empty();
    }
    drainer.join(500);
    return java.util.OptionalInt.of(process.exitValue());
  }

  /** The first line the child wrote to stderr, for the message of a JVM that did not start. */
  String firstStderrLine() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("no message");
    }
  }

  /** True while the process runs. */
  boolean alive() {
    return process.isAlive();
  }

  /** Kills the child and everything it started. */
  void kill() {
    kill(process);
  }

  /**
   * Ends a child that was never told to go (a spare no longer wanted): closes its stdin, at whose
   * end the harness halts, and kills whatever is left after a grace period, in the background.
   * Killing at once could catch the sandbox between its forks: the outer process killed just after
   * it forked the inner one but before a look at its children found it, which then lives on as a
   * child of init, sandboxed and waiting forever.
   */
  void retire() {
    try {
      stdin.close();
    } catch (IOException e) {
      // Already gone.
    }
    daemon(
        "course-retire",
        () -> {
          try {
            if (!process.waitFor(RETIRE_GRACE_SECONDS, TimeUnit.SECONDS)) {
              kill(process);
            }
          } catch (InterruptedException e) {
            kill(process);
          }
        });
  }

  /** How long a retired child may take to halt by itself (its warm-up may still be running). */
  private static final long RETIRE_GRACE_SECONDS = 15;

  /** Kills {@code process} and everything it started. */
  static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counts what a child writes past the capture and raises a flood once past the limit. */
  private static final class RawOutput {
    private final BlockingQueue<ChildEvent> events;
    private long bytes;
    private boolean flooded;

    RawOutput(BlockingQueue<ChildEvent> events) {
      this.events = events;
    }

    synchronized void add(long n) {
      bytes += n;
      if (bytes > RAW_OUTPUT_LIMIT && !flooded) {
        flooded = true;
        events.add(new ChildEvent.Flooded());
      }
    }
  }

  /** Reads lines (bounded) and queues those that are frames of this run's channel. */
  private static void readFrames(
      InputStream in, Channel channel, BlockingQueue<ChildEvent> events, RawOutput raw) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overlong = false;
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        raw.add(n);
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (!overlong) {
              int length = line.size() + 1;
              channel
                  .decode(line.toString(StandardCharsets.UTF_8))
                  .ifPresent(
                      frame -> {
                        raw.add(-length); // frames are not output
                        events.add(new ChildEvent.FrameArrived(frame));
                      });
            }
            line.reset();
            overlong = false;
          } else if (line.size() < LINE_LIMIT) {
            line.write(b);
          } else {
            overlong = true;
          }
        }
      }
    } catch (IOException e) {
      // The child is gone; the end of the stream says so.
    } finally {
      events.add(new ChildEvent.StreamEnded());
    }
  }

  /** Keeps the first bytes of stderr for error messages and throws the rest away. */
  private static void drain(InputStream in, ByteArrayOutputStream head, RawOutput raw) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        raw.add(n);
        synchronized (head) {
          int room = Math.max(0, STDERR_LIMIT - head.size());
          head.write(buffer, 0, Math.min(room, n));
        }
      }
    } catch (IOException e) {
      // The child is gone.
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * The error for a child JVM that ended before it sent a single frame: ours, not the student's.
   */
  static CourseException notStarted(int exitCode, String firstLine) {
    return CourseException.internal(
        "the test JVM did not start (exit code " + exitCode + "): " + firstLine, null);
  }
}
