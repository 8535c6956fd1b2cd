package course.grader.gradebook;

import course.catalog.CourseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations, one set for SQLite and PostgreSQL. Script {@code i} (1-based) of
 * {@link #SCRIPTS} brings a gradebook from schema version {@code i - 1} to {@code i}; each runs in
 * its own transaction together with the version bump, so a crash leaves the database at a whole
 * version. The version is SQLite's {@code PRAGMA user_version}, or on PostgreSQL the one row of
 * table {@code schema_version}.
 *
 * <h2>The common form of a script</h2>
 *
 * <ul>
 *   <li>Plain SQL that both engines run, split at semicolons outside quotes and comments (so no
 *       triggers, no {@code BEGIN ... END}, no dollar quoting). No transaction statements: the
 *       script already runs in one.
 *   <li>Types are written as for SQLite: {@code INTEGER PRIMARY KEY} for a table's id, {@code
 *       INTEGER}, {@code REAL}, {@code TEXT}. {@link Dialect#translate} makes them an identity
 *       column, {@code DOUBLE PRECISION} and {@code TEXT COLLATE "C"} on PostgreSQL (so text sorts
 *       by code point on both). Booleans are {@code INTEGER} 0/1; times are ISO-8601 text.
 *   <li>Upserts as {@code INSERT ... ON CONFLICT (...) DO UPDATE SET x = excluded.x}, which both
 *       understand. A new table's id column comes first and is named {@code id}.
 *   <li>A statement only one engine should run starts with a comment line {@code --@sqlite} or
 *       {@code --@postgresql} (V3 drops a constraint: SQLite rebuilds the table, PostgreSQL drops
 *       it by name). Anything else is a plain comment.
 * </ul>
 */
final class Migrations {
  /** In order. To change the schema, add a script here; never edit a released one. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__init.sql",
          "V2__roster_extensions.sql",
          "V3__regrade_keeps_attempt.sql",
          "V4__server.sql",
          "V5__canvas_users.sql",
          "V6__leases.sql");

  private Migrations() {}

  /** The schema version this code writes. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings the gradebook to {@link #latest()}, or refuses one newer than this code. */
  static void migrate(Connection connection, Dialect dialect, String where) throws SQLException {
    // Checked first without the write lock, so opening an up-to-date gradebook never waits for
    // another process's grading run.
    refuseNewer(dialect.schemaVersion(connection), where);
    if (dialect.schemaVersion(connection) >= latest()) {
      return;
    }
    // A script may rebuild a table others refer to (V3); SQLite's procedure for that needs foreign
    // keys off, which only takes effect outside a transaction. apply() checks them before commit.
    dialect.foreignKeys(connection, false);
    try {
      upgrade(connection, dialect, where);
    } finally {
      dialect.foreignKeys(connection, true);
    }
  }

  private static void upgrade(Connection connection, Dialect dialect, String where)
      throws SQLException {
    while (dialect.schemaVersion(connection) < latest()) {
      Transaction.write(
          connection,
          dialect,
          () -> {
            dialect.lockMigrations(connection);
            // Another process may have migrated since we looked; under the lock this read is
            // final.
            int current = dialect.schemaVersion(connection);
            refuseNewer(current, where);
            if (current < latest()) {
              apply(connection, dialect, current + 1);
            }
            return null;
          });
    }
  }

  private static void refuseNewer(int version, String where) {
    if (version > latest()) {
      throw CourseException.input(
          where
              + ": gradebook schema version "
              + version
              + " is newer than this course tool understands ("
              + latest()
              + "); upgrade the tool");
    }
  }

  private static void apply(Connection connection, Dialect dialect, int version)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Step step : steps(script(version))) {
        if (step.onlyOn() == null || step.onlyOn().equals(dialect.tag())) {
          statement.execute(dialect.translate(step.sql()));
        }
      }
    }
    dialect.checkForeignKeys(connection, SCRIPTS.get(version - 1));
    dialect.setSchemaVersion(connection, version);
  }

  private static String script(int version) {
    String name = SCRIPTS.get(version - 1);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration script " + name, e);
    }
  }

  /**
   * One statement of a script, and the dialect it is only for ({@link Dialect#tag}), or null when
   * both run it.
   */
  record Step(String sql, String onlyOn) {}

  /**
   * Splits a script at semicolons outside quotes and comments, dropping comments and empty
   * statements. JDBC runs one statement per call; this keeps the scripts plain SQL files.
   */
  static List<String> statements(String script) {
    return steps(script).stream().map(Step::sql).toList();
  }

  /** As {@link #statements}, with each statement's {@code --@dialect} tag. */
  static List<Step> steps(String script) {
    List<Step> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String[] onlyOn = {null};
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '-' && script.startsWith("--", i)) {
        int end = script.indexOf('\n', i);
        if (script.startsWith("--@", i)) {
          onlyOn[0] = script.substring(i + 3, end < 0 ? script.length() : end).strip();
        }
        i = end < 0 ? script.length() : end;
      } else if (c == '/' && script.startsWith("/*", i)) {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? script.length() : end + 2;
        current.append(' ');
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(script, i);
        current.append(script, i, end);
        i = end;
      } else if (c == ';') {
        addIfNotBlank(statements, current, onlyOn);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    addIfNotBlank(statements, current, onlyOn);
    return statements;
  }

  /** The index just past the quote that closes the one at {@code open} ('' escapes a quote). */
  private static int closingQuote(String script, int open) {
    char quote = script.charAt(open);
    int i = open + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  private static void addIfNotBlank(List<Step> statements, StringBuilder current, String[] onlyOn) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(new Step(sql, onlyOn[0]));
    }
    current.setLength(0);
    onlyOn[0] = null;
  }
}
