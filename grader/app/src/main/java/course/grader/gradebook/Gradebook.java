package course.grader.gradebook;

import course.catalog.CourseException;
import course.grader.report.GradeReport;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The course's record of every graded submission: what the services need (record an attempt, read
 * histories, read for export, the roster and extensions), whatever stores it. Grading only adds
 * rows; a failing write stores nothing. {@link JdbcGradebook} keeps it in one SQLite file or a
 * PostgreSQL database, with the same SQL.
 *
 * <p>Every method may throw {@link CourseException} when the store cannot be read or written.
 */
public interface Gradebook extends AutoCloseable {
  /** The most characters stored for a test's message or output, or a diagnostic's message. */
  int MAX_TEXT = 4000;

  /** An exercise as the gradebook knows it: slug, title shown in exports, deadline. */
  record ExerciseInfo(String slug, String title, Optional<OffsetDateTime> due) {}

  /** Receives test results one at a time, so an export never holds them all. */
  @FunctionalInterface
  interface SubmissionTestVisitor {
    /**
     * @param test one of the submission's test results; null, once, for a submission without any
     */
    void visit(Submitted submission, TestResult test);
  }

  /**
   * Opens (creating or upgrading) the SQLite gradebook at {@code file}; see {@link
   * JdbcGradebook#open(Path)}.
   */
  static Gradebook open(Path file) {
    return JdbcGradebook.open(file);
  }

  /**
   * Opens (creating or upgrading) the gradebook {@code --db} names: a PostgreSQL URL ({@code
   * postgresql://user@host:port/database}) or an SQLite file path. The one place that decides.
   */
  static Gradebook open(String db) {
    return JdbcGradebook.open(db);
  }

  /**
   * Opens the SQLite gradebook at {@code file} for reading; see {@link
   * JdbcGradebook#openForReading(Path)}.
   */
  static Gradebook openForReading(Path file) {
    return JdbcGradebook.openForReading(file);
  }

  /** As {@link #open(String)}, for reading: takes no write lock, never writes a read-only file. */
  static Gradebook openForReading(String db) {
    return JdbcGradebook.openForReading(db);
  }

  /** True when {@code db} names a PostgreSQL database rather than an SQLite file. */
  static boolean isServerUrl(String db) {
    return PostgresUrl.isUrl(db);
  }

  /**
   * Stores one graded submission in a single transaction: the exercise's title and deadline, the
   * student, the submission under the student's next attempt number, its files, test results and
   * diagnostics. All of it, or nothing.
   */
  Recorded recordAttempt(
      StudentId student,
      ExerciseInfo exercise,
      GradeReport report,
      Instant submittedAt,
      String graderVersion);

  /**
   * Stores one graded submission in a single transaction (the exercise created when new, its title
   * updated); as {@link #recordAttempt} without touching the exercise's deadline.
   */
  Recorded record(
      String studentId,
      String exerciseTitle,
      GradeReport report,
      Instant submittedAt,
      String graderVersion);

  /**
   * Stores a regrade of attempt {@code originalId} in a single transaction: a new row with the
   * original's student, attempt number and submission time and the new run's results.
   */
  Recorded recordRegrade(
      long originalId, GradeReport report, Instant regradedAt, String graderVersion);

  /**
   * The students' own attempts at {@code exercise} (not the regrade rows), each with its files and
   * current grade, ordered by student then attempt.
   *
   * @param studentOrNull only this student; every student when null
   * @param every every attempt when true; otherwise each student's latest attempt only
   */
  List<StoredAttempt> storedAttempts(String exercise, String studentOrNull, boolean every);

  /** Creates or updates an exercise's title and deadline without touching its submissions. */
  void defineExercise(String slug, String title, Optional<OffsetDateTime> due, Instant now);

  /**
   * A student's attempts by exercise then attempt number, each with its tests and diagnostics; a
   * regraded attempt once, as its latest regrade.
   *
   * @param exerciseSlugOrNull only this exercise; every exercise when null
   */
  List<Attempt> history(String studentId, String exerciseSlugOrNull);

  /** As {@link #history}, but every stored row (originals and each regrade). */
  List<Attempt> storedRows(String studentId, String exerciseSlugOrNull);

  /** The files of one submission as handed in, in order; empty for an unknown id. */
  List<SubmittedFile> files(long submissionId);

