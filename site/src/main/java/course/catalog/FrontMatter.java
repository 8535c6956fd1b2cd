package course.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A Markdown document's YAML front matter (between {@code ---} lines at the top) and its body.
 * Every typed getter fails with a {@link CourseException} that names the file and the line of the
 * offending key, so a typo in a course file is one clear message, never a stack trace.
 */
public final class FrontMatter {
  private static final String FENCE = "---";

  private final String file;
  private final Map<String, NodeTuple> fields;
  private final String body;
  private final int bodyLine;
  private final int firstLine;

  private FrontMatter(
      String file, Map<String, NodeTuple> fields, String body, int bodyLine, int firstLine) {
    this.file = file;
    this.fields = fields;
    this.body = body;
    this.bodyLine = bodyLine;
    this.firstLine = firstLine;
  }

  /**
   * Splits and parses {@code text}. {@code file} is the name used in error messages (a path
   * relative to the course root reads best).
   */
  public static FrontMatter parse(String file, String text) {
    String[] split = split(file, text);
    // Line numbers in the YAML start at 0 on the line after the opening fence (file line 2).
    Map<String, NodeTuple> fields = parseYaml(file, split[0], 2);
    return new FrontMatter(file, fields, split[1], Integer.parseInt(split[2]), 2);
  }

  /**
   * {@code text} split into its YAML, its body and the body's first line (as a number): the body as
   * the text's lines after the closing fence joined by line feeds. A text with no carriage return
   * (most) is split by searching for line feeds, without a string per line.
   */
  static String[] split(String file, String text) {
    String normalized = text.replace("\r\n", "\n");
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    if (normalized.indexOf('\r') >= 0) {
      return splitLines(file, normalized);
    }
    int n = normalized.length();
    int firstEnd = lineEnd(normalized, 0);
    if (n == 0 || !normalized.substring(0, firstEnd).strip().equals(FENCE)) {
      throw noFrontMatter(file);
    }
    int line = 1;
    for (int start = firstEnd + 1; start < n; line++) {
      int end = lineEnd(normalized, start);
      if (normalized.substring(start, end).strip().equals(FENCE)) {
        String yaml =
            normalized.substring(Math.min(firstEnd + 1, start), Math.max(start - 1, firstEnd + 1));
        int bodyStart = end + 1;
        int bodyEnd = normalized.endsWith("\n") ? n - 1 : n;
        String body = bodyStart < bodyEnd ? normalized.substring(bodyStart, bodyEnd) : "";
        return new String[] {yaml, body, Integer.toString(line + 2)};
      }
      start = end + 1;
    }
    throw notClosed(file);
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** As {@link #split}, by way of the text's lines (which also end at a lone carriage return). */
  static String[] splitLines(String file, String normalized) {
    List<String> lines = normalized.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw noFrontMatter(file);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw notClosed(file);
    }
    String yaml = String.join("\n", lines.subList(1, end));
    String body = String.join("\n", lines.subList(end + 1, lines.size()));
    return new String[] {yaml, body, Integer.toString(end + 2)};
  }

  private static CourseException noFrontMatter(String file) {
    return CourseException.at(
        file,
        1,
        "no front matter; start the file with a line '---', the YAML keys, and another '---'");
  }

  private static CourseException notClosed(String file) {
    return CourseException.at(
        file, 1, "front matter is not closed; add a line '---' after the YAML keys");
  }

  /**
   * The parser's settings, made once: each set of settings builds its own schema (a dozen regular
   * expressions), and a course has a file of front matter per lesson. Immutable, so shared by every
   * thread. Messages name the file themselves, so the settings carry no label. In a class of their
   * own, made when the first file needs snakeyaml: when {@link PlainFrontMatter} reads every file,
   * a build never makes them.
   */
  private static final class Settings {
    static final LoadSettings SETTINGS =
        LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            // Reported below with its line, rather than by snakeyaml without one.
            .setAllowNonScalarKeys(true)
            .build();
  }

  private static Map<String, NodeTuple> parseYaml(String file, String yaml, int firstLine) {
    Map<String, NodeTuple> plain = PlainFrontMatter.read(file, yaml);
    return plain != null ? plain : composed(file, yaml, firstLine);
  }

  /** The fields of {@code yaml} as snakeyaml composes them, checked; see {@link #parseYaml}. */
  static Map<String, NodeTuple> composed(String file, String yaml, int firstLine) {
    Optional<Node> root;
    try {
      root = new Compose(Settings.SETTINGS).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      // The context mark is where the broken construct starts (e.g. an unclosed quote); the
      // problem mark is where snakeyaml noticed, which can be lines later.
      int line =
          e.getContextMark()
              .or(e::getProblemMark)
              .map(m -> m.getLine() + firstLine)
              .orElse(firstLine);
      throw CourseException.at(file, line, "malformed front matter: " + oneLine(e.getProblem()), e);
    } catch (YamlEngineException e) {
      throw CourseException.at(
          file, firstLine, "malformed front matter: " + oneLine(e.getMessage()), e);
    }
    Map<String, NodeTuple> fields = new LinkedHashMap<>();
    if (root.isEmpty()) {
      return fields;
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw CourseException.at(file, firstLine, "front matter must be 'key: value' lines");
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw CourseException.at(
            file, line(tuple.getKeyNode(), firstLine), "keys must be plain words");
      }
      if (fields.putIfAbsent(key.getValue(), tuple) != null) {
        throw CourseException.at(
            file, line(key, firstLine), "key '" + key.getValue() + "' appears twice; keep one");
      }
    }
    return fields;
  }

