package course.grader.gradebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.report.SubmittedFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of the grading server's tables: tokens (schema version 4), the queue (4) and its leases
 * and workers (6).
 */
final class ServerTables {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, String>>> FILES = new TypeReference<>() {};

  private final Connection connection;
  private final Dialect dialect;

  ServerTables(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  void replaceTokens(Map<String, String> hashByStudent, Instant now) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO tokens(student_id, token_hash, issued_at) VALUES (?, ?, ?)"
                + " ON CONFLICT(student_id) DO UPDATE SET token_hash = excluded.token_hash,"
                + " issued_at = excluded.issued_at")) {
      for (Map.Entry<String, String> e : hashByStudent.entrySet()) {
        upsert.setString(1, e.getKey());
        upsert.setString(2, e.getValue());
        upsert.setString(3, UtcTime.format(now));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  Optional<String> studentForTokenHash(String hash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT student_id FROM tokens WHERE token_hash = ?")) {
      query.setString(1, hash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  JobQueue.Enqueued enqueue(
      String student,
      String exercise,
      List<SubmittedFile> files,
      Instant submittedAt,
      JobQueue.Options options,
      JobQueue.Limits limits)
      throws SQLException {
    // On PostgreSQL, one student's submissions queue one at a time (an advisory lock until the
    // transaction ends), so the key check and the limit are exact with several servers.
    dialect.lockAttempts(connection, student, "(queue)");
    if (options.clientKey() != null) {
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT id, submitted_at FROM queue WHERE student_id = ? AND client_key = ?")) {
        query.setString(1, student);
        query.setString(2, options.clientKey());
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            return new JobQueue.Enqueued(
                JobQueue.Outcome.SAME_KEY, rows.getLong(1), UtcTime.parse(rows.getString(2)), 0);
          }
        }
      }
    }
    if (options.priority() == 0) {
      int mine = count("student_id = ? AND priority = 0", student);
      if (mine >= limits.perStudent()) {
        return new JobQueue.Enqueued(JobQueue.Outcome.STUDENT_FULL, 0, submittedAt, mine);
      }
      int all = count("priority = 0", null);
      if (all >= limits.total()) {
        return new JobQueue.Enqueued(JobQueue.Outcome.QUEUE_FULL, 0, submittedAt, all);
      }
    }
    try (PreparedStatement insert =
        dialect.prepareInsert(
            connection,
            "INSERT INTO queue(student_id, exercise_slug, files, submitted_at, state, priority,"
                + " client_key, exercise_hash, regrade_of) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)")) {
      insert.setString(1, student);
      insert.setString(2, exercise);
      insert.setString(3, filesJson(files));
      insert.setString(4, UtcTime.format(submittedAt));
      insert.setInt(5, options.priority());
      insert.setString(6, options.clientKey());
      insert.setString(7, options.exerciseHash());
      if (options.regradeOf() == 0) {
        insert.setNull(8, java.sql.Types.BIGINT);
      } else {
        insert.setLong(8, options.regradeOf());
      }
      insert.executeUpdate();
      return new JobQueue.Enqueued(
          JobQueue.Outcome.QUEUED, dialect.insertedId(insert), submittedAt, 0);
    }
  }

  private int count(String where, String student) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*) FROM queue WHERE state = 'queued' AND " + where)) {
      if (student != null) {
        query.setString(1, student);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static final String JOB_COLUMNS =
      "id, student_id, exercise_slug, files, submitted_at, priority, exercise_hash, regrade_of";

  /**
   * Takes the next free job (lowest priority number, then oldest) under a new lease: queued, and no
   * lease or one that ran out.
   *
   * @param hashes only jobs queued against one of these exercise hashes (or none); any when empty
   */
  Optional<LeasedJob> claim(
      String worker, String leaseId, long nowMs, long untilMs, Set<String> hashes)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(JOB_COLUMNS)
            .append(
                " FROM queue WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < ?)");
    if (!hashes.isEmpty()) {
      sql.append(" AND (exercise_hash IS NULL OR exercise_hash IN (")
          .append(String.join(", ", java.util.Collections.nCopies(hashes.size(), "?")))
          .append("))");
    }
    sql.append(" ORDER BY priority, id LIMIT 1").append(dialect.lockSkippingLocked());
    QueuedJob job;
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      int i = 1;
      query.setLong(i++, nowMs);
      for (String hash : hashes) {
        query.setString(i++, hash);
      }
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        job = job(rows);
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE queue SET lease_id = ?, lease_owner = ?, lease_until = ?, taken = taken + 1"
                + " WHERE id = ? AND state = 'queued'")) {
      update.setString(1, leaseId);
      update.setString(2, worker);
      update.setLong(3, untilMs);
      update.setLong(4, job.id());
      if (update.executeUpdate() != 1) {
        return Optional.empty();
      }
    }
    return Optional.of(new LeasedJob(job, leaseId, worker));
  }

  /** Queued jobs no lease holds whose exercise hash is none of {@code hashes}. */
  List<QueuedJob> unmatched(long nowMs, Set<String> hashes) throws SQLException {
    List<QueuedJob> jobs = new ArrayList<>();
    if (hashes.isEmpty()) {
      return jobs;
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + JOB_COLUMNS
                + " FROM queue WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < ?)"
                + " AND exercise_hash IS NOT NULL AND exercise_hash NOT IN ("
                + String.join(", ", java.util.Collections.nCopies(hashes.size(), "?"))
                + ") ORDER BY priority, id LIMIT 100")) {
      int i = 1;
      query.setLong(i++, nowMs);
      for (String hash : hashes) {
        query.setString(i++, hash);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          jobs.add(job(rows));
        }
      }
    }
    return jobs;
  }

  /** True when the lease is still the job's current one and now runs until {@code untilMs}. */
  boolean renew(LeasedJob leased, long untilMs) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE queue SET lease_until = ? WHERE id = ? AND lease_id = ? AND state = 'queued'")) {
      update.setLong(1, untilMs);
      update.setLong(2, leased.job().id());
      update.setString(3, leased.leaseId());
      return update.executeUpdate() == 1;
    }
  }

  /** True when the job is queued under this lease (locked for the transaction's rest). */
  boolean holds(LeasedJob leased) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM queue WHERE id = ? AND state = 'queued' AND lease_id = ?"
                + dialect.lockRow())) {
      query.setLong(1, leased.job().id());
      query.setString(2, leased.leaseId());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Frees one job's lease, or (job id 0) every lease {@code worker} holds. */
  int release(String worker, long jobId) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE queue SET lease_id = NULL, lease_owner = NULL, lease_until = NULL"
                + " WHERE state = 'queued' AND lease_owner = ?"
                + (jobId == 0 ? "" : " AND id = ?"))) {
      update.setString(1, worker);
      if (jobId != 0) {
        update.setLong(2, jobId);
      }
      return update.executeUpdate();
    }
  }

  /** Marks the leased job done with its submission and answer. */
  boolean markDone(LeasedJob leased, long submissionId, String resultJson) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE queue SET state = 'done', submission_id = ?, result = ?, lease_until = NULL"
                + " WHERE id = ? AND state = 'queued' AND lease_id = ?")) {
      update.setLong(1, submissionId);
      update.setString(2, resultJson);
      update.setLong(3, leased.job().id());
      update.setString(4, leased.leaseId());
      return update.executeUpdate() == 1;
    }
  }

  /** The answers of those of {@code ids} that are done. */
  List<JobQueue.Done> done(List<Long> ids) throws SQLException {
    List<JobQueue.Done> done = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT id, result FROM queue WHERE state = 'done' AND id IN ("
                  + String.join(", ", java.util.Collections.nCopies(part.size(), "?"))
                  + ")")) {
        int i = 1;
        for (long id : part) {
          query.setLong(i++, id);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            done.add(new JobQueue.Done(rows.getLong(1), rows.getString(2)));
          }
        }
      }
    }
    return done;
  }

  void heartbeat(JobQueue.Worker worker) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO workers(id, host, jobs, started_at, heartbeat_at, graded)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                + " heartbeat_at = excluded.heartbeat_at, graded = excluded.graded,"
                + " jobs = excluded.jobs")) {
      upsert.setString(1, worker.id());
      upsert.setString(2, worker.host());
      upsert.setInt(3, worker.jobs());
      upsert.setLong(4, worker.startedAt().toEpochMilli());
      upsert.setLong(5, worker.heartbeatAt().toEpochMilli());
      upsert.setLong(6, worker.graded());
      upsert.executeUpdate();
    }
  }

  JobQueue.State state(long nowMs) throws SQLException {
    List<JobQueue.Depth> depths = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT priority,"
                + " sum(CASE WHEN lease_until IS NULL OR lease_until < ? THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN lease_until >= ? THEN 1 ELSE 0 END), min(submitted_at)"
                + " FROM queue WHERE state = 'queued' GROUP BY priority ORDER BY priority")) {
      query.setLong(1, nowMs);
      query.setLong(2, nowMs);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String oldest = rows.getString(4);
          depths.add(
              new JobQueue.Depth(
                  rows.getInt(1),
                  rows.getInt(2),
                  rows.getInt(3),
                  Optional.ofNullable(oldest).map(UtcTime::parse)));
        }
      }
    }
    List<JobQueue.Worker> workers = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, host, jobs, started_at, heartbeat_at, graded FROM workers ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        workers.add(
            new JobQueue.Worker(
                rows.getString(1),
                rows.getString(2),
                rows.getInt(3),
                Instant.ofEpochMilli(rows.getLong(4)),
                Instant.ofEpochMilli(rows.getLong(5)),
                rows.getLong(6)));
      }
    }
    return new JobQueue.State(depths, workers);
  }

  private static QueuedJob job(ResultSet rows) throws SQLException {
    return new QueuedJob(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        files(rows.getString(4)),
        UtcTime.parse(rows.getString(5)),
        rows.getInt(6),
        rows.getString(7),
        rows.getLong(8));
  }

  private static String filesJson(List<SubmittedFile> files) {
    List<Map<String, String>> list = new ArrayList<>();
    for (SubmittedFile f : files) {
      list.add(Map.of("name", f.name(), "content", f.content()));
    }
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps always serialize", e);
    }
  }

  private static List<SubmittedFile> files(String json) throws SQLException {
    try {
      return JSON.readValue(json, FILES).stream()
          .map(m -> new SubmittedFile(m.get("name"), m.get("content")))
          .toList();
    } catch (JsonProcessingException e) {
      throw new SQLException("a queued submission's files are not valid JSON", e);
    }
  }
}
