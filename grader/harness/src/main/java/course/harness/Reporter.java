package course.harness;

import course.api.Points;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Disabled;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns JUnit events into frames on the channel. The graded unit is a test method: a plain
 * {@code @Test}, or a parameterized, repeated or factory method as a whole (it passes only when
 * every invocation does), so that the plan, and with it the maximum score, is known before any
 * student code runs.
 */
final class Reporter implements TestExecutionListener {
  private static final int MESSAGE_LIMIT = 500;

  private final Channel channel;
  private final OutputStream wire;
  private final Capture capture;
  private final Set<String> sources;
  private final Set<String> hidden;
  private final Map<String, Unit> running = new HashMap<>();
  private final Set<String> reported = new HashSet<>();
  private TestPlan plan;

  Reporter(
      Channel channel,
      OutputStream wire,
      Capture capture,
      Set<String> sources,
      Set<String> hidden) {
    this.channel = channel;
    this.wire = wire;
    this.capture = capture;
    this.sources = sources;
    this.hidden = hidden;
  }

  /** What is known about one graded unit while it runs. */
  private static final class Unit {
    final long started = System.nanoTime();
    String status = "passed";
    String message = "";
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
    for (TestIdentifier root : testPlan.getRoots()) {
      announce(root);
    }
  }

  private void announce(TestIdentifier id) {
    if (isUnit(id)) {
      MethodSource source = (MethodSource) id.getSource().orElseThrow();
      Optional<Double> points = points(source);
      if (points.isPresent()) {
        send(
            Channel.PLAN,
            id.getUniqueId(),
            source.getClassName(),
            source.getMethodName(),
            id.getDisplayName(),
            Double.toString(points.get()));
      }
      return;
    }
    for (TestIdentifier child : plan.getChildren(id)) {
      announce(child);
    }
  }

  /** The unit's points, or empty when the unit is statically disabled (it does not count). */
  private static Optional<Double> points(MethodSource source) {
    AnnotatedElement method = source.getJavaMethod();
    if (method.isAnnotationPresent(Disabled.class)) {
      return Optional.empty();
    }
    for (Class<?> c = source.getJavaClass(); c != null; c = c.getEnclosingClass()) {
      if (c.isAnnotationPresent(Disabled.class)) {
        return Optional.empty();
      }
    }
    Points own = method.getAnnotation(Points.class);
    if (own != null) {
      return Optional.of(own.value());
    }
    for (Class<?> c = source.getJavaClass(); c != null; c = c.getEnclosingClass()) {
      Points points = c.getAnnotation(Points.class);
      if (points != null) {
        return Optional.of(points.value());
      }
    }
    return Optional.of(1.0);
  }

  private boolean isUnit(TestIdentifier id) {
    if (!(id.getSource().orElse(null) instanceof MethodSource)) {
      return false;
    }
    Optional<TestSource> parentSource = plan.getParent(id).flatMap(TestIdentifier::getSource);
    return parentSource.isEmpty() || parentSource.get() instanceof ClassSource;
  }

