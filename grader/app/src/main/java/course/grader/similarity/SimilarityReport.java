package course.grader.similarity;

import course.grader.report.SubmittedFile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SimilarityAnalysis} found for one exercise: every pair of compared submissions, most
 * similar first, and the submissions it had to leave out.
 *
 * @param minMatch the shortest run of tokens that counts as a match
 * @param sources each compared student's files, by student id
 * @param pairs every pair, by score (highest first), then by the two student ids
 */
public record SimilarityReport(
    String exercise,
    int minMatch,
    Map<String, Submission> sources,
    List<Skipped> skipped,
    List<Pair> pairs) {

  /** Highest score first; equal scores by student ids, so the order never depends on timing. */
  static final Comparator<Pair> RANKING =
      Comparator.comparingDouble(Pair::score)
          .reversed()
          .thenComparing(Pair::a)
          .thenComparing(Pair::b);

  public SimilarityReport {
    Objects.requireNonNull(exercise, "exercise");
    sources = Map.copyOf(sources);
    skipped = List.copyOf(skipped);
    pairs = List.copyOf(pairs);
  }

  /** A student's compared attempt: its number, files and token count (starter code excluded). */
  public record Submission(String student, int attempt, List<SubmittedFile> files, int tokens) {
    public Submission {
      files = List.copyOf(files);
    }
  }

  /** A submission left out, e.g. because a file does not parse. */
  public record Skipped(String student, int attempt, String file, String problem) {}

  /**
   * Two students' submissions compared.
   *
   * @param a the first student id, in sort order
   * @param score 2 × matched / (tokens of a + tokens of b), from 0 to 1; symmetric
   * @param matched tokens of each side covered by a match
   * @param regions the matches, in the order they appear in {@code a}
   */
  public record Pair(
      String a,
      String b,
      double score,
      int matched,
      int tokensA,
      int tokensB,
      List<Region> regions) {
    public Pair {
      regions = List.copyOf(regions);
    }
  }

  /**
   * One matching run of tokens, as the lines it covers in each file (inclusive, 1-based).
   *
   * @param tokens the length of the run
   */
  public record Region(
      String fileA, int fromA, int toA, String fileB, int fromB, int toB, int tokens) {}

  /** The pairs scoring at least {@code minScore} (0 to 1), at most {@code top} of them. */
  public List<Pair> ranked(double minScore, int top) {
    return pairs.stream().filter(p -> p.score() >= minScore).limit(top).toList();
  }
}