  private static int line(Node node, int firstLine) {
    return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** Fails on the first key that is not in {@code known}, naming its line and the known keys. */
  public void requireOnly(Set<String> known) {
    for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
      if (!known.contains(field.getKey())) {
        throw error(
            field.getKey(),
            "unknown key '"
                + field.getKey()
                + "'; known keys: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /** The Markdown after the front matter. */
  public String body() {
    return body;
  }

  /** The 1-based line of the file where {@link #body()} starts. */
  public int bodyLine() {
    return bodyLine;
  }

  /** The file name used in messages. */
  public String file() {
    return file;
  }

  /** Whether the key is present. */
  public boolean has(String key) {
    return fields.containsKey(key);
  }

  /** The 1-based line of {@code key} in the file, or the first front-matter line if absent. */
  public int lineOf(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple == null ? firstLine : line(tuple.getKeyNode(), firstLine);
  }

  /** A failure about {@code key}, naming the file and its line. */
  public CourseException error(String key, String message) {
    return CourseException.at(file, lineOf(key), message);
  }

  /** A scalar as text; empty when absent. Fails when the value is a list or a map. */
  public Optional<String> string(String key) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof ScalarNode scalar) {
      String value = scalar.getValue().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    throw error(key, "'" + key + "' must be a single value, not a list or a map");
  }

  /** A required scalar. */
  public String requiredString(String key) {
    return string(key).orElseThrow(() -> error(key, "'" + key + "' is required; add it"));
  }

  /** An integer; empty when absent. */
  public Optional<Integer> integer(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.get()));
    } catch (NumberFormatException e) {
      throw error(key, "'" + key + "' must be a whole number");
    }
  }

  /**
   * A list whose items are either single values or maps of single values (such as {@code sources:
   * ["Raft paper", {title: ..., url: ...}]}). A single value becomes a map with one entry under
   * {@code scalarKey}. Empty when absent.
   */
  public List<Map<String, String>> entries(String key, String scalarKey) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null) {
      return List.of();
    }
    if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
      throw error(key, "'" + key + "' must be a list (one '- ' line per item)");
    }
    List<Map<String, String>> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      Map<String, String> entry = new LinkedHashMap<>();
      if (item instanceof ScalarNode scalar) {
        entry.put(scalarKey, scalar.getValue().strip());
      } else if (item instanceof MappingNode map) {
        for (NodeTuple t : map.getValue()) {
          if (!(t.getKeyNode() instanceof ScalarNode k)
              || !(t.getValueNode() instanceof ScalarNode v)) {
            throw CourseException.at(
                file,
                line(t.getKeyNode(), firstLine),
                "every entry of '" + key + "' must be a single value or 'name: value' pairs");
          }
          entry.put(k.getValue(), v.getValue().strip());
        }
      } else {
        throw CourseException.at(
            file,
            line(item, firstLine),
            "every entry of '" + key + "' must be a single value or 'name: value' pairs");
      }
      items.add(Map.copyOf(entry));
    }
    return List.copyOf(items);
  }

  /** The 1-based line of the {@code index}th item of list {@code key}, else the key's line. */
  public int lineOfItem(String key, int index) {
    NodeTuple tuple = fields.get(key);
    if (tuple != null
        && tuple.getValueNode() instanceof SequenceNode sequence
        && index < sequence.getValue().size()) {
      return line(sequence.getValue().get(index), firstLine);
    }
    return lineOf(key);
  }

  /**
   * A list of scalars, written either as a YAML list ({@code [a, b]} or dash lines) or as one
   * scalar (a list of one). Empty when absent.
   */
  public List<String> stringList(String key) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null) {
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      String s = scalar.getValue().strip();
      return s.isEmpty() ? List.of() : List.of(s);
    }
    if (value instanceof SequenceNode sequence) {
      List<String> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (!(item instanceof ScalarNode scalar)) {
          throw error(key, "every item of '" + key + "' must be a single value");
        }
        items.add(scalar.getValue().strip());
      }
      return List.copyOf(items);
    }
    throw error(key, "'" + key + "' must be a list such as [a, b]");
  }
}
