package course.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import course.grader.wire.PlainJson;
import course.grader.wire.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * A student kit's {@code site/progress.js}: the student's best score per exercise, read by the
 * site's pages from file:// (a plain script: {@code window.courseProgress = {...};}). Written after
 * each {@code submit} (from its answer) and {@code history} or {@code list} (from every row). Only
 * a convenience: a kit without a site, or a file that cannot be written, is left alone.
 */
final class KitProgress {
  static final String FILE = "progress.js";
  private static final String PREFIX = "window.courseProgress = ";

  private KitProgress() {}

  /** Every exercise's best score and attempts, from history rows (as --json prints them). */
  static void fromRows(Path root, List<Map<String, Object>> rows) {
    ObjectNode exercises = JsonNodeFactory.instance.objectNode();
    for (Map<String, Object> row : rows) {
      String slug = String.valueOf(row.get("exercise"));
      double score = ((Number) row.get("score")).doubleValue();
      double max = ((Number) row.get("max_score")).doubleValue();
      int attempt = ((Number) row.get("attempt")).intValue();
      merge(exercises, slug, score, max, attempt);
    }
    write(root, exercises);
  }

  /** One new attempt: the exercise's best score and attempt count updated. */
  static void record(Path root, String slug, double score, double max, int attempt) {
    ObjectNode exercises = read(root);
    merge(exercises, slug, score, max, attempt);
    write(root, exercises);
  }

  private static void merge(
      ObjectNode exercises, String slug, double score, double max, int attempt) {
    JsonNode old = exercises.get(slug);
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    boolean better = old == null || score >= old.path("best").asDouble();
    entry.put("best", better ? score : old.path("best").asDouble());
    entry.put("max", better ? max : old.path("max").asDouble());
    entry.put("attempts", Math.max(attempt, old == null ? 0 : old.path("attempts").asInt()));
    exercises.set(slug, entry);
  }

  private static ObjectNode read(Path root) {
    Path file = root.resolve("site").resolve(FILE);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (text.startsWith(PREFIX)) {
        String json = text.substring(PREFIX.length()).replaceAll(";\\s*$", "");
        JsonNode node = PlainJson.tree(json.getBytes(StandardCharsets.UTF_8));
        if (node.path("exercises").isObject()) {
          return (ObjectNode) node.get("exercises");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Missing or not ours: start afresh.
    }
    return JsonNodeFactory.instance.objectNode();
  }

  private static void write(Path root, ObjectNode exercises) {
    Path site = root.resolve("site");
    if (!Files.isDirectory(site)) {
      return;
    }
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    all.set("exercises", exercises);
    try {
      Path partial = site.resolve(FILE + ".partial");
      Files.writeString(partial, PREFIX + WireJson.text(all) + ";\n", StandardCharsets.UTF_8);
      Files.move(
          partial,
          site.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // The page shows no progress; nothing else depends on it.
    }
  }
}
