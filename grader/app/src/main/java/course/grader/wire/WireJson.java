package course.grader.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.Points;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a {@link GradeReport}: the one object {@code --json} prints, and what the grading
 * server answers a submit with. The server's form adds what the human report also shows (the note,
 * each visible test's output) so that a kit prints exactly what a local submit prints.
 */
public final class WireJson {
  /**
   * Made on first use: a kit's submit writes and reads its JSON without one ({@link PlainJson}).
   */
  private static final class Mapper {
    static final ObjectMapper JSON =
        new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  private WireJson() {}

  /**
   * The report as a JSON object.
   *
   * @param attempt null for a run that was not recorded
   * @param forClient also the note and the visible tests' output and ids (the server's answer)
   */
  public static Map<String, Object> report(
      GradeReport report, String student, Integer attempt, boolean forClient) {
    return report(report, student, attempt, Map.of(), forClient);
  }

  /**
   * As {@link #report(GradeReport, String, Integer, boolean)}, with {@code extra} fields after
   * "attempt" (a submit's lateness: timeliness, late_ms, penalty).
   */
  public static Map<String, Object> report(
      GradeReport report,
      String student,
      Integer attempt,
      Map<String, Object> extra,
      boolean forClient) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("exercise", report.exercise());
    root.put("student", student);
    root.put("outcome", report.outcome().wireName());
    root.put("score", Points.json(report.score()));
    root.put("max_score", Points.json(report.maxScore()));
    root.put("attempt", attempt);
    root.putAll(extra);
    List<Map<String, Object>> tests = new ArrayList<>();
    for (TestResult t : report.tests()) {
      Map<String, Object> test = test(t, false);
      if (forClient) {
        test.put("id", t.visible() ? t.id() : "");
        test.put("output", t.visible() ? t.output() : "");
      }
      tests.add(test);
    }
    root.put("tests", tests);
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      Map<String, Object> diagnostic = new LinkedHashMap<>();
      diagnostic.put("file", d.file());
      diagnostic.put("line", d.line());
      diagnostic.put("column", d.column());
      diagnostic.put("message", d.message());
      diagnostics.add(diagnostic);
    }
    root.put("diagnostics", diagnostics);
    if (forClient) {
      root.put("note", report.note());
      root.put("max_score_declared", report.maxScore());
    }
    return root;
  }

  /**
   * One test result as every JSON form shows it: name, status, points, max_points, visible,
   * message; with {@code id} first when asked (history).
   */
  public static Map<String, Object> test(TestResult t, boolean withId) {
    Map<String, Object> test = new LinkedHashMap<>();
    if (withId) {
      test.put("id", t.id());
    }
    test.put("name", t.name());
    test.put("status", t.status().wireName());
    test.put("points", Points.json(t.points()));
    test.put("max_points", Points.json(t.maxPoints()));
    test.put("visible", t.visible());
    test.put("message", t.message());
    return test;
  }

  /** A report read back from {@link #report}'s client form (files and hashes are not sent). */
  public static GradeReport readReport(JsonNode root) {
    List<TestResult> tests = new ArrayList<>();
    for (JsonNode t : root.path("tests")) {
      tests.add(
          new TestResult(
              t.path("id").asText(""),
              t.path("name").asText(""),
              t.path("visible").asBoolean(false),
              TestStatus.fromWire(t.path("status").asText()),
              t.path("points").asDouble(0),
              t.path("max_points").asDouble(0),
              t.path("message").asText(""),
              t.path("output").asText(""),
              0));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (JsonNode d : root.path("diagnostics")) {
      diagnostics.add(
          new Diagnostic(
              d.path("file").asText(""),
              d.path("line").asLong(0),
              d.path("column").asLong(0),
              d.path("message").asText("")));
    }
    return new GradeReport(
        root.path("exercise").asText(""),
        List.of(),
        Outcome.fromWire(root.path("outcome").asText()),
        tests,
        diagnostics,
        "",
        root.path("note").asText(""),
        0,
        root.path("max_score_declared").asDouble(root.path("max_score").asDouble(0)));
  }

  /**
   * Compact JSON text of plain maps, lists and values: through {@link PlainJson} when they are
   * plain, else through the {@code ObjectMapper} (the same text either way).
   */
  public static String text(Object value) {
    try {
      return PlainJson.text(value);
    } catch (IllegalArgumentException notPlain) {
      // A record or another bean somewhere inside: the mapper knows how to write it.
    }
    try {
      return Mapper.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialize", e);
    }
  }

  /** Parses JSON text; throws {@link IllegalArgumentException} with a short reason when bad. */
  public static JsonNode parse(byte[] utf8) {
    try {
      JsonNode node = Mapper.JSON.readTree(utf8);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("empty JSON");
      }
      return node;
    } catch (java.io.IOException e) {
      String message =
          e.getMessage() == null ? "not JSON" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(message, e);
    }
  }

  /** The shared mapper (thread-safe once configured). */
  public static ObjectMapper mapper() {
    return Mapper.JSON;
  }
}
