package course.grader.report;

import java.util.Objects;

/**
 * The result of one graded test (a test method; a parameterized test counts as one).
 *
 * @param id stable identifier inside the exercise, e.g. {@code HeightCheckerTest#example1()}
 * @param name the display name shown to the student
 * @param visible whether the test comes from the published {@code tests/} folder
 * @param message short explanation; for hidden tests never any test source
 * @param output what the test printed (visible tests only; capped), empty when nothing
 */
public record TestResult(
    String id,
    String name,
    boolean visible,
    TestStatus status,
    double points,
    double maxPoints,
    String message,
    String output,
    long durationMillis) {
  public TestResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    message = message == null ? "" : message;
    output = output == null ? "" : output;
  }

  /** This result with another duration. */
  public TestResult withDuration(long millis) {
    return new TestResult(id, name, visible, status, points, maxPoints, message, output, millis);
  }
}
