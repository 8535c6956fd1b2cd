package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * The gradebook as a spreadsheet: one row per student, one column per exercise holding the best
 * score over the student's attempts, then the total. RFC 4180 (CRLF, quotes doubled), so ids with
 * commas, quotes or non-ASCII letters survive.
 *
 * <pre>
 * student,hello,loops,total
 * ann,3,2.5,5.5
 * bob,,4,4
 * </pre>
 */
public final class CsvExport {
  /**
   * Writes the table to {@code out}, which stays open.
   *
   * @param exerciseOrder the course's exercises in course order; they come first, even with no
   *     submission, then every other exercise in the gradebook sorted by slug
   */
  public void write(Gradebook gradebook, List<String> exerciseOrder, Appendable out) {
    Objects.requireNonNull(gradebook, "gradebook");
    Objects.requireNonNull(exerciseOrder, "exerciseOrder");
    Objects.requireNonNull(out, "out");
    List<String> columns = columns(gradebook, exerciseOrder);
    Map<String, Map<String, Double>> best = gradebook.bestScores();
    try {
      // CSVFormat rather than CSVPrinter: it writes to the caller's Appendable without owning
      // (closing) it, and CSVPrinter's class file names SpotBugs annotations that are not on our
      // class path, which -Xlint:all -Werror turns into a build failure.
      CSVFormat format = CSVFormat.RFC4180;
      List<String> header = new ArrayList<>();
      header.add("student");
      header.addAll(columns);
      header.add("total");
      format.printRecord(out, header.toArray());
      for (String student : gradebook.students()) {
        Map<String, Double> scores = best.getOrDefault(student, Map.of());
        List<String> row = new ArrayList<>();
        row.add(student);
        double total = 0;
        for (String exercise : columns) {
          Double score = scores.get(exercise);
          row.add(score == null ? "" : number(score));
          total += score == null ? 0 : score;
        }
        row.add(number(total));
        format.printRecord(out, row.toArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV export", e);
    }
  }

  private static List<String> columns(Gradebook gradebook, List<String> exerciseOrder) {
    Set<String> columns = new LinkedHashSet<>(exerciseOrder);
    for (ExerciseRow exercise : gradebook.exercises()) { // sorted by slug
      columns.add(exercise.slug());
    }
    return List.copyOf(columns);
  }

  /**
   * 3 rather than 3.0, 2.5 as is. Rounded to six decimals: sums of fractional points carry binary
   * noise (0.1 + 0.2 is 0.30000000000000004) that nobody wants in a grade sheet.
   */
  static String number(double value) {
    return BigDecimal.valueOf(value)
        .setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
