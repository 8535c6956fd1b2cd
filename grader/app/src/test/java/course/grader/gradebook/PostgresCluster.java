package course.grader.gradebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL cluster for the tests, started once per test JVM: Debian's {@code
 * initdb} (found under {@code /usr/lib/postgresql/VERSION/bin}) into a temporary folder, {@code
 * pg_ctl start} on a free loopback port with fsync off, as an unprivileged user (when the tests run
 * as root: the folder belongs to {@code postgres}, else {@code nobody}, and the commands run
 * through {@code runuser}). A shutdown hook stops it and deletes the folder. Each test takes its
 * own fresh database from {@link #freshDatabase}.
 *
 * <p>Users: {@code course}, the superuser, may connect from 127.0.0.1 without a password (the
 * tests' gradebooks use it); {@code secret} needs the password {@link #SECRET_PASSWORD} (the tests
 * of PGPASSWORD, .pgpass and a wrong password).
 */
public final class PostgresCluster {
  public static final String USER = "course";
  public static final String SECRET_USER = "secret";
  public static final String SECRET_PASSWORD = "s3cret-pw";

  private static PostgresCluster running;

  private final Path dir;
  private final Path bin;
  private final int port;
  private final List<String> runAs;
  private final AtomicInteger databases = new AtomicInteger();

  /** A database of its own for one test. */
  public record Database(String name, int port) {
    /** The URL {@code --db} takes, as user {@link #USER}. */
    public String url() {
      return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
    }

    /** The URL for user {@code user}. */
    public String url(String user) {
      return "postgresql://" + user + "@127.0.0.1:" + port + "/" + name;
    }

    /** A plain JDBC connection to it (as the superuser), for looking behind the gradebook. */
    public Connection connect() throws SQLException {
      Properties p = new Properties();
      p.setProperty("user", USER);
      return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + name, p);
    }
  }

  private PostgresCluster(Path dir, Path bin, int port, List<String> runAs) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.runAs = runAs;
  }

  /** The cluster of this test JVM, started on first use. */
  public static synchronized PostgresCluster get() {
    if (running == null) {
      running = start();
    }
    return running;
  }

  /**
   * A new empty database, owned by {@link #USER}. Its default collation is ICU's English one, as on
   * a typical server (en_US.UTF-8), not the code point order the gradebook needs: so the tests show
   * that the schema asks for that order itself. FILE_COPY: copying template0's files (fsync is off)
   * is cheaper than writing all of it to the WAL, PostgreSQL 15's default.
   */
  public Database freshDatabase() {
    String name = "gradebook_" + databases.incrementAndGet();
    try (Connection admin = adminConnection();
        Statement statement = admin.createStatement()) {
      statement.execute(
          "CREATE DATABASE "
              + name
              + " OWNER "
              + USER
              + " TEMPLATE template0 STRATEGY FILE_COPY LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new Database(name, port);
  }

  /** Runs SQL as the superuser in database {@code postgres}. */
  public void admin(String... sql) throws SQLException {
    try (Connection admin = adminConnection();
        Statement statement = admin.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
  }

  public int port() {
    return port;
  }

  /** The server's version line, for the tests' logs. */
  public String version() {
    return run(List.of(bin.resolve("postgres").toString(), "--version")).strip();
  }

  private Connection adminConnection() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
  }

  private static PostgresCluster start() {
    Path bin = findBin();
    try {
      Path dir = Files.createTempDirectory("course-postgres-");
      List<String> runAs = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        String user = userExists("postgres") ? "postgres" : "nobody";
        runAs.addAll(List.of("runuser", "-u", user, "--"));
        run(List.of("chown", user, dir.toString()));
      }
      run(List.of("chmod", "755", dir.toString()));
      Path data = dir.resolve("data");
      run(
          with(
              runAs,
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              USER,
              "--encoding=UTF8",
              "--locale=C.UTF-8",
              "--auth=trust",
              "--no-sync"));
      // The password user first: pg_hba.conf's first matching line wins.
      Path hba = data.resolve("pg_hba.conf");
      String rules =
          "host all "
              + SECRET_USER
              + " 127.0.0.1/32 scram-sha-256\n"
              + "host all all 127.0.0.1/32 trust\n"
              + "local all all trust\n";
      writeAs(runAs, hba, rules);
      RuntimeException last = null;
      for (int tries = 0; tries < 5; tries++) {
        int port = freePort();
        try {
          run(startCommand(bin, runAs, dir, port));
        } catch (RuntimeException e) {
          last = e;
          continue;
        }
        PostgresCluster cluster = new PostgresCluster(dir, bin, port, runAs);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-stop"));
        cluster.admin(
            "CREATE ROLE " + SECRET_USER + " LOGIN PASSWORD '" + SECRET_PASSWORD + "'",
            "CREATE DATABASE " + SECRET_USER + " OWNER " + SECRET_USER);
        return cluster;
      }
      throw new IllegalStateException("PostgreSQL did not start; see " + dir.resolve("log"), last);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set up the test cluster", e);
    }
  }

  private static List<String> startCommand(Path bin, List<String> runAs, Path dir, int port) {
    return with(
        runAs,
        bin.resolve("pg_ctl").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-l",
        dir.resolve("log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p "
            + port
            + " -k "
            + dir
            + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        "start");
  }

  /**
   * Stops the database server as an administrator's restart does (fast shutdown: every connection
   * is cut), keeping its data; {@link #resume} starts it again on the same port.
   */
  public synchronized void pause() {
    run(
        with(
            runAs,
            bin.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-m",
            "fast",
            "-w",
            "stop"));
  }

  /** Starts the server {@link #pause} stopped, on the same port. */
  public synchronized void resume() {
    run(startCommand(bin, runAs, dir, port));
  }

  private void stop() {
    try {
      run(
          with(
              runAs,
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } catch (RuntimeException e) {
      // Already stopped, or the JVM is going down anyway.
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  /** The newest installed PostgreSQL's bin folder. */
  private static Path findBin() {
    Path lib = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(lib)) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(PostgresCluster::notInstalled);
    } catch (IOException e) {
      throw notInstalled();
    }
  }

  private static IllegalStateException notInstalled() {
    return new IllegalStateException(
        "no /usr/lib/postgresql/*/bin/initdb: install Debian's postgresql (./run-tests does)");
  }

  private static boolean userExists(String user) {
    try {
      run(List.of("id", "-u", user));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void writeAs(List<String> runAs, Path file, String text) throws IOException {
    if (runAs.isEmpty()) {
      Files.writeString(file, text);
      return;
    }
    Path tmp = Files.createTempFile("pg_hba", ".conf");
    Files.writeString(tmp, text);
    run(List.of("cp", tmp.toString(), file.toString()));
    run(List.of("chown", runAs.get(2), file.toString()));
    Files.delete(tmp);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static List<String> with(List<String> prefix, String... command) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(command));
    return all;
  }

  private static String run(List<String> command) {
    try {
      Path log = Files.createTempFile("course-postgres-", ".log");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("timed out: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              "failed (exit " + process.exitValue() + "): " + command + "\n" + output);
        }
        return output;
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }
}
