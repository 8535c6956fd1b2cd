package course.grader.gradebook;

import course.catalog.CourseException;
import course.grader.report.GradeReport;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The {@link Gradebook} over JDBC, in one SQLite file (sqlite-jdbc) or a PostgreSQL database
 * (pgjdbc): students, exercises, submissions with their files, test results and diagnostics.
 * Grading only adds rows. The SQL lives in this package only: {@link Migrations} (the schema),
 * {@link SubmissionWriter}, {@link GradebookReader}, {@link InstructorTables} and {@link
 * ServerTables}; it is the same on both, and what differs is in {@link Dialect}.
 *
 * <p>Several processes may open the same gradebook at once. On SQLite writers take turns (WAL
 * journal, {@code BEGIN IMMEDIATE}, a 30 s busy timeout) and readers never wait; on PostgreSQL
 * writers lock only what they change (and the attempt numbers of one student and exercise), and
 * readers read a snapshot. One instance may be shared between threads; its calls take turns.
 */
public final class JdbcGradebook implements Gradebook {
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /** The file, or the PostgreSQL URL without a password: what messages name. */
  private final String where;

  private final Connection connection;
  private final Dialect dialect;

  /** The folder of a private copy when the gradebook was opened read-only; else null. */
  private Path snapshot;

  private final SubmissionWriter writer;
  private final GradebookReader reader;
  private final InstructorTables instructor;
  private final ServerTables server;

  private JdbcGradebook(String where, Connection connection, Dialect dialect) {
    this.where = where;
    this.connection = connection;
    this.dialect = dialect;
    this.writer = new SubmissionWriter(connection, dialect);
    this.reader = new GradebookReader(connection);
    this.instructor = new InstructorTables(connection);
    this.server = new ServerTables(connection, dialect);
  }

  /**
   * Opens the gradebook {@code --db} names: a PostgreSQL URL ({@code postgresql://...}, see {@link
   * PostgresUrl}) or an SQLite file path.
   */
  public static JdbcGradebook open(String db) {
    Objects.requireNonNull(db, "db");
    return PostgresUrl.isUrl(db) ? openPostgres(PostgresUrl.parse(db)) : open(Path.of(db));
  }

  /** As {@link #open(String)}, for reading; see {@link #openForReading(Path)}. */
  public static JdbcGradebook openForReading(String db) {
    Objects.requireNonNull(db, "db");
    // A PostgreSQL reader needs no copy: it reads a snapshot and takes no lock (Dialect.beginRead),
    // and opening an up-to-date database writes nothing.
    return PostgresUrl.isUrl(db)
        ? openPostgres(PostgresUrl.parse(db))
        : openForReading(Path.of(db));
  }