  /** Every student with at least one submission, sorted by id. */
  List<String> students();

  /** Every exercise the gradebook has seen, sorted by slug. */
  List<ExerciseRow> exercises();

  /** Student id → exercise slug → best score over that student's attempts, both sorted. */
  Map<String, Map<String, Double>> bestScores();

  /**
   * Every submission without files or tests, by student, exercise and attempt; regrades included.
   *
   * @param studentOrNull only this student's; everyone's when null
   */
  List<Submitted> submissions(String studentOrNull);

  /** Every submission with each of its test results, in order, inside one read. */
  void forEachSubmissionTest(SubmissionTestVisitor visitor);

  /** Adds or replaces roster entries (by student id) in one transaction. */
  void importRoster(List<RosterEntry> entries, Instant now);

  /** The roster by student id, sorted; empty when none was imported. */
  Map<String, RosterEntry> roster();

  /**
   * Remembers students' Canvas user ids (student id → Canvas user id, as Canvas's download names
   * give them), replacing earlier ones, in one transaction.
   */
  void rememberCanvasUsers(Map<String, String> canvasUserIds, Instant now);

  /** Canvas user ids by student id, sorted; empty when no Canvas download was graded. */
  Map<String, String> canvasUsers();

  /** Records an extension; it replaces an earlier one for the same student and exercise. */
  void grantExtension(Extension extension);

  /** The extensions in force (the newest grant per student and exercise), sorted. */
  List<Extension> extensions();

  /**
   * Stores each student's new token hash in one transaction; a student's earlier token stops
   * working (the grading server's {@code roster tokens}).
   */
  void replaceTokens(Map<String, String> hashByStudent, Instant now);

  /** The student whose current token has this SHA-256, if any. */
  Optional<String> studentForTokenHash(String hash);

  /**
   * Accepts a submission for grading: a {@code queued} row, durable before this returns, unless the
   * student's key names a job queued earlier or a limit is reached (checked in the same
   * transaction, so several servers share the limits).
   */
  JobQueue.Enqueued enqueue(
      StudentId student,
      String exercise,
      List<SubmittedFile> files,
      Instant submittedAt,
      JobQueue.Options options,
      JobQueue.Limits limits);

  /**
   * Takes the next free queued job (lowest priority number, then oldest) under a new lease that
   * runs until {@code leaseUntil}: a job no lease holds, or whose lease ran out. Several processes
   * may take at once; each job goes to one.
   *
   * @param exerciseHashes only jobs queued against one of these exercise hashes; any when empty
   */
  Optional<LeasedJob> takeJob(
      String worker, Instant now, Instant leaseUntil, Set<String> exerciseHashes);

  /** Extends the lease; false when it is no longer the job's (ran out and taken, or done). */
  boolean renewLease(LeasedJob job, Instant leaseUntil);

  /** Frees the job's lease so that another worker may take it at once. */
  void releaseLease(LeasedJob job);

  /**
   * Frees every lease {@code worker} holds: a server started again under the same id knows its
   * earlier run is gone.
   *
   * @return how many jobs were freed
   */
  int releaseLeases(String worker);

  /** Free queued jobs whose exercise hash is none of {@code exerciseHashes} (at most 100). */
  List<QueuedJob> unmatchedJobs(Instant now, Set<String> exerciseHashes);

  /**
   * Records the grade of a leased job and marks it done with its answer, in one transaction: as
   * {@link #recordAttempt}, once. Empty, storing nothing, when the lease is no longer the job's (it
   * ran out and another worker took the job, or the job is done): a late result is discarded.
   *
   * @param answer the server's answer for the job, given the attempt number
   */
  Optional<Recorded> completeJob(
      LeasedJob job,
      ExerciseInfo exercise,
      GradeReport report,
      String graderVersion,
      IntFunction<String> answer);

  /** The answers of those of {@code jobIds} that are done. */
  List<JobQueue.Done> doneJobs(List<Long> jobIds);

  /** Records a worker's heartbeat (its row is created at the first). */
  void heartbeat(JobQueue.Worker worker);

  /** The queue's depth by priority and the workers by id. */
  JobQueue.State queueState(Instant now);

  /** Where the gradebook lives, for messages: its file, or its URL without a password. */
  String where();

  @Override
  void close();
}
