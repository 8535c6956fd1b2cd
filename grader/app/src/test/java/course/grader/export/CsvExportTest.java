package course.grader.export;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.compileError;
import static course.grader.gradebook.SampleReports.failed;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Gradebook;
import course.grader.policy.GradeSheet;
import course.grader.policy.Policy;
import course.grader.report.GradeReport;
import course.grader.report.Points;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  @TempDir Path dir;
  Gradebook gradebook;

  @BeforeEach
  void open() {
    gradebook = Gradebook.open(dir.resolve("gradebook.db"));
  }

  @AfterEach
  void close() {
    gradebook.close();
  }

  @Test
  void oneRowPerStudentWithBestScoresEmptyCellsAndTotal() {
    record("bob", graded("loops", passed("a", 2), failed("b", 2)));
    record("ann", graded("hello", passed("a", 1), failed("b", 2)));
    record("ann", graded("hello", passed("a", 1), passed("b", 2)));
    record("ann", compileError("hello"));
    record("ann", graded("loops", passed("a", 2), passed("b", 0.5)));

    assertThat(export(List.of("hello", "loops")))
        .isEqualTo("student,hello,loops,total\r\n" + "ann,3,2.5,5.5\r\n" + "bob,,2,2\r\n");
  }

  @Test
  void exercisesMissingFromTheCourseOrderAreAppendedSortedAndUnsubmittedOnesStay() {
    record("ann", graded("zeta", passed("a", 1)));
    record("ann", graded("alpha", passed("a", 1)));
    record("ann", graded("loops", passed("a", 1)));

    assertThat(export(List.of("loops", "hello", "loops")).lines().findFirst())
        .contains("student,loops,hello,alpha,zeta,total");
  }

  @Test
  void anEmptyGradebookGivesTheHeaderOnly() {
    assertThat(export(List.of("hello"))).isEqualTo("student,hello,total\r\n");
  }

  @Test
  void studentIdsWithCommasQuotesAndNonAsciiSurviveARoundTrip() throws Exception {
    String id = "O'Brien, \"Ann\" Müller";
    record(id, graded("hello", passed("a", 1), passed("b", 1), passed("c", 1)));
    record("李雷", graded("hello", passed("a", 1)));

    String csv = export(List.of("hello"));

    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(parser.getHeaderNames()).containsExactly("student", "hello", "total");
      assertThat(records).extracting(r -> r.get("student")).containsExactly(id, "李雷");
      assertThat(records.get(0).get("hello")).isEqualTo("3");
      assertThat(records.get(0).get("total")).isEqualTo("3");
    }
  }

  @Test
  void numbersPrintWithoutATrailingPointZeroAndWithoutBinaryNoise() {
    assertThat(Points.text(3.0)).isEqualTo("3");
    assertThat(Points.text(2.5)).isEqualTo("2.5");
    assertThat(Points.text(0)).isEqualTo("0");
    assertThat(Points.text(100)).isEqualTo("100");
    assertThat(Points.text(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Points.text(1.0 / 3)).isEqualTo("0.333333");
  }

  private void record(String student, GradeReport report) {
    gradebook.record(student, report.exercise(), report, MONDAY, "test");
  }

  private String export(List<String> order) {
    StringBuilder out = new StringBuilder();
    try {
      new CsvExport()
          .write(GradeSheet.build(gradebook, Policy.DEFAULT, order, List.of(), null), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