  /** The unit that {@code id} belongs to (itself, or the method an invocation came from). */
  private Optional<TestIdentifier> unitOf(TestIdentifier id) {
    for (Optional<TestIdentifier> at = Optional.of(id);
        at.isPresent();
        at = plan.getParent(at.get())) {
      if (isUnit(at.get())) {
        return at;
      }
    }
    return Optional.empty();
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (isUnit(id)) {
      capture.take(); // output printed between tests belongs to none of them
      running.put(id.getUniqueId(), new Unit());
      send(Channel.START, id.getUniqueId());
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (isUnit(id)) {
      reported.add(id.getUniqueId());
      send(Channel.RESULT, id.getUniqueId(), "skipped", String.valueOf(reason), "", "0");
      return;
    }
    // A skipped class (e.g. a condition such as @EnabledIf) skips every test in it.
    for (TestIdentifier inside : plan.getDescendants(id)) {
      if (isUnit(inside) && reported.add(inside.getUniqueId())) {
        send(Channel.RESULT, inside.getUniqueId(), "skipped", String.valueOf(reason), "", "0");
      }
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Optional<TestIdentifier> unitId = unitOf(id);
    if (unitId.isEmpty()) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        failUnitsThatNeverRan(id, result.getThrowable().orElse(null));
      }
      return;
    }
    Unit unit = running.get(unitId.get().getUniqueId());
    if (unit == null) {
      return;
    }
    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
        && unit.status.equals("passed")) {
      // Aborted (a failed assumption) is no pass either: it counts as errored.
      Throwable failure = result.getThrowable().orElse(null);
      unit.status = status(failure);
      String where = id.equals(unitId.get()) ? "" : id.getDisplayName() + ": ";
      unit.message = cap(where + message(failure));
    }
    if (id.equals(unitId.get())) {
      running.remove(id.getUniqueId());
      reported.add(id.getUniqueId());
      long millis = (System.nanoTime() - unit.started) / 1_000_000;
      send(
          Channel.RESULT,
          id.getUniqueId(),
          unit.status,
          cap(unit.message),
          output(id),
          Long.toString(millis));
    }
  }

  /**
   * The captured output of the unit {@code id}: none for a hidden test, whose output never leaves
   * this JVM (the grader drops it too); the capture is emptied either way.
   */
  private String output(TestIdentifier id) {
    String output = capture.take();
    return isHidden(id) ? "" : output;
  }

  private boolean isHidden(TestIdentifier id) {
    if (!(id.getSource().orElse(null) instanceof MethodSource source)) {
      return false;
    }
    String name = source.getClassName();
    int dollar = name.indexOf('$');
    return hidden.contains(dollar < 0 ? name : name.substring(0, dollar));
  }

  /**
   * A class (or the engine) failed around its tests, e.g. in {@code @BeforeAll} or a constructor:
   * JUnit then never starts them. Each gets the container's failure as its own result.
   */
  private void failUnitsThatNeverRan(TestIdentifier container, Throwable failure) {
    String why = cap("failed before it could run: " + message(failure));
    for (TestIdentifier id : plan.getDescendants(container)) {
      if (isUnit(id) && !reported.contains(id.getUniqueId())) {
        reported.add(id.getUniqueId());
        send(Channel.RESULT, id.getUniqueId(), status(failure), why, output(id), "0");
      }
    }
  }

  /** Reports every unit still running as out of memory, with {@code error}'s message. */
  void outOfMemory(OutOfMemoryError error) {
    for (Map.Entry<String, Unit> e : Map.copyOf(running).entrySet()) {
      long millis = (System.nanoTime() - e.getValue().started) / 1_000_000;
      send(
          Channel.RESULT,
          e.getKey(),
          "out_of_memory",
          cap(message(error)),
          capture.take(),
          Long.toString(millis));
    }
  }

  /** Tells the grader every selected unit has reported. */
  void done() {
    send(Channel.DONE);
  }

  private static String status(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return "timed_out";
    }
    if (failure instanceof AssertionError) {
      return "failed";
    }
    return "errored";
  }

  private String message(Throwable failure) {
    if (failure == null) {
      return "";
    }
    Throwable shown = failure;
    while ((shown instanceof ExceptionInInitializerError
            || shown instanceof InvocationTargetException)
        && shown.getCause() != null) {
      shown = shown.getCause();
    }
    String text = shown.getMessage() == null ? "" : shown.getMessage();
    if (!(shown instanceof AssertionError)) {
      text = shown.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
    } else if (text.isEmpty()) {
      text = "assertion failed";
    }
    for (StackTraceElement frame : shown.getStackTrace()) {
      String outer = frame.getClassName();
      int dollar = outer.indexOf('$');
      if (sources.contains(dollar < 0 ? outer : outer.substring(0, dollar))
          && frame.getFileName() != null
          && frame.getLineNumber() > 0) {
        text += " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
        break;
      }
    }
    return text;
  }

  /**
   * At most {@link #MESSAGE_LIMIT} characters of text, control characters (other than tab) shown as
   * {@code ?}: whatever a test throws, a message is a short line, never the bytes of a class.
   */
  static String cap(String text) {
    String shown =
        text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 1) + "…";
    StringBuilder clean = new StringBuilder(shown.length());
    shown
        .codePoints()
        .forEach(
            c ->
                clean.appendCodePoint(
                    c == '\t' || c == '\n' || !Character.isISOControl(c) ? c : '?'));
    return clean.toString();
  }

  private void send(String type, String... fields) {
    byte[] frame = channel.encode(type, fields).getBytes(StandardCharsets.UTF_8);
    synchronized (wire) {
      try {
        wire.write(frame);
        wire.flush();
      } catch (IOException e) {
        // Only student code can have closed it; nothing more can reach the grader.
        Runtime.getRuntime().halt(Main.EXIT_CHANNEL_CLOSED);
      }
    }
  }
}
