package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.grader.gradebook.Gradebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: where the course and the gradebook are, and how loud to be. */
final class Common {
  /** System property the launcher sets to its own folder. */
  static final String ROOT_PROPERTY = "course.root";

  @Option(
      names = "--course",
      paramLabel = "DIR",
      description = "The course folder (with exercises/). Default: the launcher's folder.")
  Path course;

  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "The gradebook: an SQLite file, or a PostgreSQL database as"
              + " postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass)."
              + " Default: gradebook.db in the course folder.")
  String db;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  /** The course root: --course, else the launcher's folder, else the working folder. */
  Path root() {
    if (course != null) {
      if (!Files.isDirectory(course)) {
        throw CourseException.input(
            course + ": no such folder; pass the course folder to --course");
      }
      return course.toAbsolutePath().normalize();
    }
    String property = System.getProperty(ROOT_PROPERTY);
    return Path.of(property == null || property.isBlank() ? "." : property)
        .toAbsolutePath()
        .normalize();
  }

  /** The course's exercises; in a student kit, their published part (no solution/ needed). */
  Catalog catalog() {
    Path root = root();
    return CourseConfig.read(root).kit() ? Catalog.loadPublished(root) : Catalog.load(root);
  }

  /** A kit's site comes built (and a kit lacks what a strict build checks, the solutions). */
  void refuseBuildInAKit() {
    Path root = root();
    if (CourseConfig.read(root).kit()) {
      throw CourseException.input(
          root
              + " is a student kit and its site is already built: open "
              + root.resolve("site").resolve("index.html").toUri());
    }
  }

  /**
   * A kit made without {@code --server} has neither hidden tests nor a server to send to: a submit
   * there would grade against the visible tests only and record it on the student's own disk.
   */
  void refuseSubmitInAKitWithoutServer() {
    CourseConfig config = CourseConfig.read(root());
    if (config.kit() && config.server().isEmpty()) {
      throw CourseException.input(
          root().resolve(CourseConfig.FILE)
              + ": this kit names no grading server, so 'course submit' cannot hand in; use"
              + " 'course test', and ask your instructor for a kit made with --server");
    }
  }

  /**
   * Refuses to run {@code command} in a student kit: it needs what only the instructor's folder
   * holds (hidden tests, reference solutions, the gradebook).
   */
  void refuseInKit(String command) {
    Path root = root();
    if (CourseConfig.read(root).kit()) {
      throw CourseException.input(
          "'course "
              + command
              + "' is an instructor command; "
              + root
              + " is a student kit (its course.yaml says so); run it in the instructor's course folder");
    }
  }

  /** True when --db names a PostgreSQL database. */
  boolean dbOnServer() {
    return db != null && Gradebook.isServerUrl(db);
  }

  /** The SQLite gradebook's file; only when {@link #dbOnServer} is false. */
  Path dbPath() {
    if (dbOnServer()) {
      throw new IllegalStateException("--db names a PostgreSQL database, not a file");
    }
    return db != null ? Path.of(db).toAbsolutePath().normalize() : root().resolve("gradebook.db");
  }

  /** What --db names, as {@link Gradebook#open(String)} takes it: a file path or a URL. */
  String dbLocation() {
    return dbOnServer() ? db : dbPath().toString();
  }

  /** Where the gradebook is, for messages: its file, or its URL (which never holds a password). */
  String dbWhere() {
    return dbLocation();
  }

  /**
   * Where the grading server keeps its TLS identity: beside an SQLite gradebook, else in the course
   * folder (a PostgreSQL gradebook has no folder).
   */
  Path identityFolder() {
    return dbOnServer() ? root() : dbPath().getParent();
  }

  Gradebook openGradebook() {
    return Gradebook.open(dbLocation());
  }

  /**
   * The gradebook if its file exists, for reading: views never create one, and a gradebook this
   * user may only read (a TA's copy, a backup) is read from a private copy. A PostgreSQL gradebook
   * is read from a snapshot, without locks.
   */
  Optional<Gradebook> existingGradebook() {
    if (dbOnServer()) {
      return Optional.of(Gradebook.openForReading(db));
    }
    Path path = dbPath();
    return Files.exists(path) ? Optional.of(Gradebook.openForReading(path)) : Optional.empty();
  }

  /** The gradebook a command adds to but never creates: opened for writing. */
  Gradebook requireWritableGradebook(String hint) {
    if (dbOnServer()) {
      return Gradebook.open(db);
    }
    Path path = dbPath();
    if (!Files.exists(path)) {
      throw CourseException.input(path + ": no gradebook here yet; " + hint);
    }
    return Gradebook.open(path);
  }

  /**
   * The gradebook that a command reads or adds to but never creates.
   *
   * @param hint what to do when there is none yet, e.g. "grade a submission first, or pass --db"
   */
  Gradebook requireGradebook(String hint) {
    return existingGradebook()
        .orElseThrow(() -> CourseException.input(dbWhere() + ": no gradebook here yet; " + hint));
  }
}
