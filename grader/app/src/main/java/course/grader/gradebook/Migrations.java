package course.grader.gradebook;

import course.catalog.CourseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations. Script {@code i} (1-based) of {@link #SCRIPTS} brings a gradebook
 * from {@code PRAGMA user_version} {@code i - 1} to {@code i}; each runs in its own transaction
 * together with the version bump, so a crash leaves the file at a whole version.
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
  static void migrate(Connection connection, Path file) throws SQLException {
    // Checked first without the write lock, so opening an up-to-date gradebook never waits for
    // another process's grading run.
    refuseNewer(userVersion(connection), file);
    if (userVersion(connection) >= latest()) {
      return;
    }
    // A script may rebuild a table others refer to (V3); SQLite's procedure for that needs foreign
    // keys off, which only takes effect outside a transaction. apply() checks them before commit.
    setForeignKeys(connection, false);
    try {
      upgrade(connection, file);
    } finally {
      setForeignKeys(connection, true);
    }
  }

  private static void upgrade(Connection connection, Path file) throws SQLException {
    while (userVersion(connection) < latest()) {
      Transaction.write(
          connection,
          () -> {
            // Another process may have migrated since we looked; under the write lock this read
            // is final.
            int current = userVersion(connection);
            refuseNewer(current, file);
            if (current < latest()) {
              apply(connection, current + 1);
            }
            return null;
          });
    }
  }

  static int userVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void refuseNewer(int version, Path file) {
    if (version > latest()) {
      throw CourseException.input(
          file
              + ": gradebook schema version "
              + version
              + " is newer than this course tool understands ("
              + latest()
              + "); upgrade the tool");
    }
  }

  private static void apply(Connection connection, int version) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script(version))) {
        statement.execute(sql);
      }
      try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new SQLException(
              "migration "
                  + SCRIPTS.get(version - 1)
                  + " broke a reference from table "
                  + broken.getString(1)
                  + " row "
                  + broken.getLong(2));
        }
      }
      // PRAGMA takes no parameters; the version is an int we computed.
      statement.execute("PRAGMA user_version = " + version);
    }
  }

  private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
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
   * Splits a script at semicolons outside quotes and comments, dropping comments and empty
   * statements. JDBC runs one statement per call; this keeps the scripts plain SQL files.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '-' && script.startsWith("--", i)) {
        int end = script.indexOf('\n', i);
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
        addIfNotBlank(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    addIfNotBlank(statements, current);
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

  private static void addIfNotBlank(List<String> statements, StringBuilder current) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(sql);
    }
    current.setLength(0);
  }
}
