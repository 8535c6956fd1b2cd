package course.grader.cli;

import static course.grader.cli.Gradebooks.submit;
import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LMS imports need no hand work (issue 18, point 7). Each file is parsed as its LMS documents it:
 * Canvas's gradebook import (Student, ID, SIS User ID, SIS Login ID, Section, then assignments as
 * {@code Title (assignment id)}, a "Points Possible" row) with ID filled from the Canvas user ids
 * in the download's file names; Moodle's CSV grade import (one identifier column named as the "Map
 * to" field it maps to, then grade items).
 */
class LmsImportTest {
  /** Canvas's assignment header as its own export writes it: the title, then the id. */
  private static final Pattern CANVAS_ASSIGNMENT =
      Pattern.compile("(?<title>.+) \\((?<id>\\d+)\\)");

  /** Moodle's "Map to" user fields, as its import names them. */
  private static final List<String> MOODLE_MAP_TO =
      List.of("Email address", "ID number", "Username");

  @TempDir Path tmp;
  Path course;
  CourseRunner runner;

  @BeforeEach
  void copyTheFixtureCourse() throws IOException {
    course = tmp.resolve("course");
    Path from = CourseRunner.fixtureCourse();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path to = course.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    runner = new CourseRunner(course, tmp.resolve("gradebook.db"));
  }

  @Test
  void canvasGetsTheUserIdsOfTheDownloadNamesAndAssignmentHeadersWithTheirIds() throws Exception {
    Files.writeString(course.resolve("course.yaml"), "canvas:\n  assignments:\n    adder: 4711\n");
    Path downloads = Files.createDirectories(tmp.resolve("downloads"));
    String solution = Files.readString(course.resolve("exercises/adder/solution/Adder.java"));
    Files.writeString(downloads.resolve("doejane_12345_678901_Adder.java"), solution);
    Files.writeString(downloads.resolve("smithbob_LATE_23456_678902_Adder-1.java"), solution);
    CourseRunner.Run grade = runner.run("grade", "adder", downloads.toString());
    assertThat(grade.code()).as(grade.toString()).isZero();

    CourseRunner.Run export = runner.run("gradebook", "export", "--format", "canvas");
    assertThat(export.code()).as(export.toString()).isZero();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(export.out())).getRecords();
    List<String> header = records.get(0).toList();
    assertThat(header.subList(0, 5))
        .containsExactly("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
    assertThat(header).hasSize(6);
    Matcher assignment = CANVAS_ASSIGNMENT.matcher(header.get(5));
    assertThat(assignment.matches()).as(header.get(5)).isTrue();
    assertThat(assignment.group("title")).isEqualTo("Adder");
    assertThat(assignment.group("id")).isEqualTo("4711");
    assertThat(records.get(1).get(0).strip()).isEqualTo("Points Possible");
    Map<String, String> canvasIdByLogin = new TreeMap<>();
    for (CSVRecord row : records.subList(2, records.size())) {
      canvasIdByLogin.put(row.get(3), row.get(1));
      assertThat(row.get(5)).isNotEmpty();
    }
    assertThat(canvasIdByLogin)
        .containsExactly(Map.entry("doejane", "12345"), Map.entry("smithbob", "23456"));
  }

  @Test
  void aCanvasAssignmentForAnUnknownExerciseIsAnInputErrorWithASuggestion() throws Exception {
    Files.writeString(course.resolve("course.yaml"), "canvas:\n  assignments:\n    addr: 4711\n");
    try (Gradebook g = Gradebook.open(tmp.resolve("gradebook.db"))) {
      submit(g, "ann", "adder", Instant.parse("2026-11-20T08:00:00Z"), 7);
    }
    CourseRunner.Run export = runner.run("gradebook", "export", "--format", "canvas");
    assertThat(export.code()).as(export.toString()).isEqualTo(2);
    assertThat(export.err()).contains("course.yaml").contains("did you mean 'adder'");
    Files.writeString(course.resolve("course.yaml"), "canvas:\n  assignments:\n    adder: Adder\n");
    CourseRunner.Run notANumber = runner.run("gradebook", "export", "--format", "canvas");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err()).contains("course.yaml:3").contains("must be a number");
  }

  @Test
  void moodleMapsByEmailWithoutARosterWhenIdsAreEmailAddresses() throws Exception {
    try (Gradebook g = Gradebook.open(tmp.resolve("gradebook.db"))) {
      submit(g, "ann@example.org", "adder", Instant.parse("2026-11-20T08:00:00Z"), 7);
      submit(g, "bob@example.org", "adder", Instant.parse("2026-11-20T09:00:00Z"), 10);
    }
    Map<String, Map<String, String>> rows = moodle("Email address");
    assertThat(rows).containsOnlyKeys("ann@example.org", "bob@example.org");
    assertThat(rows.get("ann@example.org")).containsEntry("Adder", "7");
  }

  @Test
  void moodleTakesTheRostersEmailElseItsIdNumberElseTheUsername() throws Exception {
    try (Gradebook g = Gradebook.open(tmp.resolve("gradebook.db"))) {
      submit(g, "ann", "adder", Instant.parse("2026-11-20T08:00:00Z"), 7);
      submit(g, "bob", "adder", Instant.parse("2026-11-20T09:00:00Z"), 10);
    }
    assertThat(moodle("Username")).containsOnlyKeys("ann", "bob");

    roster("id,name,sis_id\nann,Ann,S-1\nbob,Bob,S-2\n");
    assertThat(moodle("ID number")).containsOnlyKeys("S-1", "S-2");

    roster("id,name,email,sis_id\nann,Ann,ann@uni.example,S-1\nbob,Bob,bob@uni.example,\n");
    Map<String, Map<String, String>> byEmail = moodle("Email address");
    assertThat(byEmail).containsOnlyKeys("ann@uni.example", "bob@uni.example");
    assertThat(byEmail.get("bob@uni.example")).containsEntry("Adder", "10");
  }

  private void roster(String csv) throws IOException {
    Path file = Files.writeString(tmp.resolve("roster.csv"), csv, StandardCharsets.UTF_8);
    CourseRunner.Run run = runner.run("roster", "import", file.toString());
    assertThat(run.code()).as(run.toString()).isZero();
  }

  /**
   * The Moodle export parsed as Moodle's import reads it: the first column is the identifier, named
   * as the "Map to" field, every column after "Full name" a grade item; rows by identifier.
   */
  private Map<String, Map<String, String>> moodle(String identifier) throws IOException {
    CourseRunner.Run export = runner.run("gradebook", "export", "--format", "moodle");
    assertThat(export.code()).as(export.toString()).isZero();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(export.out())).getRecords();
    List<String> header = records.get(0).toList();
    assertThat(header.get(0)).isEqualTo(identifier);
    assertThat(header.subList(1, header.size())).doesNotContainAnyElementsOf(MOODLE_MAP_TO);
    assertThat(header.get(1)).isEqualTo("Full name");
    Map<String, Map<String, String>> rows = new TreeMap<>();
    for (CSVRecord row : records.subList(1, records.size())) {
      Map<String, String> items = new TreeMap<>();
      for (int i = 2; i < header.size(); i++) {
        assertThat(row.get(i)).matches("|\\d+(\\.\\d+)?");
        items.put(header.get(i), row.get(i));
      }
      assertThat(rows.put(row.get(0), items)).as("one row per user").isNull();
    }
    return rows;
  }
}
