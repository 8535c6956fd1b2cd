package course.grader.similarity;

import course.grader.gradebook.Gradebook;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The height-checker similarity test set in {@code src/test/resources/similarity}: one folder per
 * student. A folder named {@code <family>--<disguise>} is a plagiarised copy of the folder named
 * {@code <family>}; folders of different families are independent solutions.
 */
public final class TestSet {
  public static final String EXERCISE = "height-checker";
  static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");

  private TestSet() {}

  public static Path root() {
    try {
      return Path.of(TestSet.class.getResource("/similarity").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The student ids, that is the folder names, sorted. */
  public static List<String> students() throws IOException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  public static String family(String student) {
    int cut = student.indexOf("--");
    return cut < 0 ? student : student.substring(0, cut);
  }

  /** True when one of the two is a disguised copy of the other. */
  public static boolean plagiarised(String a, String b) {
    return family(a).equals(family(b));
  }

  public static SubmittedFile file(String student) throws IOException {
    return new SubmittedFile(
        "HeightChecker.java",
        Files.readString(root().resolve(student).resolve("HeightChecker.java")));
  }

  /** Records {@code files} as {@code student}'s next attempt, as a graded run with no tests. */
  public static void record(
      Gradebook gradebook, String student, Outcome outcome, SubmittedFile... files) {
    GradeReport report =
        new GradeReport(EXERCISE, List.of(files), outcome, List.of(), List.of(), "", "", 1);
    gradebook.record(student, "Height Checker", report, MONDAY, "test");
  }

  /** Records the whole test set into {@code gradebook}, one attempt per student. */
  public static void recordAll(Gradebook gradebook) throws IOException {
    for (String student : students()) {
      record(gradebook, student, Outcome.GRADED, file(student));
    }
  }
}
