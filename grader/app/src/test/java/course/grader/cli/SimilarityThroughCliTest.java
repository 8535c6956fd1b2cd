package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.grader.gradebook.Gradebook;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import course.grader.similarity.TestSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course similarity} on the real height-checker exercise and a real gradebook, with the test
 * set of {@code src/test/resources/similarity} (see {@link TestSet}).
 */
class SimilarityThroughCliTest {
  /**
   * The documented line (grader/docs/similarity.md): on the test set, every disguised copy scores
   * at least this and every pair of independent solutions less.
   */
  private static final double THRESHOLD = 0.60;

  @TempDir Path tmp;
  private Path db;
  private CourseRunner course;

  @BeforeEach
  void setUp() {
    db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.realCourse(), db);
  }

  private void recordTestSet() throws IOException {
    try (Gradebook gradebook = Gradebook.open(db)) {
      TestSet.recordAll(gradebook);
    }
  }

  private List<JsonNode> allPairs() {
    CourseRunner.Run run = course.run("similarity", "height-checker", "--json", "--top", "1000");
    assertThat(run.code()).as(run.toString()).isZero();
    List<JsonNode> pairs = new ArrayList<>();
    run.json().get("pairs").forEach(pairs::add);
    return pairs;
  }

  private static boolean plagiarised(JsonNode pair) {
    return TestSet.plagiarised(pair.get("a").asText(), pair.get("b").asText());
  }

  @Test
  void everyDisguisedCopyRanksAboveEveryPairOfIndependentSolutions() throws IOException {
    recordTestSet();
    List<JsonNode> pairs = allPairs();
    int n = TestSet.students().size();
    assertThat(pairs).hasSize(n * (n - 1) / 2);
    int lastCopy = -1;
    int firstIndependent = pairs.size();
    for (int i = 0; i < pairs.size(); i++) {
      if (plagiarised(pairs.get(i))) {
        lastCopy = i;
      } else {
        firstIndependent = Math.min(firstIndependent, i);
      }
    }
    assertThat(lastCopy).as("ranking:\n%s", pairs).isLessThan(firstIndependent);
    assertThat(pairs.stream().filter(SimilarityThroughCliTest::plagiarised)).hasSize(6);
  }

  @Test
  void copiesScoreAtLeastTheDocumentedThresholdAndIndependentSolutionsLess() throws IOException {
    recordTestSet();
    for (JsonNode pair : allPairs()) {
      if (plagiarised(pair)) {
        assertThat(pair.get("score").asDouble()).as("%s", pair).isGreaterThanOrEqualTo(THRESHOLD);
      } else {
        assertThat(pair.get("score").asDouble()).as("%s", pair).isLessThan(THRESHOLD);
      }
    }
  }

  @Test
  void theTextReportRanksPairsWithTheirScoreAndTheLinesThatMatch() throws IOException {
    recordTestSet();
    CourseRunner.Run run = course.run("similarity", "height-checker", "--top", "3");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).startsWith("height-checker: 14 submissions compared").contains("91 pairs");
    assertThat(lines[1])
        .isEqualTo("1. 100.0%  counting ~ counting--comments  (71 of 71/71 tokens)");
    assertThat(run.out())
        .containsPattern(
            "(?m)^ +counting HeightChecker\\.java:\\d+-\\d+ ~ counting--comments"
                + " HeightChecker\\.java:\\d+-\\d+$")
        .contains("3. 100.0%  selection ~ selection--while")
        .doesNotContain("4. ")
        .endsWith("3 of 91 pairs shown (--min-score 0, --top 3)\n");
  }

  @Test
  void minScoreLeavesOutPairsBelowIt() throws IOException {
    recordTestSet();
    CourseRunner.Run run =
        course.run("similarity", "height-checker", "--json", "--min-score", "60", "--top", "1000");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode pairs = run.json().get("pairs");
    assertThat(pairs).hasSize(6);
    pairs.forEach(p -> assertThat(plagiarised(p)).as("%s", p).isTrue());
  }

  @Test
  void submissionsGradedByCourseSubmitAreComparedAndOneThatDoesNotParseIsSkipped()
      throws IOException {
    Path root = TestSet.root();
    Path broken =
        Files.writeString(
            Files.createDirectories(tmp.resolve("cid")).resolve("HeightChecker.java"),
            "public class HeightChecker {\n  public static int heightChecker(int[] h) {\n"
                + "    return h.length\n  }\n}\n");
    course.run(
        "submit",
        "height-checker",
        root.resolve("counting/HeightChecker.java").toString(),
        "--student",
        "ann");
    course.run(
        "submit",
        "height-checker",
        root.resolve("counting--comments/HeightChecker.java").toString(),
        "--student",
        "bob");
    CourseRunner.Run failed =
        course.run("submit", "height-checker", broken.toString(), "--student", "cid");
    assertThat(failed.out()).as(failed.toString()).contains("compile_error");

    CourseRunner.Run run = course.run("similarity", "height-checker");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("2 submissions compared")
        .containsPattern(
            "(?m)^skipped cid \\(attempt 1\\): HeightChecker\\.java does not parse at 3:\\d+: .*;"
                + " its pairs are left out$")
        .contains("1. 100.0%  ann ~ bob")
        .doesNotContain("~ cid");
  }

  @Test
  void onlyEachStudentsLatestAttemptIsCompared() throws IOException {
    try (Gradebook gradebook = Gradebook.open(db)) {
      TestSet.record(gradebook, "ann", Outcome.GRADED, TestSet.file("counting--comments"));
      TestSet.record(gradebook, "ann", Outcome.GRADED, TestSet.file("insertion"));
      TestSet.record(gradebook, "bob", Outcome.GRADED, TestSet.file("counting"));
    }
    JsonNode report = course.run("similarity", "height-checker", "--json").json();
    assertThat(report.get("compared").get(0).get("student").asText()).isEqualTo("ann");
    assertThat(report.get("compared").get(0).get("attempt").asInt()).isEqualTo(2);
    assertThat(report.get("pairs").get(0).get("score").asDouble()).isLessThan(THRESHOLD);
  }

  @Test
  void theHtmlReportIsOneOfflineFileWithTheCodeEscaped() throws IOException {
    String hostile =
        "public class HeightChecker {\n"
            + "  public static int heightChecker(int[] heights) {\n"
            + "    String s = \"</pre><script>alert('x')</script><img src=x>\";\n"
            + "    int n = 0;\n"
            + "    for (int i = 0; i < heights.length; i++) { if (heights[i] > 1 && s != null) n++; }\n"
            + "    return n < 0 ? -1 : n;\n"
            + "  }\n"
            + "}\n";
    try (Gradebook gradebook = Gradebook.open(db)) {
      TestSet.record(
          gradebook, "ann<b>", Outcome.GRADED, new SubmittedFile("HeightChecker.java", hostile));
      TestSet.record(
          gradebook, "bob", Outcome.GRADED, new SubmittedFile("HeightChecker.java", hostile));
    }
    Path html = tmp.resolve("report.html");
    CourseRunner.Run run = course.run("similarity", "height-checker", "--html", html.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("wrote " + html);
    String page = Files.readString(html);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x&gt;")
        .contains("ann&lt;b&gt;")
        .contains("class=\"m0\"")
        .doesNotContain("<script", "<img", "ann<b>", "<link", "@import", "url(", "src=\"")
        .doesNotContainPattern("(?i)https?:");
  }

  @Test
  void withoutAGradebookItSaysWhereItLookedInOneLine() {
    CourseRunner.Run run = course.run("similarity", "height-checker");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("course: ").contains("no gradebook").contains("--db");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aMinScoreOutsideZeroToHundredIsAUsageError() throws IOException {
    recordTestSet();
    CourseRunner.Run run = course.run("similarity", "height-checker", "--min-score", "150");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("course: --min-score").contains("0 to 100");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownExerciseIsAUsageErrorNamingTheKnownOnes() throws IOException {
    recordTestSet();
    CourseRunner.Run run = course.run("similarity", "no-such-exercise");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("course: unknown exercise 'no-such-exercise'");
  }
}
