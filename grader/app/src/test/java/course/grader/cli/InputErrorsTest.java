package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a submission at all: one line on stderr naming the file and the fix, exit code
 * 2, no stack trace, and nothing written to the gradebook.
 */
class InputErrorsTest {
  @TempDir Path tmp;
  private CourseRunner course;
  private Path db;

  @BeforeEach
  void setUp() {
    db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
  }

  private void assertInputError(CourseRunner.Run run, String... fragments) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).startsWith("course: ").contains(fragments).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(db).as("no gradebook is written").doesNotExist();
  }

  @Test
  void missingFileIsAnInputError() {
    Path missing = tmp.resolve("Adder.java");
    assertInputError(
        course.run("submit", "adder", missing.toString(), "--student", "ann"),
        missing.toString(),
        "no such file");
  }

  @Test
  void unknownExerciseIsAnInputErrorSuggestingTheNearOneElseListingTheFewKnown()
      throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    assertInputError(
        course.run("submit", "adder2", file.toString(), "--student", "ann"),
        "unknown exercise 'adder2'",
        "did you mean 'adder'?");
    assertInputError(
        course.run("submit", "zzz", file.toString(), "--student", "ann"),
        "unknown exercise 'zzz'",
        "known: adder");
  }

  @Test
  void withJsonEveryInputErrorIsStillExactlyOneJsonObjectOnStdout() throws IOException {
    Path empty = Files.writeString(tmp.resolve("Adder.java"), "  \n");
    Path binary = Files.write(tmp.resolve("Binary.java"), new byte[] {'a', 0, 'b'});
    for (String[] args :
        new String[][] {
          {"submit", "adder", empty.toString(), "--student", "ann", "--json"},
          {"submit", "adder", binary.toString(), "--student", "ann", "--json"},
          {"submit", "adder2", empty.toString(), "--student", "ann", "--json"},
          {"test", "adder", empty.toString(), "--json"}
        }) {
      CourseRunner.Run run = course.run(args);
      assertThat(run.code()).as(run.toString()).isEqualTo(2);
      assertThat(run.out().strip().lines()).as(run.toString()).hasSize(1);
      assertThat(run.json().get("outcome").asText()).isEqualTo("input_error");
      assertThat(run.json().get("message").asText()).isNotBlank();
      assertThat(run.err()).startsWith("course: ");
      assertThat(db).as("no gradebook is written").doesNotExist();
    }
    CourseRunner.Run run =
        course.run("submit", "adder", empty.toString(), "--student", "ann", "--json");
    assertThat(run.json().get("file").asText()).isEqualTo(empty.toString());
  }

  @Test
  void aGradebookPathThatIsAFolderIsAnInputErrorWithTheFix() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("books"));
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    CourseRunner.Run run =
        new CourseRunner(CourseRunner.fixtureCourse(), folder)
            .run("submit", "adder", solution.toString(), "--student", "ann");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("a folder, not a gradebook file", "books/gradebook.db");
  }

  @Test
  void gradeOnAFileOrAZipOrAFolderOfZipsSaysWhatToDo() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    Path zip = Files.write(tmp.resolve("submissions.zip"), new byte[] {'P', 'K', 3, 4});
    Path zips = Files.createDirectories(tmp.resolve("download"));
    Files.write(zips.resolve("all.zip"), new byte[] {'P', 'K', 3, 4});
    assertInputError(course.run("grade", "adder", file.toString()), "a file, not a folder");
    assertInputError(course.run("grade", "adder", zip.toString()), "unzip it first");
    assertInputError(course.run("grade", "adder", zips.toString()), "holds only zip files");
  }

  @Test
  void emptyFileIsAnInputError() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "  \n");
    assertInputError(
        course.run("submit", "adder", file.toString(), "--student", "ann"), "the file is empty");
  }

  @Test
  void wrongClassNameIsAnInputErrorNamingBothClasses() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("Adder.java"),
            "public class Summer { public static int add(int a, int b) { return a + b; } }");
    assertInputError(
        course.run("submit", "adder", file.toString(), "--student", "ann"),
        "declares public class Summer",
        "expects class Adder");
  }

  @Test
  void binaryFileIsAnInputError() throws IOException {
    Path file = Files.write(tmp.resolve("Adder.java"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
    assertInputError(
        course.run("submit", "adder", file.toString(), "--student", "ann"), "not UTF-8 text");
  }

  @Test
  void oversizedFileIsAnInputError() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "//" + "x".repeat(300 * 1024));
    assertInputError(
        course.run("submit", "adder", file.toString(), "--student", "ann"), "larger than 256 KiB");
  }

  @Test
  void blankStudentIdIsAnInputError() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    assertInputError(course.run("submit", "adder", file.toString(), "--student", " "), "student");
  }

  @Test
  void missingStudentOptionIsAUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("Adder.java"), "public class Adder {}");
    CourseRunner.Run run = course.run("submit", "adder", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--student");
    assertThat(db).doesNotExist();
  }

  @Test
  void packageDeclarationIsRejectedWithItsLineAndRecorded() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("Adder.java"),
            "\npackage mine;\npublic class Adder { public static int add(int a, int b) { return a + b; } }");
    CourseRunner.Run run =
        course.run("submit", "adder", file.toString(), "--student", "ann", "--json");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.json().get("outcome").asText()).isEqualTo("rejected");
    assertThat(run.json().get("diagnostics").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(run.json().get("attempt").asInt()).isEqualTo(1);
  }

  @Test
  void malformedExerciseIsOneErrorNamingFileAndLine() throws IOException {
    Path root = tmp.resolve("course");
    Path ex = Files.createDirectories(root.resolve("exercises/broken"));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Broken\nsubmit: [Broken.java]\ntimout: 2s\n---\nText\n");
    CourseRunner.Run run = new CourseRunner(root, db).run("list");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("course: exercises/broken/exercise.md:4: unknown key 'timout'")
        .doesNotContain("\tat ");
  }
}
