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

/** The SQL of the grading server's tables (schema version 4): tokens and the queue. */
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

  long enqueue(String student, String exercise, List<SubmittedFile> files, Instant submittedAt)
      throws SQLException {
    try (PreparedStatement insert =
        dialect.prepareInsert(
            connection,
            "INSERT INTO queue(student_id, exercise_slug, files, submitted_at, state)"
                + " VALUES (?, ?, ?, ?, 'queued')")) {
      insert.setString(1, student);
      insert.setString(2, exercise);
      insert.setString(3, filesJson(files));
      insert.setString(4, UtcTime.format(submittedAt));
      insert.executeUpdate();
      return dialect.insertedId(insert);
    }
  }

  List<QueuedJob> queued() throws SQLException {
    List<QueuedJob> jobs = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, student_id, exercise_slug, files, submitted_at FROM queue"
                    + " WHERE state = 'queued' ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        jobs.add(
            new QueuedJob(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                files(rows.getString(4)),
                UtcTime.parse(rows.getString(5))));
      }
    }
    return jobs;
  }

  /** True when job {@code id} was still queued and is now marked done with its submission. */
  boolean markDone(long id, long submissionId) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE queue SET state = 'done', submission_id = ? WHERE id = ? AND state = 'queued'")) {
      update.setLong(1, submissionId);
      update.setLong(2, id);
      return update.executeUpdate() == 1;
    }
  }

  boolean isQueued(long id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM queue WHERE id = ? AND state = 'queued'")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
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
