package course.grader.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class on loopback for tests: the fixture course with a roster and tokens, a real {@code course
 * serve} in a child JVM (real TLS, real SQLite, real sandboxed grading), and a student kit folder
 * whose {@code course.yaml} pins the server's certificate. Students run the real CLI as child JVMs,
 * each with its own config folder (where {@code course login} keeps the token).
 */
final class ServedClass implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("at https?://[^:]+:(\\d+) ");
  private static final Pattern FINGERPRINT = Pattern.compile("certificate SHA-256 ([0-9A-F:]{95})");

  final Path root;
  final Path db;

  /** What the server's --db gets: {@link #db}, or a PostgreSQL URL. */
  final String dbArg;

  final Path kit;
  final Map<String, String> tokens = new LinkedHashMap<>();
  Process server;
  int port;
  String fingerprint;
  private final List<String> serveArgs;
  private final Path course;
  private final String exercise;

  /**
   * @param students ids put on the roster, each given a token
   */
  ServedClass(Path root, List<String> students, String... serveArgs) throws Exception {
    this(CourseRunner.fixtureCourse(), "adder", root, students, serveArgs);
  }

  /**
   * @param course the instructor's course folder the server grades
   * @param exercise the exercise whose published part the kit folder gets
   */
  ServedClass(Path course, String exercise, Path root, List<String> students, String... serveArgs)
      throws Exception {
    this(course, exercise, root, null, students, serveArgs);
  }

  /**
   * @param dbUrl the server's gradebook as a PostgreSQL URL; null for an SQLite file under {@code
   *     root}
   */
  ServedClass(
      Path course,
      String exercise,
      Path root,
      String dbUrl,
      List<String> students,
      String... serveArgs)
      throws Exception {
    this.course = course;
    this.exercise = exercise;
    this.root = root;
    this.db = root.resolve("server/gradebook.db");
    this.dbArg = dbUrl == null ? db.toString() : dbUrl;
    this.kit = root.resolve("kit");
    this.serveArgs = List.of(serveArgs);
    Files.createDirectories(db.getParent());
    CourseRunner instructor = new CourseRunner(course, dbArg);
    Path roster = root.resolve("roster.csv");
    StringBuilder csv = new StringBuilder("id,name,email\n");
    for (String s : students) {
      csv.append(s).append(",Student ").append(s).append(',').append(s).append("@example.org\n");
    }
    Files.writeString(roster, csv);
    check(instructor.run("roster", "import", roster.toString()));
    Path tokenFile = root.resolve("tokens.csv");
    check(instructor.run("roster", "tokens", "--out", tokenFile.toString()));
    for (String line : Files.readAllLines(tokenFile).subList(1, students.size() + 1)) {
      String[] cells = line.split(",");
      tokens.put(cells[0], cells[cells.length - 1]);
    }
    start();
    writeKit(fingerprint);
  }

  /** Starts (or restarts) the server process and waits until it listens. */
  void start() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--bind",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--course",
                course.toString(),
                "--db",
                dbArg));
    command.addAll(serveArgs);
    server =
        new ProcessBuilder(command)
            .redirectError(root.resolve("server-" + System.nanoTime() + ".err").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
      }
      Matcher f = FINGERPRINT.matcher(line);
      if (f.find()) {
        fingerprint = f.group(1);
      }
      if (line.startsWith("Ctrl-C stops")) {
        break;
      }
    }
    if (port == 0) {
      throw new IllegalStateException("the server did not start:\n" + seen);
    }
    // Keep reading its stdout (one line per request and per graded job) into a file, so it
    // never blocks on a full pipe and a failing test can show it.
    Path log = root.resolve("server-" + System.nanoTime() + ".out");
    Thread drain =
        new Thread(
            () -> {
              try (java.io.Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String l;
                while ((l = out.readLine()) != null) {
                  w.write(l);
                  w.write('\n');
                  w.flush();
                }
              } catch (IOException e) {
                // The process ended.
              }
            });
    drain.setDaemon(true);
    drain.start();
  }

  /** What the server processes wrote to stderr so far, for a failing test's message. */
  String errors() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(root)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("server-")).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        all.append(p.getFileName())
            .append(":\n")
            .append(text.length() > 20_000 ? text.substring(text.length() - 20_000) : text);
      }
    }
    return all.toString();
  }

  /** SIGKILL: no shutdown hook, no goodbye. */
  void kill() throws Exception {
    server.destroyForcibly();
    server.waitFor(30, TimeUnit.SECONDS);
  }

  /** The published part of the fixture course, and a course.yaml naming this server. */
  void writeKit(String pinned) throws IOException {
    Path source = course.resolve("exercises/" + exercise);
    Path target = kit.resolve("exercises/" + exercise);
    for (String part : List.of("starter", "tests")) {
      CourseRunner.copyTree(source.resolve(part), target.resolve(part));
    }
    Files.copy(
        source.resolve("exercise.md"),
        target.resolve("exercise.md"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        kit.resolve("course.yaml"),
        "server: https://127.0.0.1:" + port + "\nserver_fingerprint: " + pinned + "\n");
  }

  /**
   * {@code course ARGS} in the kit, as {@code student} (their own config folder), in a child JVM.
   */
  CourseRunner.Run student(String student, String stdin, String... args) throws Exception {
    return student(student, List.of(), stdin, args);
  }

  /** As {@link #student(String, String, String...)}, with more options for the JVM. */
  CourseRunner.Run student(String student, List<String> jvm, String stdin, String... args)
      throws Exception {
    Path config = root.resolve("config/" + student);
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Dcourse.config.home=" + config,
                "-Dcourse.root=" + kit));
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(root, "out", ".txt");
    Path err = Files.createTempFile(root, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("course " + String.join(" ", args) + " did not end");
    }
    return new CourseRunner.Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Logs {@code student} in with their token. */
  void login(String student) throws Exception {
    check(student(student, tokens.get(student) + "\n", "login"));
  }

  /** One value from the server's gradebook (read while it runs). */
  String query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static CourseRunner.Run check(CourseRunner.Run run) {
    if (run.code() != 0) {
      throw new IllegalStateException(run.toString());
    }
    return run;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }
}
