package course.grader.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything one grading run found: the outcome, each test, each diagnostic. Built by the judge,
 * stored by the gradebook, printed by the CLI.
 *
 * @param exercise the exercise slug
 * @param files the submitted files, in the order of the exercise's {@code submit} list
 * @param testsHash SHA-256 over the test sources the run used (visible and, when run, hidden)
 * @param note why the run ended as it did when that is not plain from the tests (e.g. "the JVM
 *     exited with code 0 before every test reported"); empty otherwise
 * @param maxScore the points every test could earn: the sum over {@code tests} when any ran;
 *     otherwise (a compile error, a rejection) the exercise's maximum as its tests declare it, so
 *     that a report never shows a maximum of 0 for an exercise that has points
 */
public record GradeReport(
    String exercise,
    List<SubmittedFile> files,
    Outcome outcome,
    List<TestResult> tests,
    List<Diagnostic> diagnostics,
    String testsHash,
    String note,
    long durationMillis,
    double maxScore) {
  public GradeReport {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(outcome, "outcome");
    files = List.copyOf(files);
    tests = List.copyOf(tests);
    diagnostics = List.copyOf(diagnostics);
    testsHash = testsHash == null ? "" : testsHash;
    note = note == null ? "" : note;
    maxScore = tests.isEmpty() ? maxScore : tests.stream().mapToDouble(TestResult::maxPoints).sum();
  }

  /** A report whose maximum is the sum over its tests (0 when none ran). */
  public GradeReport(
      String exercise,
      List<SubmittedFile> files,
      Outcome outcome,
      List<TestResult> tests,
      List<Diagnostic> diagnostics,
      String testsHash,
      String note,
      long durationMillis) {
    this(exercise, files, outcome, tests, diagnostics, testsHash, note, durationMillis, 0);
  }

  /** This report with {@code max} as its maximum when no test ran (tests decide otherwise). */
  public GradeReport withMaxScore(double max) {
    return new GradeReport(
        exercise, files, outcome, tests, diagnostics, testsHash, note, durationMillis, max);
  }

  /**
   * Why the run scored what it did, in one line, when its tests do not say: the note, else the
   * first diagnostic as {@code file:line: message}; empty when neither exists.
   */
  public String reason() {
    return reason(note, diagnostics);
  }

  /** The one-line reason of a run with this note and these diagnostics (see {@link #reason()}). */
  public static String reason(String note, List<Diagnostic> diagnostics) {
    if (!note.isEmpty()) {
      return note.lines().findFirst().orElse("").strip();
    }
    return diagnostics.isEmpty() ? "" : diagnostics.get(0).shown();
  }

  /** Sum of the points of passed tests. */
  public double score() {
    return tests.stream().mapToDouble(TestResult::points).sum();
  }

  /** True when the run was graded and every test passed. */
  public boolean allPassed() {
    return outcome == Outcome.GRADED
        && !tests.isEmpty()
        && tests.stream().allMatch(t -> t.status() == TestStatus.PASSED);
  }

  /** SHA-256 over all submitted files (name, NUL, content, NUL, in order). */
  public String submissionHash() {
    return SubmittedFile.hashOf(files);
  }
}
