package course.grader.gradebook;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work between {@code BEGIN} and {@code COMMIT} on a connection left in JDBC auto-commit mode.
 *
 * <p>The driver's own transactions ({@code setAutoCommit(false)}) open the next transaction as soon
 * as one commits or rolls back, which would hold the write lock between submissions and stall every
 * other process; explicit statements hold it only while the work runs.
 */
final class Transaction {
  /** Work that touches the database. */
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transaction() {}

  /**
   * All of the work's changes, or none when it throws. On SQLite ({@code BEGIN IMMEDIATE}) the
   * write lock is taken up front, so concurrent writers wait for each other (busy timeout) instead
   * of failing with {@code SQLITE_BUSY} when a read lock cannot be upgraded; see {@link
   * Dialect#beginWrite}.
   */
  static <T> T write(Connection connection, Dialect dialect, Work<T> work) throws SQLException {
    return run(connection, dialect.beginWrite(), work);
  }

  /**
   * The work's queries all see one snapshot. In SQLite's WAL mode, and in PostgreSQL's read-only
   * snapshot, this never waits for a writer, nor makes one wait.
   */
  static <T> T read(Connection connection, Dialect dialect, Work<T> work) throws SQLException {
    return run(connection, dialect.beginRead(), work);
  }

  private static <T> T run(Connection connection, String begin, Work<T> work) throws SQLException {
    execute(connection, begin);
    try {
      T result = work.run();
      execute(connection, "COMMIT");
      return result;
    } catch (Throwable failure) {
      try {
        execute(connection, "ROLLBACK");
      } catch (SQLException | RuntimeException rollbackFailure) {
        // A failed COMMIT may already have ended the transaction; the first failure is the news.
        failure.addSuppressed(rollbackFailure);
      }
      throw failure;
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
