package course.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.CourseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How --db tells a PostgreSQL URL from a file, and what it takes from one. */
class PostgresUrlTest {
  @Test
  void aUrlGivesUserHostPortAndDatabaseAndTheDefaultPortIs5432() {
    assertThat(PostgresUrl.parse("postgresql://course@db.example.org:5433/course_2026"))
        .isEqualTo(
            new PostgresUrl(
                "course",
                "db.example.org",
                5433,
                "course_2026",
                "postgresql://course@db.example.org:5433/course_2026"));
    assertThat(PostgresUrl.parse("postgres://ann%40uni@[::1]/grades"))
        .isEqualTo(
            new PostgresUrl(
                "ann@uni", "::1", 5432, "grades", "postgresql://ann%40uni@[::1]/grades"));
  }

  @Test
  void onlyThePostgresSchemesAreUrlsAndEverythingElseIsAFile() {
    assertThat(PostgresUrl.isUrl("postgresql://a@b/c")).isTrue();
    assertThat(PostgresUrl.isUrl("postgres://a@b/c")).isTrue();
    assertThat(PostgresUrl.isUrl("gradebook.db")).isFalse();
    assertThat(PostgresUrl.isUrl("./postgresql:/x.db")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgresql://db.example.org/course", // no user
        "postgresql://course@db.example.org", // no database
        "postgresql://course@db.example.org/a/b",
        "postgresql://course@db.example.org/course?sslmode=disable"
      })
  void anIncompleteUrlIsRefusedWithTheFormToWrite(String url) {
    assertThatThrownBy(() -> PostgresUrl.parse(url))
        .isInstanceOfSatisfying(
            CourseException.class, e -> assertThat(e.kind()).isEqualTo(CourseException.Kind.INPUT))
        .hasMessage(
            "--db "
                + url
                + ": write a PostgreSQL gradebook as postgresql://user@host:port/database"
                + " (the password from PGPASSWORD or ~/.pgpass)");
  }

  @Test
  void aPasswordInTheUrlIsRefusedAndNotRepeated() {
    assertThatThrownBy(() -> PostgresUrl.parse("postgresql://course:hunter2@db/course"))
        .hasMessageStartingWith("--db postgresql://course:***@db/course: a password in the URL")
        .hasMessageNotContaining("hunter2");
  }
}
