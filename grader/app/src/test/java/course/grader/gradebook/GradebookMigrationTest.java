package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.count;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening gradebooks written by older versions of the tool. */
class GradebookMigrationTest {
  @TempDir Path dir;

  @Test
  void aVersionOneGradebookWithGradesIsUpgradedKeepingEveryRowAndReference() throws Exception {
    Path file = dir.resolve("v1.db");
    writeVersionOne(file);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO students VALUES ('ann', '2026-03-01T09:00:00.000Z')");
      statement.execute(
          "INSERT INTO exercises VALUES ('hello', 'Hello', 2, NULL, 'h1',"
              + " '2026-03-01T09:00:00.000Z')");
      for (int attempt = 1; attempt <= 2; attempt++) {
        statement.execute(
            "INSERT INTO submissions(id, student_id, exercise_slug, attempt, submitted_at, sha256,"
                + " outcome, score, max_score, duration_ms, grader_version, tests_hash) VALUES ("
                + attempt
                + ", 'ann', 'hello', "
                + attempt
                + ", '2026-03-01T09:0"
                + attempt
                + ":00.000Z', 'x', 'graded', 1, 2, 10, 'v0', 'h1')");
        statement.execute(
            "INSERT INTO submission_files VALUES (" + attempt + ", 0, 'Hello.java', 'x', 'class')");
        statement.execute(
            "INSERT INTO test_results VALUES ("
                + attempt
                + ", 0, 't', 'test t', 1, 'passed', 1, 2, '', '', 3)");
      }
    }

    try (Gradebook gradebook = Gradebook.open(file)) {
      assertThat(gradebook.history("ann", "hello"))
          .extracting(Attempt::attempt, Attempt::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, 1.0),
              org.assertj.core.groups.Tuple.tuple(2, 1.0));
      // Version 3: a regrade keeps its original's attempt number; the next own attempt is 3.
      gradebook.recordRegrade(2, graded("hello", passed("t", 2)), MONDAY, "test");
      assertThat(
              gradebook
                  .record("ann", "Hello", graded("hello", passed("t", 2)), MONDAY, "test")
                  .attempt())
          .isEqualTo(3);
    }
    assertThat(queryOne(file, "PRAGMA user_version"))
        .isEqualTo(String.valueOf(Migrations.latest()));
    assertThat(count(file, "submissions")).isEqualTo(4);
    assertThat(count(file, "test_results")).isEqualTo(4);
    assertThat(queryOne(file, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
    assertThat(queryOne(file, "PRAGMA foreign_keys")).isEqualTo("0"); // a fresh connection
    assertThat(
            queryOne(
                file,
                "SELECT attempt || ',' || submitted_at FROM submissions WHERE regrade_of = 2"))
        .isEqualTo("2,2026-03-01T09:02:00.000Z");
  }

  @Test
  void aVersionOnePostgresGradebookIsUpgradedThroughV3sOwnBranchKeepingEveryRow() throws Exception {
    Backend.Store store = Backend.POSTGRESQL.create(dir);
    String script;
    try (InputStream in = Migrations.class.getResourceAsStream("V1__init.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> v1 = new ArrayList<>();
    for (String sql : Migrations.statements(script)) {
      v1.add(Dialect.POSTGRESQL.translate(sql));
    }
    v1.add("CREATE TABLE schema_version (version INTEGER NOT NULL)");
    v1.add("INSERT INTO schema_version VALUES (1)");
    v1.add("INSERT INTO students VALUES ('ann', '2026-03-01T09:00:00.000Z')");
    v1.add(
        "INSERT INTO exercises VALUES ('hello', 'Hello', 2, NULL, 'h1', '2026-03-01T09:00:00.000Z')");
    for (int attempt = 1; attempt <= 2; attempt++) {
      v1.add(
          "INSERT INTO submissions(student_id, exercise_slug, attempt, submitted_at, sha256,"
              + " outcome, score, max_score, duration_ms, grader_version, tests_hash) VALUES"
              + " ('ann', 'hello', "
              + attempt
              + ", '2026-03-01T09:0"
              + attempt
              + ":00.000Z', 'x', 'graded', 1, 2, 10, 'v0', 'h1')");
    }
    store.execute(v1.toArray(String[]::new));

    try (Gradebook gradebook = store.open()) {
      assertThat(gradebook.history("ann", "hello"))
          .extracting(Attempt::attempt)
          .containsExactly(1, 2);
      // Without V3 the regrade would collide with attempt 2 under V1's UNIQUE constraint.
      gradebook.recordRegrade(2, graded("hello", passed("t", 2)), MONDAY, "test");
      assertThat(
              gradebook
                  .record("ann", "Hello", graded("hello", passed("t", 2)), MONDAY, "test")
                  .attempt())
          .isEqualTo(3);
    }
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.count("submissions")).isEqualTo(4);
    assertThat(
            store.queryOne(
                "SELECT attempt || ',' || submitted_at FROM submissions WHERE regrade_of = 2"))
        .isEqualTo("2,2026-03-01T09:02:00.000Z");
    assertThatThrownBy(
            () ->
                store.execute(
                    "INSERT INTO submissions(student_id, exercise_slug, attempt, submitted_at,"
                        + " sha256, outcome, score, max_score, duration_ms, grader_version,"
                        + " tests_hash) SELECT student_id, exercise_slug, attempt, submitted_at,"
                        + " sha256, outcome, score, max_score, duration_ms, grader_version,"
                        + " tests_hash FROM submissions WHERE id = 1"))
        .hasMessageContaining("submissions_attempt");
  }

  @Test
  void twoOwnAttemptsWithOneNumberAreStillRefusedAfterTheUpgrade() throws Exception {
    Path file = dir.resolve("v3.db");
    try (Gradebook gradebook = Gradebook.open(file)) {
      gradebook.record("ann", "Hello", graded("hello", passed("t", 1)), MONDAY, "test");
    }

    assertThatThrownBy(
            () ->
                SampleReports.execute(
                    file,
                    "INSERT INTO submissions(student_id, exercise_slug, attempt, submitted_at,"
                        + " sha256, outcome, score, max_score, duration_ms, grader_version,"
                        + " tests_hash) SELECT student_id, exercise_slug, attempt, submitted_at,"
                        + " sha256, outcome, score, max_score, duration_ms, grader_version,"
                        + " tests_hash FROM submissions"))
        .hasMessageContaining("UNIQUE");
  }

  @Test
  void aRegradeOfARegradeIsRefusedSoLineagesStayOneLevelDeep() {
    try (Gradebook gradebook = Gradebook.open(dir.resolve("g.db"))) {
      long original =
          gradebook
              .record("ann", "Hello", graded("hello", passed("t", 1)), MONDAY, "test")
              .submissionId();
      long regrade =
          gradebook
              .recordRegrade(original, graded("hello", passed("t", 1)), MONDAY, "test")
              .submissionId();

      assertThatThrownBy(() -> gradebook.recordRegrade(regrade, graded("hello"), MONDAY, "test"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a student's own attempt");
      assertThat(gradebook.storedAttempts("hello", null, true))
          .singleElement()
          .satisfies(a -> assertThat(a.submissionId()).isEqualTo(original));
    }
  }

  private static void writeVersionOne(Path file) throws Exception {
    String script;
    try (InputStream in = Migrations.class.getResourceAsStream("V1__init.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : Migrations.statements(script)) {
        statement.execute(sql);
      }
      statement.execute("PRAGMA user_version = 1");
    }
  }
}
