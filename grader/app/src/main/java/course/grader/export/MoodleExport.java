package course.grader.export;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A CSV for Moodle's "Import grades from CSV": one identifier column, which the import maps from
 * ("Map from") to the Moodle user field of the same name ("Map to"), the full name for reading
 * (ignored by the import), then one column per exercise headed by its title, for the grade item
 * mapping.
 *
 * <pre>
 * Email address,Full name,Height Checker,...
 * ann@example.org,"Müller, Ann",23,...
 * </pre>
 *
 * The identifier is the first of these every student has, so that one mapping fits every row:
 * {@code Email address} (the roster's email, or a student id that is an email address, which maps
 * without a roster), {@code ID number} (the roster's sis_id), else {@code Username} (our student
 * id). No total: Moodle computes the course total and will not import into it.
 */
public final class MoodleExport implements SheetExport {
  /** The identifier columns, by preference, each named as Moodle's "Map to" field. */
  enum Identifier {
    EMAIL("Email address", s -> !s.email().isEmpty() ? s.email() : idIfEmail(s.studentId())),
    ID_NUMBER("ID number", RosterEntry::sisId),
    USERNAME("Username", RosterEntry::studentId);

    final String header;
    final Function<RosterEntry, String> value;

    Identifier(String header, Function<RosterEntry, String> value) {
      this.header = header;
      this.value = value;
    }

    /** The first identifier every student has. */
    static Identifier of(List<RosterEntry> students) {
      for (Identifier id : values()) {
        if (students.stream().allMatch(s -> !id.value.apply(s).isEmpty())) {
          return id;
        }
      }
      return USERNAME;
    }

    private static String idIfEmail(String studentId) {
      return studentId.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? studentId : "";
    }
  }

  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    Identifier id = Identifier.of(sheet.students());
    List<String> header = new ArrayList<>(List.of(id.header, "Full name"));
    sheet.exercises().forEach(e -> header.add(e.title()));
    CsvExport.FORMAT.printRecord(out, header.toArray());
    for (RosterEntry student : sheet.students()) {
      List<String> row = new ArrayList<>();
      row.add(id.value.apply(student));
      row.add(student.name());
      for (ExerciseRow exercise : sheet.exercises()) {
        row.add(CsvExport.cell(sheet.counted(student.studentId(), exercise.slug())));
      }
      CsvExport.FORMAT.printRecord(out, row.toArray());
    }
  }
}
