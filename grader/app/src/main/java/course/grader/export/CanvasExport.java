package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import course.grader.report.Points;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Canvas's gradebook import CSV: the identity columns Canvas's own gradebook export writes, then
 * one column per exercise, and a second row "Points Possible". Canvas matches a student by any one
 * of Student, ID, SIS User ID, and an assignment column by its header: {@code Title (id)} with the
 * assignment's id updates that assignment (the form Canvas's own export writes); a bare title
 * matches by name, and a new name creates an assignment (see grader/docs/instructor.md for the
 * sources).
 *
 * <pre>
 * Student,ID,SIS User ID,SIS Login ID,Section,Height Checker (4711),...
 *     Points Possible,,,,,26,...
 * "Müller, Ann",12345,S-1001,ann,Mon 10:00,23,...
 * </pre>
 *
 * Student is the roster name (the id when the roster has none); ID is Canvas's user id as the names
 * of a graded Canvas download gave it (empty when none did); SIS User ID is the roster's sis_id;
 * SIS Login ID is our student id; Section the roster's section. No total column: Canvas computes
 * its own, and ignores read-only columns.
 */
public final class CanvasExport implements SheetExport {
  private final Map<String, String> assignmentIds;

  /**
   * @param assignmentIds exercise slug → Canvas assignment id; exercises without one by title
   */
  public CanvasExport(Map<String, String> assignmentIds) {
    this.assignmentIds = Map.copyOf(Objects.requireNonNull(assignmentIds, "assignmentIds"));
  }

  /** Headers by title only. */
  public CanvasExport() {
    this(Map.of());
  }

  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    List<String> header =
        new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
    List<String> points = new ArrayList<>(List.of("    Points Possible", "", "", "", ""));
    for (ExerciseRow exercise : sheet.exercises()) {
      String id = assignmentIds.get(exercise.slug());
      header.add(id == null ? exercise.title() : exercise.title() + " (" + id + ")");
      points.add(sheet.maxPoints(exercise).stream().mapToObj(Points::text).findFirst().orElse(""));
    }
    CsvExport.FORMAT.printRecord(out, header.toArray());
    CsvExport.FORMAT.printRecord(out, points.toArray());
    for (RosterEntry student : sheet.students()) {
      List<String> row = new ArrayList<>();
      row.add(student.name().isEmpty() ? student.studentId() : student.name());
      row.add(student.canvasId());
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
