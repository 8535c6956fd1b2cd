package course.grader.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.CourseException;
import course.grader.remote.RemoteClient;
import course.grader.remote.TokenStore;
import course.grader.wire.WireJson;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student kit's grading server, as the commands see it: present when the course's {@code
 * course.yaml} names a {@code server}. The token comes from {@code course login}.
 */
final class Remote {
  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private final RemoteClient client;
  private final TokenStore tokens;

  private Remote(RemoteClient client, TokenStore tokens) {
    this.client = client;
    this.tokens = tokens;
  }

  /** The course's grading server when this course is a student kit; empty otherwise. */
  static Optional<Remote> of(Common common) {
    return of(CourseConfig.read(common.root()));
  }

  /** The grading server {@code config} names; empty when it names none. */
  static Optional<Remote> of(CourseConfig config) {
    if (config.server().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Remote(
            new RemoteClient(
                config.server().get(), config.serverFingerprint(), Duration.ofMinutes(11)),
            TokenStore.forUser()));
  }

  URI server() {
    return client.server();
  }

  TokenStore tokens() {
    return tokens;
  }

  /** Who the server says {@code token} belongs to (checks the token). */
  String whoami(String token) {
    return client.get("/api/v1/whoami", token).path("student").asText();
  }

  String whoami() {
    return whoami(token());
  }

  /** The server's answer to a submit: the report object (client form). */
  JsonNode submit(String exercise, List<course.grader.report.SubmittedFile> files) {
    List<Map<String, String>> list =
        files.stream().map(f -> Map.of("name", f.name(), "content", f.content())).toList();
    return client.submit(
        token(),
        WireJson.text(Map.of("exercise", exercise, "files", list, "key", RemoteClient.newKey())));
  }

  /** This student's history rows, as {@code course history --json} prints them. */
  List<Map<String, Object>> history(String exerciseOrNull) {
    String path =
        "/api/v1/history"
            + (exerciseOrNull == null
                ? ""
                : "?exercise=" + URLEncoder.encode(exerciseOrNull, StandardCharsets.UTF_8));
    JsonNode rows = client.get(path, token());
    return WireJson.mapper().convertValue(rows, ROWS);
  }

  private String token() {
    return tokens
        .read(client.server())
        .orElseThrow(
            () ->
                CourseException.input(
                    "not logged in to "
                        + client.server()
                        + "; run 'course login' with the token your instructor gave you"));
  }
}
