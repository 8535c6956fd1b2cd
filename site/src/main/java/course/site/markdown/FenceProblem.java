package course.site.markdown;

/**
 * A problem in the YAML of a fenced extension block ({@code quiz}, {@code raft-sim}), with its
 * 0-based line inside the block; thrown while reading the block and turned into a {@code file:line}
 * problem of the strict build. No stack trace: it is an expected input error.
 */
final class FenceProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int line;

  FenceProblem(String message, int line) {
    super(message, null, false, false);
    this.line = line;
  }
}