  /**
   * Opens the PostgreSQL database at {@code url}, creating the gradebook's tables when it has none
   * and upgrading an older schema.
   */
  static JdbcGradebook openPostgres(PostgresUrl url) {
    Connection connection;
    try {
      connection = url.connect();
    } catch (SQLException e) {
      throw url.openFailure(e);
    }
    try {
      Migrations.migrate(connection, Dialect.POSTGRESQL, url.shown());
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw url.openFailure(e);
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
    return new JdbcGradebook(url.shown(), connection, Dialect.POSTGRESQL);
  }

  /**
   * Opens the gradebook at {@code file}, creating it and its folders when missing and upgrading an
   * older schema.
   *
   * @throws CourseException when the file is not an SQLite database, was written by a newer tool,
   *     or cannot be opened
   */
  public static JdbcGradebook open(Path file) {
    Objects.requireNonNull(file, "file");
    if (file.toString().contains("?")) {
      // sqlite-jdbc reads whatever follows '?' in the URL as connection options.
      throw CourseException.input(
          file + ": a gradebook path cannot contain '?'; pass another --db");
    }
    if (Files.isDirectory(file)) {
      throw CourseException.input(
          file + ": a folder, not a gradebook file; pass --db " + file.resolve("gradebook.db"));
    }
    createParentFolders(file);
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.exists(file) && parent != null && !Files.isWritable(parent)) {
      throw CourseException.input(
          file
              + ": cannot create a gradebook here ("
              + parent
              + " is read-only); pass --db to a"
              + " writable place");
    }
    Connection connection = connect(file);
    try {
      Migrations.migrate(connection, Dialect.SQLITE, file.toString());
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw openFailure(file, e);
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
    return new JdbcGradebook(file.toString(), connection, Dialect.SQLITE);
  }

  /**
   * Opens the gradebook at {@code file} for reading. A file this user may write is opened as by
   * {@link #open}. One it may only read (a TA's copy, a backup, a read-only mount) is copied, with
   * its write-ahead log, into a private temporary folder that is opened instead and deleted on
   * {@link #close}: reading needs only read access, and the original is never written. Writes to a
   * gradebook opened this way change only the copy; commands that write use {@link #open}.
   */
  public static JdbcGradebook openForReading(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.isRegularFile(file)
        || (Files.isWritable(file) && parent != null && Files.isWritable(parent))) {
      return open(file);
    }
    if (!Files.isReadable(file)) {
      throw CourseException.input(file + ": cannot read the gradebook; check its permissions");
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("course-gradebook-");
      Path copy = dir.resolve("gradebook.db");
      Files.copy(file, copy);
      Path wal = file.resolveSibling(file.getFileName() + "-wal");
      if (Files.isReadable(wal)) {
        Files.copy(wal, dir.resolve("gradebook.db-wal"));
      }
    } catch (java.io.IOException e) {
      throw CourseException.input(
          file + ": cannot read the gradebook (" + e.getMessage() + "); check its permissions", e);
    }
    JdbcGradebook gradebook = open(dir.resolve("gradebook.db"));
    gradebook.snapshot = dir;
    return gradebook;
  }

  /**
   * Stores one graded submission in a single transaction: the student and exercise (created or
   * updated), the submission under the student's next attempt number, its files, test results and
   * diagnostics. All of it, or nothing.
   *
   * @param exerciseTitle the title to show for {@code report.exercise()}
   * @param submittedAt when the student handed it in; stored to the millisecond
   * @throws CourseException when the student id is unusable (blank, too long, control characters,
   *     ...) or the gradebook cannot be written
   */
  @Override
  public synchronized Recorded record(
      String studentId,
      String exerciseTitle,
      GradeReport report,
      Instant submittedAt,
      String graderVersion) {
    new StudentId(studentId);
    Objects.requireNonNull(exerciseTitle, "exerciseTitle");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(graderVersion, "graderVersion");
    try {
      return Transaction.write(
          connection,
          dialect,
          () -> writer.insert(studentId, exerciseTitle, report, submittedAt, graderVersion));
    } catch (SQLException e) {
      throw failure(
          "could not record "
              + report.exercise()
              + " for student "
              + studentId
              + "; nothing was stored",
          e);
    }
  }

