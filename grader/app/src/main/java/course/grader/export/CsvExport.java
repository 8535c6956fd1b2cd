package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.report.Points;
import java.io.IOException;
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
      row.add(Points.text(sheet.total(student.studentId())));
      FORMAT.printRecord(out, row.toArray());
    }
  }

  static String cell(Optional<GradedAttempt> counted) {
    return counted.map(a -> Points.text(a.finalScore())).orElse("");
  }
}
