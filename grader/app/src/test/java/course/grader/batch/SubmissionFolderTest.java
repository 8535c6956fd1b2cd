package course.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.CourseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionFolderTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} belongs to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alice_HeightChecker.java | alice",
        "bob_smith_HeightChecker.java | bob",
        "Jane Doe_123456_assignsubmission_file_HeightChecker.java | Jane Doe",
        "doejane_12345_678901_HeightChecker.java | doejane",
        "doejane_LATE_12345_678901_HeightChecker-1.java | doejane",
      })
  void lmsFileNamesNameTheStudent(String file, String student) {
    assertThat(SubmissionFolder.studentOfFile(file)).isEqualTo(student);
  }

  @Test
  void aFileNameWithoutAnUnderscoreBelongsToNobody() {
    assertThat(SubmissionFolder.studentOfFile("HeightChecker.java")).isNull();
  }

  @Test
  void moodleFoldersLoseTheirSuffixAndOtherFoldersKeepTheirName() {
    assertThat(SubmissionFolder.studentOfFolder("Jane Doe_123456_assignsubmission_file_"))
        .isEqualTo("Jane Doe");
    assertThat(SubmissionFolder.studentOfFolder("alice")).isEqualTo("alice");
  }

  @Test
  void subfoldersAndLooseFilesMixAndSortByStudent() throws IOException {
    write("carol/src/Adder.java");
    write("carol/Helper.java");
    write("Dee Lee_42_assignsubmission_file_/Adder.java");
    write("Dee Lee_42_assignsubmission_onlinetext_/onlinetext.html");
    write("alice_Adder.java");
    write("bob_12_34_Adder.java");
    write("bob_12_35_Helper.java");
    write("notes.txt");
    write(".git/config");
    write("__MACOSX/alice_Adder.java");

    List<StudentFiles> students = SubmissionFolder.scan(dir);

    assertThat(students)
        .extracting(StudentFiles::student)
        .containsExactly("Dee Lee", "alice", "bob", "carol");
    assertThat(students).allSatisfy(s -> assertThat(s.problem()).isEmpty());
    assertThat(students.get(2).files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("bob_12_34_Adder.java", "bob_12_35_Helper.java");
    assertThat(students.get(3).files()).hasSize(2);
  }

  @Test
  void aFolderWithoutJavaAFileWithoutOwnerAndADoubleSubmissionEachGetAProblem() throws IOException {
    write("dave/readme.txt");
    write("Adder.java");
    write("erin/Adder.java");
    write("erin_Adder.java");

    List<StudentFiles> students = SubmissionFolder.scan(dir);

    assertThat(students)
        .extracting(StudentFiles::student)
        .containsExactly("Adder.java", "dave", "erin");
    assertThat(students.get(0).problem()).contains("does not say whose it is");
    assertThat(students.get(1).problem()).contains("no .java file");
    assertThat(students.get(2).problem()).contains("erin/, erin_Adder.java").contains("keep one");
    assertThat(students).allSatisfy(s -> assertThat(s.files()).isEmpty());
  }

  @Test
  void aMissingFolderIsAnInputError() {
    assertThatThrownBy(() -> SubmissionFolder.scan(dir.resolve("nope")))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("no such folder");
  }

  private void write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }
}
