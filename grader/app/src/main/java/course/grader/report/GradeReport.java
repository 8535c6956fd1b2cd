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
 */
public record GradeReport(
    String exercise,
    List<SubmittedFile> files,
    Outcome outcome,
    List<TestResult> tests,
    List<Diagnostic> diagnostics,
    String testsHash,
    String note,
    long durationMillis) {
  public GradeReport {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(outcome, "outcome");
    files = List.copyOf(files);
    tests = List.copyOf(tests);
    diagnostics = List.copyOf(diagnostics);
    testsHash = testsHash == null ? "" : testsHash;
    note = note == null ? "" : note;
  }

  /** Sum of the points of passed tests. */
  public double score() {
    return tests.stream().mapToDouble(TestResult::points).sum();
  }

  /** Sum of the points every test could earn. */
  public double maxScore() {
    return tests.stream().mapToDouble(TestResult::maxPoints).sum();
  }

  /** True when the run was graded and every test passed. */
  public boolean allPassed() {
    return outcome == Outcome.GRADED
        && !tests.isEmpty()
        && tests.stream().allMatch(t -> t.status() == TestStatus.PASSED);
  }

  /** SHA-256 over all submitted files (name, NUL, content, NUL, in order). */
  public String submissionHash() {
    StringBuilder all = new StringBuilder();
    for (SubmittedFile f : files) {
      all.append(f.name()).append('\0').append(f.content()).append('\0');
    }
    return SubmittedFile.sha256(all.toString());
  }
}
