package course.grader.gradebook;

import course.catalog.CourseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * A PostgreSQL gradebook's address as {@code --db} takes it: {@code
 * postgresql://user@host:port/database}, libpq's URI form without a password. The password comes
 * from the environment variable {@code PGPASSWORD} or a {@code .pgpass} file (the driver reads
 * {@code ~/.pgpass} or {@code PGPASSFILE}), never from the command line, where {@code ps} and the
 * shell history would show it.
 *
 * @param shown the URL as messages name it
 */
record PostgresUrl(String user, String host, int port, String database, String shown) {
  static final int DEFAULT_PORT = 5432;

  PostgresUrl {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(shown, "shown");
  }

  /** True when {@code db} is a PostgreSQL URL rather than a file path. */
  static boolean isUrl(String db) {
    return db.startsWith("postgresql://") || db.startsWith("postgres://");
  }

  /**
   * Parses {@code postgresql://user@host[:port]/database}.
   *
   * @throws CourseException naming the fix, when the URL holds a password or lacks a part
   */
  static PostgresUrl parse(String url) {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw CourseException.input(
          "--db "
              + withoutPassword(url)
              + ": not a PostgreSQL URL ("
              + e.getReason()
              + "); write postgresql://user@host:port/database",
          e);
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      throw CourseException.input(
          "--db "
              + withoutPassword(url)
              + ": a password in the URL would show in ps and the shell history; remove it and"
              + " set PGPASSWORD or put it in ~/.pgpass");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = decode(path.startsWith("/") ? path.substring(1) : path);
    if (userInfo == null
        || userInfo.isEmpty()
        || uri.getHost() == null
        || database.isEmpty()
        || database.contains("/")
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw CourseException.input(
          "--db "
              + url
              + ": write a PostgreSQL gradebook as postgresql://user@host:port/database"
              + " (the password from PGPASSWORD or ~/.pgpass)");
    }
    String user = decode(userInfo);
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    String shown =
        "postgresql://"
            + userInfo
            + "@"
            + uri.getRawAuthority().substring(userInfo.length() + 1)
            + path;
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1); // an IPv6 literal; connect() adds them back
    }
    return new PostgresUrl(user, host, port, database, shown);
  }

  /** Connects, the password from {@code PGPASSWORD} if set, else the driver's {@code .pgpass}. */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "course");
    properties.setProperty("connectTimeout", "10");
    // A server that stops answering mid-query must not hang a command for ever.
    properties.setProperty("tcpKeepAlive", "true");
    String jdbc =
        "jdbc:postgresql://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + port
            + "/"
            + encode(database);
    return DriverManager.getConnection(jdbc, properties);
  }

  /**
   * The one line to show when {@link #connect} or the first statements fail: what happened, and
   * what to change.
   */
  CourseException openFailure(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = firstSentence(e.getMessage());
    switch (state) {
      case "28P01":
        return CourseException.input(
            shown
                + ": wrong password for user "
                + user
                + "; set PGPASSWORD or the line for this server in ~/.pgpass",
            e);
      case "08004":
        if (message.contains("password")) {
          return CourseException.input(
              shown
                  + ": the server asks for a password and none was given; set PGPASSWORD or"
                  + " put it in ~/.pgpass",
              e);
        }
        return CourseException.input(
            shown
                + ": the server refused the connection ("
                + message
                + "); check the user and the server's pg_hba.conf",
            e);
      case "3D000":
        return CourseException.input(
            shown
                + ": database "
                + database
                + " does not exist; create it (createdb -O "
                + user
                + " "
                + database
                + ") or fix --db",
            e);
      case "28000":
        return CourseException.input(
            shown
                + ": the server refused user "
                + user
                + " ("
                + message
                + "); create the user or fix --db and the server's pg_hba.conf",
            e);
      case "42501":
        return CourseException.input(
            shown
                + ": user "
                + user
                + " may not create the gradebook's tables ("
                + message
                + "); make it the database's owner (ALTER DATABASE "
                + database
                + " OWNER TO "
                + user
                + ")",
            e);
      default:
        if (state.startsWith("08")) {
          return CourseException.internal(
              shown
                  + ": cannot reach the database server ("
                  + message
                  + "); start PostgreSQL there or fix the host and port in --db",
              e);
        }
        return CourseException.internal(
            shown
                + ": cannot open the gradebook ("
                + message
                + "); check the database, or run with --verbose",
            e);
    }
  }

  @Override
  public String toString() {
    return shown;
  }

  /** The driver's message up to its first full stop: the rest is advice for another program. */
  private static String firstSentence(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
    int stop = line.indexOf(". ");
    line = stop < 0 ? line : line.substring(0, stop);
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with anything between {@code ://} and {@code @} after a colon masked. */
  private static String withoutPassword(String url) {
    return url.replaceFirst("^([a-z]+://[^:/@]*):[^@/]*@", "$1:***@");
  }

  /** Encodes a database name for the driver's URL. */
  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
