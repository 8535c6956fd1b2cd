package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV for Moodle's "Import grades from CSV": Moodle lets the instructor map one column to the
 * user (by email address, username or ID number) and each other column to a grade item, so this
 * writes all three identity columns plus the full name, then one column per exercise headed by its
 * title.
 *
 * <pre>
 * Username,ID number,Email address,Full name,Height Checker,...
 * ann,S-1001,ann@example.org,"Müller, Ann",23,...
 * </pre>
 *
 * Username is our student id, ID number the roster's sis_id, Email address and Full name the
 * roster's. No total: Moodle computes the course total and will not import into it.
 */
public final class MoodleExport implements SheetExport {
  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    List<String> header =
        new ArrayList<>(List.of("Username", "ID number", "Email address", "Full name"));
    sheet.exercises().forEach(e -> header.add(e.title()));
    CsvExport.FORMAT.printRecord(out, header.toArray());
    for (RosterEntry student : sheet.students()) {
      List<String> row = new ArrayList<>();
      row.add(student.studentId());
      row.add(student.sisId());
      row.add(student.email());
      row.add(student.name());
      for (ExerciseRow exercise : sheet.exercises()) {
        row.add(CsvExport.cell(sheet.counted(student.studentId(), exercise.slug())));
      }
      CsvExport.FORMAT.printRecord(out, row.toArray());
    }
  }
}
