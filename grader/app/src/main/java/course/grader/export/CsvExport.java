package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * The gradebook as a spreadsheet: one row per student, one column per exercise holding the score of
 * the attempt the policy counts (after any late penalty), then the total. An exercise the student
 * never submitted is an empty cell. RFC 4180 (CRLF, quotes doubled), so ids with commas, quotes or
 * non-ASCII letters survive.
 *
 * <pre>
 * student,hello,loops,total
 * ann,3,2.5,5.5
 * bob,,4,4
 * </pre>
 */
public final class CsvExport implements SheetExport {
  // CSVFormat rather than CSVPrinter: it writes to the caller's Appendable without owning (closing)
  // it, and CSVPrinter's class file names SpotBugs annotations that are not on our class path,
  // which -Xlint:all -Werror turns into a build failure.
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    List<String> header = new ArrayList<>();
    header.add("student");
    sheet.exercises().forEach(e -> header.add(e.slug()));
    header.add("total");
    FORMAT.printRecord(out, header.toArray());
    for (RosterEntry student : sheet.students()) {
      List<String> row = new ArrayList<>();
      row.add(student.studentId());
      for (ExerciseRow exercise : sheet.exercises()) {
        row.add(cell(sheet.counted(student.studentId(), exercise.slug())));
      }
      row.add(number(sheet.total(student.studentId())));
      FORMAT.printRecord(out, row.toArray());
    }
  }

  static String cell(Optional<GradedAttempt> counted) {
    return counted.map(a -> number(a.finalScore())).orElse("");
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
