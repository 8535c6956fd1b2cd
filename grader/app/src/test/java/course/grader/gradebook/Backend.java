package course.grader.gradebook;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The two stores a gradebook test runs against: one parameterised suite
 * ({@code @ParameterizedClass @EnumSource(Backend.class)}), not a copy per store. SQLite is a file
 * in the test's temporary folder; PostgreSQL a fresh database in this JVM's {@link
 * PostgresCluster}.
 */
public enum Backend {
  SQLITE,
  POSTGRESQL;

  /** A new, empty place for one test's gradebook. */
  public Store create(Path tempDir) {
    switch (this) {
      case SQLITE:
        return new Store(this, tempDir.resolve("gradebook.db").toString(), null);
      case POSTGRESQL:
        PostgresCluster.Database database = PostgresCluster.get().freshDatabase();
        return new Store(this, database.url(), database);
      default:
        throw new AssertionError(this);
    }
  }

  /** One test's gradebook: what {@code --db} takes, and SQL behind the gradebook's back. */
  public static final class Store {
    private final Backend backend;
    private final String db;
    private final PostgresCluster.Database database;

    Store(Backend backend, String db, PostgresCluster.Database database) {
      this.backend = backend;
      this.db = db;
      this.database = database;
    }

    public Backend backend() {
      return backend;
    }

    /** The file path or URL, as {@code --db} takes it and as messages name it. */
    public String db() {
      return db;
    }

    public Gradebook open() {
      return Gradebook.open(db);
    }

    public Gradebook openForReading() {
      return Gradebook.openForReading(db);
    }

    /** A plain connection of its own, outside any gradebook. */
    public Connection connect() throws SQLException {
      return backend == SQLITE
          ? DriverManager.getConnection("jdbc:sqlite:" + db)
          : database.connect();
    }

    /** The first column of the first row, as text. */
    public String queryOne(String sql) throws SQLException {
      List<Object> row = row(sql);
      return row.isEmpty() || row.get(0) == null ? null : row.get(0).toString();
    }

    /** The first row's columns as the driver's objects (REAL: Double, INTEGER: Integer/Long). */
    public List<Object> row(String sql) throws SQLException {
      try (Connection connection = connect();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        List<Object> values = new ArrayList<>();
        if (rows.next()) {
          for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            Object value = rows.getObject(i);
            values.add(
                value instanceof Number n && !(value instanceof Double) ? n.longValue() : value);
          }
        }
        return values;
      }
    }

    public void execute(String... sql) throws SQLException {
      try (Connection connection = connect();
          Statement statement = connection.createStatement()) {
        for (String s : sql) {
          statement.execute(s);
        }
      }
    }

    /** The schema version the gradebook records. */
    public int schemaVersion() throws SQLException {
      return Integer.parseInt(
          queryOne(
              backend == SQLITE ? "PRAGMA user_version" : "SELECT version FROM schema_version"));
    }

    /** Sets the recorded schema version behind the gradebook's back. */
    public void setSchemaVersion(int version) throws SQLException {
      execute(
          backend == SQLITE
              ? "PRAGMA user_version = " + version
              : "UPDATE schema_version SET version = " + version);
    }

    /** The gradebook's tables (not the schema version's own), sorted, comma-separated. */
    public String tables() throws SQLException {
      return queryOne(
          backend == SQLITE
              ? "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                  + " WHERE type = 'table' ORDER BY name)"
              : "SELECT string_agg(table_name, ',' ORDER BY table_name COLLATE \"C\")"
                  + " FROM information_schema.tables WHERE table_schema = 'public'"
                  + " AND table_name <> 'schema_version'");
    }

    /** The whole schema as text: tables, columns, types, indexes. */
    public String schema() throws SQLException {
      return queryOne(
          backend == SQLITE
              ? "SELECT group_concat(sql, ';') FROM sqlite_master"
              : "SELECT string_agg(x, ';' ORDER BY x) FROM ("
                  + "SELECT table_name || '.' || column_name || ' ' || data_type"
                  + " || coalesce(' ' || collation_name, '') AS x"
                  + " FROM information_schema.columns WHERE table_schema = 'public'"
                  + " UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public') s");
    }

    public int count(String table) throws SQLException {
      return Integer.parseInt(queryOne("SELECT count(*) FROM " + table));
    }

    @Override
    public String toString() {
      return backend + " " + db;
    }
  }
}
