package course.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analysis on the height-checker test set, without a gradebook. */
class SimilarityAnalysisTest {
  private static final String NAME = "HeightChecker.java";

  private static List<SubmittedFile> starter() throws IOException {
    Path file = Path.of("../../exercises/height-checker/starter").resolve(NAME);
    return List.of(new SubmittedFile(NAME, Files.readString(file)));
  }

  private static List<SimilarityAnalysis.Candidate> testSet() throws IOException {
    List<SimilarityAnalysis.Candidate> candidates = new ArrayList<>();
    for (String student : TestSet.students()) {
      candidates.add(new SimilarityAnalysis.Candidate(student, 1, List.of(TestSet.file(student))));
    }
    return candidates;
  }

  private static SimilarityReport analyse(List<SimilarityAnalysis.Candidate> candidates)
      throws IOException {
    return new SimilarityAnalysis(SimilarityAnalysis.DEFAULT_MIN_MATCH)
        .compare(TestSet.EXERCISE, starter(), candidates);
  }

  private static SimilarityReport.Pair pair(SimilarityReport report, String a, String b) {
    return report.pairs().stream()
        .filter(p -> p.a().equals(a) && p.b().equals(b))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theReportDoesNotDependOnTheOrderSubmissionsArriveIn() throws IOException {
    List<SimilarityAnalysis.Candidate> shuffled = new ArrayList<>(testSet());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(analyse(shuffled).pairs()).isEqualTo(analyse(testSet()).pairs());
  }

  @Test
  void swappingTwoStudentsFilesSwapsNothingButTheNames() throws IOException {
    SubmittedFile merge = TestSet.file("merge");
    SubmittedFile shuffled = TestSet.file("merge--shuffled");
    SimilarityReport.Pair forward =
        analyse(
                List.of(
                    new SimilarityAnalysis.Candidate("x", 1, List.of(merge)),
                    new SimilarityAnalysis.Candidate("y", 1, List.of(shuffled))))
            .pairs()
            .get(0);
    SimilarityReport.Pair backward =
        analyse(
                List.of(
                    new SimilarityAnalysis.Candidate("x", 1, List.of(shuffled)),
                    new SimilarityAnalysis.Candidate("y", 1, List.of(merge))))
            .pairs()
            .get(0);
    assertThat(backward.score()).isEqualTo(forward.score());
    assertThat(backward.matched()).isEqualTo(forward.matched());
  }

  @Test
  void submissionsThatAreOnlyTheStarterCodeScoreZero() throws IOException {
    SubmittedFile starter = starter().get(0);
    SimilarityReport report =
        analyse(
            List.of(
                new SimilarityAnalysis.Candidate("a", 1, List.of(starter)),
                new SimilarityAnalysis.Candidate("b", 1, List.of(starter))));
    assertThat(report.pairs().get(0).score()).isZero();
    assertThat(report.sources().get("a").tokens()).isZero();
  }

  @Test
  void theStarterCodeIsLeftOutOfEverySubmissionsTokens() throws IOException {
    SubmittedFile counting = TestSet.file("counting");
    int withStarter =
        new SimilarityAnalysis(SimilarityAnalysis.DEFAULT_MIN_MATCH)
            .compare(
                TestSet.EXERCISE,
                starter(),
                List.of(new SimilarityAnalysis.Candidate("a", 1, List.of(counting))))
            .sources()
            .get("a")
            .tokens();
    int withoutStarter =
        new SimilarityAnalysis(SimilarityAnalysis.DEFAULT_MIN_MATCH)
            .compare(
                TestSet.EXERCISE,
                List.of(),
                List.of(new SimilarityAnalysis.Candidate("a", 1, List.of(counting))))
            .sources()
            .get("a")
            .tokens();
    // CLASS METHOD PARAM ... METHOD_END CLASS_END of the given skeleton.
    assertThat(withoutStarter - withStarter).isBetween(3, 7);
  }

  @Test
  void matchingRegionsPointAtTheSameCodeInBothFiles() throws IOException {
    SimilarityReport.Pair pair = pair(analyse(testSet()), "counting", "counting--comments");
    assertThat(pair.regions()).isNotEmpty();
    // The counting loop: lines 6-8 of counting, 18-20 of counting--comments (comments between).
    assertThat(pair.regions())
        .anySatisfy(
            r -> {
              assertThat(r.fromA()).isLessThanOrEqualTo(6);
              assertThat(r.toA()).isGreaterThanOrEqualTo(8);
              assertThat(r.fromB()).isLessThanOrEqualTo(18);
              assertThat(r.toB()).isGreaterThanOrEqualTo(20);
            });
    int linesA = (int) TestSet.file("counting").content().lines().count();
    int linesB = (int) TestSet.file("counting--comments").content().lines().count();
    for (SimilarityReport.Region r : pair.regions()) {
      assertThat(r.fromA()).isPositive().isLessThanOrEqualTo(r.toA());
      assertThat(r.fromB()).isPositive().isLessThanOrEqualTo(r.toB());
      assertThat(r.toA()).isLessThanOrEqualTo(linesA);
      assertThat(r.toB()).isLessThanOrEqualTo(linesB);
    }
  }

  @Test
  void aSubmissionWithAFileThatDoesNotParseIsSkippedAndTheOthersAreCompared() throws IOException {
    List<SimilarityAnalysis.Candidate> candidates = new ArrayList<>(testSet());
    candidates.add(
        new SimilarityAnalysis.Candidate(
            "broken",
            3,
            List.of(new SubmittedFile(NAME, "public class HeightChecker {\n  int\n}\n"))));
    SimilarityReport report = analyse(candidates);
    assertThat(report.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.student()).isEqualTo("broken");
              assertThat(s.attempt()).isEqualTo(3);
              assertThat(s.file()).isEqualTo(NAME);
              assertThat(s.problem()).startsWith("2:");
            });
    assertThat(report.pairs()).noneMatch(p -> p.a().equals("broken") || p.b().equals("broken"));
    assertThat(report.sources()).hasSize(TestSet.students().size());
  }

  @Test
  void regionsThatTouchOnBothSidesAreMergedAndOthersKept() {
    String f = NAME;
    List<SimilarityReport.Region> merged =
        SimilarityAnalysis.merged(
            List.of(
                new SimilarityReport.Region(f, 7, 11, f, 11, 15, 10),
                new SimilarityReport.Region(f, 9, 18, f, 13, 22, 30),
                new SimilarityReport.Region(f, 21, 27, f, 26, 32, 12),
                new SimilarityReport.Region(f, 28, 30, f, 2, 4, 9)));
    assertThat(merged)
        .containsExactly(
            new SimilarityReport.Region(f, 7, 18, f, 11, 22, 40),
            new SimilarityReport.Region(f, 21, 27, f, 26, 32, 12),
            new SimilarityReport.Region(f, 28, 30, f, 2, 4, 9));
  }
}
