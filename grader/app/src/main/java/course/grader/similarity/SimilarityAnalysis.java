package course.grader.similarity;

import course.catalog.CourseException;
import course.grader.report.SubmittedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Compares every pair of submissions to one exercise, JPlag-style: each submission becomes a
 * normalised token stream ({@link Tokenizer}), tokens that match the starter code are taken out,
 * and each pair is tiled with {@link GreedyStringTiling}. A pair's score is the share of both
 * streams covered by tiles.
 */
public final class SimilarityAnalysis {
  /**
   * The default shortest match, in tokens: about one statement with its expressions. Measured on
   * the height-checker test set (see grader/docs/similarity.md): it separates disguised copies from
   * independent solutions best; longer minimums lose copies with statements reordered or dead code
   * inserted faster than they lose shared idioms.
   */
  public static final int DEFAULT_MIN_MATCH = 9;

  /**
   * Starter code is known to every student, so even short runs of it are taken out, such as the
   * class and method header ({@code CLASS METHOD PARAM}). Each starter token can take out one
   * submission token at most, so this never removes more than the starter's size.
   */
  static final int STARTER_MIN_MATCH = 3;

  private static final String SEPARATOR = "FILE_END";

  private final int minMatch;
  private final Tokenizer tokenizer = new Tokenizer();
  private final Map<String, Integer> kinds = new HashMap<>();

  /** An analysis whose matches are at least {@code minMatch} tokens long. */
  public SimilarityAnalysis(int minMatch) {
    if (minMatch < 1) {
      throw new IllegalArgumentException("minMatch must be at least 1, was " + minMatch);
    }
    this.minMatch = minMatch;
  }

  /** One student's latest submission as stored in the gradebook. */
  public record Candidate(String student, int attempt, List<SubmittedFile> files) {
    public Candidate {
      Objects.requireNonNull(student, "student");
      files = List.copyOf(files);
    }
  }

  /** A submission as the tiler sees it. */
  private record Prepared(
      Candidate candidate,
      List<Token> tokens,
      int[] kinds,
      boolean[] marked,
      int size,
      long[] hashes,
      Map<Long, int[]> index) {}