  @Override
  public synchronized Recorded recordAttempt(
      StudentId student,
      ExerciseInfo exercise,
      GradeReport report,
      Instant submittedAt,
      String graderVersion) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(graderVersion, "graderVersion");
    try {
      return Transaction.write(
          connection,
          dialect,
          () -> {
            writer.defineExercise(exercise.slug(), exercise.title(), exercise.due(), submittedAt);
            return writer.insert(
                student.value(), exercise.title(), report, submittedAt, graderVersion);
          });
    } catch (SQLException e) {
      throw failure(
          "could not record "
              + report.exercise()
              + " for student "
              + student
              + "; nothing was stored",
          e);
    }
  }

  /**
   * Stores a regrade of the student's own attempt {@code originalId} in a single transaction: a new
   * row that repeats the original's student, attempt number and submission time, with {@code
   * regrade_of} set to the original, and the new run's test results, diagnostics, files and tests
   * hash. Nothing is changed or deleted; the newest row of an attempt is its grade.
   *
   * @param regradedAt when the regrade ran (the exercise's {@code updated_at})
   * @throws CourseException when the gradebook cannot be written
   */
  @Override
  public synchronized Recorded recordRegrade(
      long originalId, GradeReport report, Instant regradedAt, String graderVersion) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(regradedAt, "regradedAt");
    Objects.requireNonNull(graderVersion, "graderVersion");
    try {
      return Transaction.write(
          connection,
          dialect,
          () -> writer.insertRegrade(originalId, report, regradedAt, graderVersion));
    } catch (SQLException e) {
      throw failure(
          "could not record the regrade of submission " + originalId + "; nothing was stored", e);
    }
  }

  /**
   * The students' own attempts at {@code exercise} (not the regrade rows), each with its files and
   * current grade, ordered by student then attempt.
   *
   * @param studentOrNull only this student; every student when null
   * @param every every attempt when true; otherwise each student's latest attempt only
   */
  @Override
  public synchronized List<StoredAttempt> storedAttempts(
      String exercise, String studentOrNull, boolean every) {
    Objects.requireNonNull(exercise, "exercise");
    return read(() -> reader.storedAttempts(exercise, studentOrNull, every));
  }

  /**
   * Creates or updates an exercise's title and deadline (e.g. from the course catalog) without
   * touching its submissions, points or tests hash.
   */
  @Override
  public synchronized void defineExercise(
      String slug, String title, Optional<OffsetDateTime> due, Instant now) {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(now, "now");
    try {
      Transaction.write(
          connection,
          dialect,
          () -> {
            writer.defineExercise(slug, title, due, now);
            return null;
          });
    } catch (SQLException e) {
      throw failure("could not store exercise " + slug, e);
    }
  }

  /**
   * A student's attempts, ordered by exercise slug then attempt number, each with its test results
   * and diagnostics. A regraded attempt appears once, as its latest regrade (same attempt number
   * and time, the new grade).
   *
   * @param exerciseSlugOrNull only this exercise; every exercise when null
   */
  @Override
  public synchronized List<Attempt> history(String studentId, String exerciseSlugOrNull) {
    Objects.requireNonNull(studentId, "studentId");
    return read(() -> reader.history(studentId, exerciseSlugOrNull, false));
  }

  /**
   * Every stored row of a student's submissions, regrades included (a regrade carries its
   * original's attempt number and time), ordered by exercise slug, attempt number, then row id.
   *
   * @param exerciseSlugOrNull only this exercise; every exercise when null
   */
  @Override
  public synchronized List<Attempt> storedRows(String studentId, String exerciseSlugOrNull) {
    Objects.requireNonNull(studentId, "studentId");
    return read(() -> reader.history(studentId, exerciseSlugOrNull, true));
  }

  /** The files of one submission as handed in, in order; empty for an unknown id. */
  @Override
  public synchronized List<SubmittedFile> files(long submissionId) {
    return read(() -> reader.files(submissionId));
  }

  /** Every student with at least one submission, sorted by id. */
  @Override
  public synchronized List<String> students() {
    return read(reader::students);
  }

  /** Every exercise the gradebook has seen, sorted by slug. */
  @Override
  public synchronized List<ExerciseRow> exercises() {
    return read(reader::exercises);
  }

  /**
   * Student id → exercise slug → the best score over all of that student's attempts (each with its
   * current grade: a score a regrade replaced no longer counts), both levels sorted. An exercise a
   * student never submitted has no entry.
   */
  @Override
  public synchronized Map<String, Map<String, Double>> bestScores() {
    return read(reader::bestScores);
  }

  /**
   * Every submission without files or tests, by student, exercise and attempt; regrade rows
   * included.
   *
   * @param studentOrNull only this student's; everyone's when null
   */
  @Override
  public synchronized List<Submitted> submissions(String studentOrNull) {
    return read(() -> instructor.submissions(studentOrNull));
  }

  /**
   * Every submission with each of its test results, by student, exercise, attempt and test order,
   * handed to {@code visitor} inside one read transaction.
   */
  @Override
  public synchronized void forEachSubmissionTest(SubmissionTestVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    read(
        () -> {
          instructor.forEachSubmissionTest(visitor);
          return null;
        });
  }

  /**
   * Adds or replaces roster entries (matched by student id) in one transaction; students the list
   * does not name keep theirs.
   */
  @Override
  public synchronized void importRoster(List<RosterEntry> entries, Instant now) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(now, "now");
    entries.forEach(entry -> new StudentId(entry.studentId()));
    write(
        "could not import the roster; nothing was stored",
        () -> {
          instructor.upsertRoster(entries, now);
          return null;
        });
  }

  /** The roster by student id, sorted; empty when none was imported. */
  @Override
  public synchronized Map<String, RosterEntry> roster() {
    return read(instructor::roster);
  }

  @Override
  public synchronized void rememberCanvasUsers(Map<String, String> canvasUserIds, Instant now) {
    Objects.requireNonNull(canvasUserIds, "canvasUserIds");
    Objects.requireNonNull(now, "now");
    if (canvasUserIds.isEmpty()) {
      return;
    }
    write(
        "could not store the Canvas user ids; nothing was stored",
        () -> {
          instructor.upsertCanvasUsers(canvasUserIds, now);
          return null;
        });
  }

  @Override
  public synchronized Map<String, String> canvasUsers() {
    return read(instructor::canvasUsers);
  }

  /** Records an extension; it replaces any earlier one for the same student and exercise. */
  @Override
  public synchronized void grantExtension(Extension extension) {
    Objects.requireNonNull(extension, "extension");
    new StudentId(extension.studentId());
    write(
        "could not store the extension",
        () -> {
          instructor.insertExtension(extension);
          return null;
        });
  }

  /** The extensions in force (the newest grant per student and exercise), sorted by both. */
  @Override
  public synchronized List<Extension> extensions() {
    return read(instructor::extensions);
  }

  @Override
  public synchronized void replaceTokens(Map<String, String> hashByStudent, Instant now) {
    Objects.requireNonNull(now, "now");
    hashByStudent.keySet().forEach(StudentId::new);
    write(
        "could not store the tokens; no token changed",
        () -> {
          server.replaceTokens(hashByStudent, now);
          return null;
        });
  }

  @Override
  public synchronized Optional<String> studentForTokenHash(String hash) {
    return read(() -> server.studentForTokenHash(hash));
  }

  @Override
  public synchronized JobQueue.Enqueued enqueue(
      StudentId student,
      String exercise,
      List<SubmittedFile> files,
      Instant submittedAt,
      JobQueue.Options options,
      JobQueue.Limits limits) {
    return write(
        "could not accept the submission; nothing was stored",
        () -> server.enqueue(student.value(), exercise, files, submittedAt, options, limits));
  }

  @Override
  public synchronized Optional<LeasedJob> takeJob(
      String worker, Instant now, Instant leaseUntil, Set<String> exerciseHashes) {
    String leaseId = java.util.UUID.randomUUID().toString();
    return write(
        "could not take a queued job",
        () ->
            server.claim(
                worker, leaseId, now.toEpochMilli(), leaseUntil.toEpochMilli(), exerciseHashes));
  }

  @Override
  public synchronized boolean renewLease(LeasedJob job, Instant leaseUntil) {
    return write(
        "could not renew the lease of job " + job.job().id(),
        () -> server.renew(job, leaseUntil.toEpochMilli()));
  }

  @Override
  public synchronized void releaseLease(LeasedJob job) {
    write(
        "could not free the lease of job " + job.job().id(),
        () -> server.release(job.worker(), job.job().id()));
  }

  @Override
  public synchronized int releaseLeases(String worker) {
    return write("could not free the leases of " + worker, () -> server.release(worker, 0));
  }

  @Override
  public synchronized List<QueuedJob> unmatchedJobs(Instant now, Set<String> exerciseHashes) {
    return read(() -> server.unmatched(now.toEpochMilli(), exerciseHashes));
  }

  @Override
  public synchronized Optional<Recorded> completeJob(
      LeasedJob leased,
      ExerciseInfo exercise,
      GradeReport report,
      String graderVersion,
      IntFunction<String> answer) {
    Objects.requireNonNull(leased, "leased");
    Objects.requireNonNull(report, "report");
    QueuedJob job = leased.job();
    return write(
        "could not record "
            + report.exercise()
            + " for student "
            + job.studentId()
            + "; it stays queued",
        () -> {
          if (!server.holds(leased)) {
            return Optional.empty();
          }
          Recorded recorded;
          if (job.regradeOf() != 0) {
            // Regraded at the time the regrade was asked for (the job's queue time).
            recorded =
                writer.insertRegrade(job.regradeOf(), report, job.submittedAt(), graderVersion);
          } else {
            writer.defineExercise(
                exercise.slug(), exercise.title(), exercise.due(), job.submittedAt());
            recorded =
                writer.insert(
                    job.studentId(), exercise.title(), report, job.submittedAt(), graderVersion);
          }
          if (!server.markDone(leased, recorded.submissionId(), answer.apply(recorded.attempt()))) {
            throw new SQLException("queued job " + job.id() + " changed while it was recorded");
          }
          return Optional.of(recorded);
        });
  }

  @Override
  public synchronized List<JobQueue.Done> doneJobs(List<Long> jobIds) {
    return read(() -> server.done(jobIds));
  }

  @Override
  public synchronized void heartbeat(JobQueue.Worker worker) {
    write(
        "could not record the heartbeat of " + worker.id(),
        () -> {
          server.heartbeat(worker);
          return null;
        });
  }

  @Override
  public synchronized JobQueue.State queueState(Instant now) {
    return read(() -> server.state(now.toEpochMilli()));
  }

  /** The file as given to {@link #open}, or the PostgreSQL URL without a password. */
  @Override
  public String where() {
    return where;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("could not close the gradebook", e);
    } finally {
      deleteSnapshot();
    }
  }

  private void deleteSnapshot() {
    if (snapshot == null) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(snapshot)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      // A temporary copy left behind is harmless.
    }
    snapshot = null;
  }

  private <T> T read(Transaction.Work<T> work) {
    try {
      return Transaction.read(connection, dialect, work);
    } catch (SQLException e) {
      throw failure("could not read the gradebook", e);
    }
  }

  private <T> T write(String what, Transaction.Work<T> work) {
    try {
      return Transaction.write(connection, dialect, work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private CourseException failure(String what, SQLException e) {
    return failure(where, what, e);
  }

  private static CourseException failure(Object file, String what, SQLException e) {
    if (e instanceof SQLiteException sqlite
        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY) {
      return CourseException.internal(
          file
              + ": "
              + what
              + ": another process kept the gradebook locked for "
              + BUSY_TIMEOUT_MILLIS / 1000
              + " s; try again",
          e);
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08")) {
      // PostgreSQL: the connection broke (server restarted, network cut).
      return CourseException.internal(
          file + ": " + what + ": lost the connection to the database; try again", e);
    }
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return CourseException.internal(
        file + ": " + what + " (" + message + "); check the gradebook, or run with --verbose", e);
  }

  private static void createParentFolders(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw CourseException.input(
          file + ": cannot create the gradebook's folder (" + e + "); pass another --db", e);
    }
  }

  private static Connection connect(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL is switched on after connecting (see enableWal), not here: the driver would do it
    // before the busy timeout applies.
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // FULL: a recorded grade survives a power cut, at the cost of one more fsync per submission.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // Also for the driver's own transactions; ours are explicit (see Transaction).
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Connection connection;
    try {
      connection = source.getConnection();
    } catch (SQLException e) {
      throw openFailure(file, e);
    }
    try {
      enableWal(connection);
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw openFailure(file, e);
    }
    return connection;
  }

  /**
   * Switches the file to WAL (a persistent setting, so this only writes on a new file). Two
   * processes opening a new gradebook at the same moment can get SQLITE_BUSY here without the busy
   * handler being consulted, so this waits and retries within the busy timeout itself.
   */
  private static void enableWal(Connection connection) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
    while (true) {
      try (Statement statement = connection.createStatement();
          ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
        if (mode.next() && mode.getString(1).equalsIgnoreCase("wal")) {
          return;
        }
        throw new SQLException("the gradebook's file system does not support WAL");
      } catch (SQLiteException e) {
        boolean busy =
            e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || e.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED;
        if (!busy || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(10 + (long) (Math.random() * 40));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while opening the gradebook", e);
      }
    }
  }

  private static CourseException openFailure(Path file, SQLException e) {
    if (e instanceof SQLiteException sqlite
        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
      return CourseException.input(
          file + ": not a gradebook (not an SQLite database); pass another --db", e);
    }
    return failure(file, "cannot open the gradebook", e);
  }

  private static void closeQuietly(Connection connection, Exception failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
