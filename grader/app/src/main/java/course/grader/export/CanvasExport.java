package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import course.grader.report.Points;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Canvas's gradebook import CSV: the identity columns Canvas's own gradebook export writes, then
 * one column per exercise headed by its title, and a second row "Points Possible". Canvas matches
 * an assignment column by its name (a new name creates an assignment) and a student by any one of
 * Student, ID, SIS User ID (see grader/docs/instructor.md for the sources).
 *
 * <pre>
 * Student,ID,SIS User ID,SIS Login ID,Section,Height Checker,...
 *     Points Possible,,,,,26,...
 * "Müller, Ann",,S-1001,ann,Mon 10:00,23,...
 * </pre>
 *
 * Student is the roster name (the id when the roster has none); ID, Canvas's internal user id, is
 * left empty; SIS User ID is the roster's sis_id; SIS Login ID is our student id; Section the
 * roster's section. No total column: Canvas computes its own, and ignores read-only columns.
 */
public final class CanvasExport implements SheetExport {
  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    List<String> header =
        new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
    List<String> points = new ArrayList<>(List.of("    Points Possible", "", "", "", ""));
    for (ExerciseRow exercise : sheet.exercises()) {
      header.add(exercise.title());
      points.add(sheet.maxPoints(exercise).stream().mapToObj(Points::text).findFirst().orElse(""));
    }
    CsvExport.FORMAT.printRecord(out, header.toArray());
    CsvExport.FORMAT.printRecord(out, points.toArray());
    for (RosterEntry student : sheet.students()) {
      List<String> row = new ArrayList<>();
      row.add(student.name().isEmpty() ? student.studentId() : student.name());
      row.add("");
      row.add(student.sisId());
      row.add(student.studentId());
      row.add(student.section());
      for (ExerciseRow exercise : sheet.exercises()) {
        row.add(CsvExport.cell(sheet.counted(student.studentId(), exercise.slug())));
      }
      CsvExport.FORMAT.printRecord(out, row.toArray());
    }
  }
}
