package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grade table never cuts a note with "…" (issue 18, point 12): the fix for a duplicate entry
 * names the entries and what to do, and the folder's path pushed it past the cut. A long note wraps
 * onto lines of its own under the NOTE column.
 */
class BatchTableNoteTest {
  @TempDir Path tmp;

  @Test
  void theDuplicateEntryFixIsPrintedInFullUnderTheNoteColumn() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("downloads-of-the-autumn-term"));
    String solution =
        Files.readString(
            CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java"));
    Files.writeString(
        Files.createDirectories(folder.resolve("alice")).resolve("Adder.java"), solution);
    Files.writeString(folder.resolve("alice_Adder.java"), solution);

    CourseRunner.Run run =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("g.db"))
            .run("grade", "adder", folder.toString());
    assertThat(run.out()).as(run.toString()).doesNotContain("…");
    List<String> lines = run.out().lines().toList();
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("STUDENT")).findFirst().orElseThrow());
    int noteColumn = lines.get(header).indexOf("NOTE");
    StringBuilder note = new StringBuilder(lines.get(header + 1).substring(noteColumn));
    for (String more : lines.subList(header + 2, lines.size())) {
      assertThat(more)
          .startsWith(" ".repeat(noteColumn))
          .hasSizeLessThanOrEqualTo(noteColumn + 100);
      note.append(' ').append(more.strip());
    }
    assertThat(note.toString())
        .isEqualTo(
            folder + ": alice/, alice_Adder.java all belong to student 'alice'; keep one of them");
  }
}
