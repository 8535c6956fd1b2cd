package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Backend;
import course.grader.gradebook.PostgresCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every instructor command that works on an SQLite gradebook works on a PostgreSQL one ({@code --db
 * postgresql://user@host:port/db}, a real throwaway cluster: {@link PostgresCluster}) and prints
 * the same: the same session runs against both, and the outputs are compared after masking times.
 */
class PostgresThroughCliTest {
  @TempDir Path tmp;

  private static final Path COURSE = CourseRunner.fixtureCourse();
  private static final Path ADDER = COURSE.resolve("exercises/adder");

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aWholeTermOfCommandsPrintsTheSameOnPostgresAsOnSqlite() throws Exception {
    Map<String, CourseRunner.Run> sqlite = term(Backend.SQLITE);
    Map<String, CourseRunner.Run> postgres = term(Backend.POSTGRESQL);

    assertThat(postgres.keySet()).isEqualTo(sqlite.keySet());
    List<String> differences = new ArrayList<>();
    for (String step : sqlite.keySet()) {
      CourseRunner.Run s = sqlite.get(step);
      CourseRunner.Run p = postgres.get(step);
      if (p.code() != s.code() || !mask(p.out()).equals(mask(s.out()))) {
        differences.add(
            step
                + "\n--- sqlite:\n"
                + mask(s.toString())
                + "\n--- postgres:\n"
                + mask(p.toString()));
      }
    }
    assertThat(differences).isEmpty();
    // The session did something worth comparing.
    assertThat(sqlite.get("export csv").out()).contains("ann").contains("bob").contains("cid");
    assertThat(sqlite.get("history").out()).contains("adder");
    assertThat(sqlite.get("similarity").code()).isZero();
  }

  /** One term's commands against a fresh gradebook of {@code backend}, by step name. */
  private Map<String, CourseRunner.Run> term(Backend backend) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(backend.name()));
    Backend.Store store = backend.create(dir);
    CourseRunner course = new CourseRunner(COURSE, store.db());
    String wrong = ADDER.resolve("wrong/subtracts/Adder.java").toString();
    String solution = ADDER.resolve("solution/Adder.java").toString();
    Path roster =
        Files.writeString(dir.resolve("roster.csv"), "id,name\nann,Ann\nbob,Bob\ncid,Cid\n");
    Path folder = Files.createDirectories(dir.resolve("handed-in"));
    Files.copy(Path.of(wrong), folder.resolve("bob_Adder.java"));
    Files.copy(Path.of(solution), folder.resolve("cid_Adder.java"));

    Map<String, CourseRunner.Run> runs = new LinkedHashMap<>();
    runs.put("roster import", course.run("roster", "import", roster.toString()));
    runs.put("submit 1", course.run("submit", "adder", wrong, "--student", "ann"));
    runs.put("submit 2", course.run("submit", "adder", solution, "--student", "ann", "--json"));
    runs.put("grade", course.run("grade", "adder", folder.toString(), "--jobs", "1"));
    runs.put(
        "extension grant",
        course.run("extension", "grant", "adder", "--student", "bob", "--days", "2"));
    runs.put("regrade", course.run("regrade", "adder", "--student", "ann"));
    runs.put("history", course.run("history", "--student", "ann"));
    runs.put("history json", course.run("history", "--student", "ann", "--json"));
    runs.put("list", course.run("list", "--student", "bob"));
    runs.put("gradebook show", course.run("gradebook", "show"));
    for (String format : List.of("csv", "detailed-csv", "json", "canvas", "moodle")) {
      runs.put("export " + format, course.run("gradebook", "export", "--format", format));
    }
    runs.put("similarity", course.run("similarity", "adder", "--json", "--min-score", "0"));
    return runs;
  }

  /** Times, durations, how late, and where the gradebook is change between two runs; no more. */
  private String mask(String text) {
    return text.replace(tmp.resolve("SQLITE").toString(), "<dir>")
        .replace(tmp.resolve("POSTGRESQL").toString(), "<dir>")
        .replaceAll("postgresql://[^ \n\"]*", "<dir>/gradebook.db")
        .replaceAll(
            "\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:?\\d\\d)?",
            "<time>")
        .replaceAll("\"(duration_ms|late_ms|elapsed_ms)\" ?: ?\\d+", "\"$1\":0")
        .replaceAll("\\d+(\\.\\d+)? ?(ms|s)\\b", "<t>")
        .replaceAll("late by [^,\\n\"]*", "late by <t>")
        // late_ms in the detailed CSV: milliseconds since the deadline.
        .replaceAll(",late,\\d+,", ",late,<ms>,");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void oneSubmitThroughAServerOnPostgresIsGradedAndRecorded() throws Exception {
    // The server keeps its TLS identity in the course folder when the gradebook is a URL: a copy.
    Path course = tmp.resolve("course");
    CourseRunner.copyTree(COURSE, course);
    Backend.Store store = Backend.POSTGRESQL.create(tmp);
    try (ServedClass served =
        new ServedClass(course, "adder", tmp.resolve("class"), store.db(), List.of("alice"))) {
      served.login("alice");
      Path copy = Files.createDirectories(tmp.resolve("alice")).resolve("Adder.java");
      Files.copy(ADDER.resolve("solution/Adder.java"), copy);

      CourseRunner.Run submit = served.student("alice", "", "submit", "adder", copy.toString());

      assertThat(submit.code()).as(submit + served.errors()).isZero();
      assertThat(submit.out()).contains("adder");
      assertThat(store.queryOne("SELECT count(*) FROM submissions WHERE student_id = 'alice'"))
          .isEqualTo("1");
      assertThat(store.queryOne("SELECT state FROM queue")).isEqualTo("done");
      assertThat(course.resolve("server-identity.p12")).exists();
      CourseRunner.Run history =
          new CourseRunner(course, store.db()).run("history", "--student", "alice", "--json");
      assertThat(history.json().get(0).path("attempt").asInt()).isEqualTo(1);
    }
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutShowingIt() {
    CourseRunner.Run run =
        new CourseRunner(COURSE, "postgresql://ann:hunter2@127.0.0.1:5432/course")
            .run("history", "--student", "ann");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "course: --db postgresql://ann:***@127.0.0.1:5432/course: a password in the URL"
                + " would show in ps and the shell history; remove it and set PGPASSWORD or put"
                + " it in ~/.pgpass\n")
        .doesNotContain("hunter2");
  }

  @Test
  void anUnreachableServerAMissingDatabaseAndAWrongPasswordAreOneLineEachNamingTheFix()
      throws Exception {
    PostgresCluster cluster = PostgresCluster.get();
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    String nowhere = "postgresql://course@127.0.0.1:" + closed + "/course";
    assertOneLine(
        run(nowhere),
        3,
        nowhere
            + ": cannot reach the database server (Connection to 127.0.0.1:"
            + closed
            + " refused); start PostgreSQL there or fix the host and port in --db",
        "");

    String missing = "postgresql://course@127.0.0.1:" + cluster.port() + "/no_such_db";
    assertOneLine(
        run(missing),
        2,
        missing + ": database no_such_db does not exist; create it (createdb -O course no_such_db)",
        "or fix --db");

    String secret =
        "postgresql://"
            + PostgresCluster.SECRET_USER
            + "@127.0.0.1:"
            + cluster.port()
            + "/"
            + PostgresCluster.SECRET_USER;
    assertOneLine(
        run(secret),
        2,
        secret + ": the server asks for a password and none was given;",
        "set PGPASSWORD or put it in ~/.pgpass");

    Path pgpass = tmp.resolve("pgpass");
    Files.writeString(pgpass, "127.0.0.1:" + cluster.port() + ":*:secret:not-the-password\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    String old = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    try {
      assertOneLine(
          run(secret),
          2,
          secret + ": wrong password for user secret;",
          "set PGPASSWORD or the line for this server in ~/.pgpass");

      Files.writeString(
          pgpass,
          "127.0.0.1:" + cluster.port() + ":*:secret:" + PostgresCluster.SECRET_PASSWORD + "\n");
      CourseRunner.Run withPgpass = run(secret);
      assertThat(withPgpass.code()).as(withPgpass.toString()).isZero();
    } finally {
      if (old == null) {
        System.clearProperty("org.postgresql.pgpassfile");
      } else {
        System.setProperty("org.postgresql.pgpassfile", old);
      }
    }

    CourseRunner.Run withPgpassword = childRun(secret, PostgresCluster.SECRET_PASSWORD);
    assertThat(withPgpassword.code()).as(withPgpassword.toString()).isZero();
    assertThat(withPgpassword.out()).contains("no attempts recorded for ann in " + secret);
  }

  private static CourseRunner.Run run(String db) {
    return new CourseRunner(COURSE, db).run("history", "--student", "ann");
  }

  private static void assertOneLine(CourseRunner.Run run, int code, String start, String end) {
    assertThat(run.code()).as(run.toString()).isEqualTo(code);
    assertThat(run.err()).as(run.toString()).startsWith("course: " + start).endsWith(end + "\n");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  /** {@code course history} in a child JVM with PGPASSWORD set. */
  private CourseRunner.Run childRun(String db, String password) throws Exception {
    List<String> command =
        CourseRunner.childCommand(
            "history", "--student", "ann", "--course", COURSE.toString(), "--db", db);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PGPASSWORD", password);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new CourseRunner.Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