  /**
   * Compares all pairs of {@code candidates} (one per student) of {@code exercise}, leaving out
   * what matches {@code starter}.
   *
   * @throws CourseException when a starter file does not parse
   */
  public SimilarityReport compare(
      String exercise, List<SubmittedFile> starter, List<Candidate> candidates) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(starter, "starter");
    Objects.requireNonNull(candidates, "candidates");
    List<Token> starterTokens = new ArrayList<>();
    for (int f = 0; f < starter.size(); f++) {
      Tokenizer.Result result = tokenizer.tokenize(starter.get(f).content(), f);
      if (result instanceof Tokenizer.Unparseable bad) {
        throw CourseException.input(
            exercise
                + "/starter/"
                + starter.get(f).name()
                + ":"
                + bad.problem()
                + "; fix the exercise's starter code");
      }
      starterTokens.addAll(((Tokenizer.Parsed) result).tokens());
      starterTokens.add(new Token(SEPARATOR, f, 0));
    }
    int[] starterKinds = codes(starterTokens);
    Map<Long, int[]> starterIndex = GreedyStringTiling.index(starterKinds, STARTER_MIN_MATCH);

    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::student));
    List<Prepared> prepared = new ArrayList<>();
    List<SimilarityReport.Skipped> skipped = new ArrayList<>();
    Map<String, SimilarityReport.Submission> sources = new LinkedHashMap<>();
    for (Candidate candidate : sorted) {
      List<Token> tokens = new ArrayList<>();
      SimilarityReport.Skipped problem = null;
      for (int f = 0; f < candidate.files().size() && problem == null; f++) {
        SubmittedFile file = candidate.files().get(f);
        Tokenizer.Result result = tokenizer.tokenize(file.content(), f);
        if (result instanceof Tokenizer.Parsed parsed) {
          tokens.addAll(parsed.tokens());
          tokens.add(new Token(SEPARATOR, f, 0));
        } else {
          problem =
              new SimilarityReport.Skipped(
                  candidate.student(),
                  candidate.attempt(),
                  file.name(),
                  ((Tokenizer.Unparseable) result).problem());
        }
      }
      if (problem != null) {
        skipped.add(problem);
        continue;
      }
      int[] codes = codes(tokens);
      boolean[] marked = new boolean[codes.length];
      boolean[] starterMarked = new boolean[starterKinds.length];
      for (int i = 0; i < codes.length; i++) {
        marked[i] = tokens.get(i).kind().equals(SEPARATOR);
      }
      for (int i = 0; i < starterKinds.length; i++) {
        starterMarked[i] = starterTokens.get(i).kind().equals(SEPARATOR);
      }
      GreedyStringTiling.tiles(
          codes,
          marked,
          GreedyStringTiling.windowHashes(codes, STARTER_MIN_MATCH),
          starterKinds,
          starterMarked,
          starterIndex,
          STARTER_MIN_MATCH);
      int size = 0;
      for (boolean m : marked) {
        size += m ? 0 : 1;
      }
      prepared.add(
          new Prepared(
              candidate,
              tokens,
              codes,
              marked,
              size,
              GreedyStringTiling.windowHashes(codes, minMatch),
              GreedyStringTiling.index(codes, minMatch)));
      sources.put(
          candidate.student(),
          new SimilarityReport.Submission(
              candidate.student(), candidate.attempt(), candidate.files(), size));
    }

    // Pairs are independent and only read what was prepared, so they run on every core; the
    // ranking is a total order, so the result does not depend on which finished first.
    List<SimilarityReport.Pair> pairs =
        new ArrayList<>(
            IntStream.range(0, prepared.size())
                .parallel()
                .boxed()
                .flatMap(
                    i ->
                        IntStream.range(i + 1, prepared.size())
                            .mapToObj(j -> pair(prepared.get(i), prepared.get(j))))
                .toList());
    pairs.sort(SimilarityReport.RANKING);
    return new SimilarityReport(exercise, minMatch, sources, skipped, pairs);
  }

  private SimilarityReport.Pair pair(Prepared a, Prepared b) {
    List<GreedyStringTiling.Tile> tiles =
        GreedyStringTiling.tiles(
            a.kinds(),
            a.marked().clone(),
            a.hashes(),
            b.kinds(),
            b.marked().clone(),
            b.index(),
            minMatch);
    int matched = 0;
    List<SimilarityReport.Region> regions = new ArrayList<>();
    for (GreedyStringTiling.Tile tile : tiles) {
      matched += tile.length();
      int[] linesA = lines(a.tokens(), tile.a(), tile.length());
      int[] linesB = lines(b.tokens(), tile.b(), tile.length());
      regions.add(
          new SimilarityReport.Region(
              a.candidate().files().get(a.tokens().get(tile.a()).file()).name(),
              linesA[0],
              linesA[1],
              b.candidate().files().get(b.tokens().get(tile.b()).file()).name(),
              linesB[0],
              linesB[1],
              tile.length()));
    }
    regions.sort(
        Comparator.comparing(SimilarityReport.Region::fileA)
            .thenComparingInt(SimilarityReport.Region::fromA)
            .thenComparing(SimilarityReport.Region::fileB)
            .thenComparingInt(SimilarityReport.Region::fromB));
    int total = a.size() + b.size();
    double score = total == 0 ? 0 : 2.0 * matched / total;
    return new SimilarityReport.Pair(
        a.candidate().student(),
        b.candidate().student(),
        score,
        matched,
        a.size(),
        b.size(),
        merged(regions));
  }

  /**
   * Regions that touch or overlap on both sides as one: tiles often end and start on the same line,
   * and "5-11 ~ 7-13" reads better than "5-9 ~ 7-11, 9-11 ~ 11-13".
   */
  static List<SimilarityReport.Region> merged(List<SimilarityReport.Region> sorted) {
    List<SimilarityReport.Region> merged = new ArrayList<>();
    for (SimilarityReport.Region next : sorted) {
      int last = merged.size() - 1;
      SimilarityReport.Region current = last < 0 ? null : merged.get(last);
      if (current != null
          && current.fileA().equals(next.fileA())
          && current.fileB().equals(next.fileB())
          && next.fromA() <= current.toA() + 1
          && next.fromB() <= current.toB() + 1
          && next.toB() >= current.fromB() - 1) {
        merged.set(
            last,
            new SimilarityReport.Region(
                current.fileA(),
                current.fromA(),
                Math.max(current.toA(), next.toA()),
                current.fileB(),
                Math.min(current.fromB(), next.fromB()),
                Math.max(current.toB(), next.toB()),
                current.tokens() + next.tokens()));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /** First and last line of a run of tokens (a run never spans two files). */
  private static int[] lines(List<Token> tokens, int from, int length) {
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (int k = from; k < from + length; k++) {
      first = Math.min(first, tokens.get(k).line());
      last = Math.max(last, tokens.get(k).line());
    }
    return new int[] {first, last};
  }

  /** The same small integer for the same kind, across all submissions of one analysis. */
  private int[] codes(List<Token> tokens) {
    int[] codes = new int[tokens.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = kinds.computeIfAbsent(tokens.get(i).kind(), k -> kinds.size());
    }
    return codes;
  }
}
