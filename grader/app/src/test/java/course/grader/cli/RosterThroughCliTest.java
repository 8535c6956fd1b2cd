package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.SampleReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code course roster import}: what it accepts, and one clear line for what it does not. */
class RosterThroughCliTest {
  @TempDir Path tmp;
  Path db;
  CourseRunner course;

  @BeforeEach
  void setUp() {
    db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
  }

  private CourseRunner.Run importing(String csv) throws Exception {
    Path file = Files.writeString(tmp.resolve("roster.csv"), csv, StandardCharsets.UTF_8);
    return course.run("roster", "import", file.toString());
  }

  @Test
  void columnsMayComeInAnyOrderAndCaseAndAreOptionalButId() throws Exception {
    CourseRunner.Run run = importing("Email,ID\nann@example.org,ann\n\nbob@example.org,bob\n");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("roster: 2 students from ");
    String moodle = course.run("gradebook", "export", "--format", "moodle").out();
    assertThat(moodle)
        .isEqualTo("Email address,Full name\r\n" + "ann@example.org,\r\n" + "bob@example.org,\r\n");
  }

  @Test
  void aLaterImportUpdatesListedStudentsAndKeepsTheOthers() throws Exception {
    importing("id,name\nann,Ann\nbob,Bob\n");
    importing("id,name\nann,Ann Smith\n");
    String csv = course.run("gradebook", "export", "--format", "moodle").out();
    assertThat(csv).contains("ann,Ann Smith").contains("bob,Bob");
  }

  @Test
  void aHeaderWithoutIdIsRefusedNamingLineOne() throws Exception {
    CourseRunner.Run run = importing("name,email\nAnn,ann@example.org\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "course: "
                + tmp.resolve("roster.csv")
                + ":1: no 'id' column; the header needs id, and may add name, email, sis_id,"
                + " section\n");
    assertThat(db).doesNotExist();
  }

  @Test
  void anUnknownColumnIsRefusedSoATypoIsNotSilentlyDropped() throws Exception {
    CourseRunner.Run run = importing("id,sisid\nann,S1\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(":1: unknown column 'sisid'; the header may name id, name");
  }

  @Test
  void aDuplicateIdNamesBothLinesAndNothingIsStored() throws Exception {
    CourseRunner.Run run = importing("id,name\nann,Ann\nbob,Bob\nann,Other Ann\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("roster.csv:4: student id 'ann' is also on line 2; keep one row");
    assertThat(db).doesNotExist();
  }

  @Test
  void anUnusableStudentIdIsRefusedWithItsLine() throws Exception {
    CourseRunner.Run run = importing("id\nann\n=cmd()\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("roster.csv:3: student id '=cmd()' starts with '='");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithTheFix() throws Exception {
    Path file = tmp.resolve("roster.csv");
    Files.write(file, new byte[] {'i', 'd', '\n', 'M', (byte) 0xFC, 'l', '\n'});
    CourseRunner.Run run = course.run("roster", "import", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("course: " + file + ": not UTF-8 text; save the roster as CSV UTF-8\n");
  }

  @Test
  void aVersionOneGradebookIsUpgradedOnFirstUseAndKeepsItsSubmissions() throws Exception {
    try (var g = Gradebook.open(db)) {
      Gradebooks.submit(g, "ann", "adder", Instant.parse("2026-11-30T10:00:00Z"), 7);
    }
    // Back to exactly what version 1 had: no roster, no extensions, user_version 1.
    SampleReports.execute(
        db,
        "DROP TABLE roster",
        "DROP TABLE extensions",
        "DROP TABLE canvas_users",
        "DROP TABLE queue",
        "DROP TABLE tokens",
        "DROP TABLE workers",
        "PRAGMA user_version = 1");

    assertThat(course.run("gradebook", "export").out())
        .isEqualTo("student,adder,total\r\nann,7,7\r\n");
    assertThat(SampleReports.queryOne(db, "PRAGMA user_version")).isEqualTo("6");
    assertThat(importing("id,name\nann,Ann\n").code()).isZero();
    assertThat(course.run("gradebook", "export", "--format", "moodle").out())
        .contains("ann,Ann,7\r\n");
  }
}
