package course.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter of the shape lessons have, read without snakeyaml. Each line at the start is {@code
 * key: value}, with a word for the key and for the value one of:
 *
 * <ul>
 *   <li>a one-line plain scalar, or a double-quoted string without escapes;
 *   <li>a list of plain words on the line: {@code [arrays, raft/01-what-raft-solves]};
 *   <li>nothing, with the lines after it items of a list: {@code - text} or {@code - {title: "...",
 *       url: "..."}}, each indented by two spaces.
 * </ul>
 *
 * Anything else (comments, other quotes, escapes, nesting, continued lines, a key twice, characters
 * YAML treats specially) is left to snakeyaml: {@link #read} answers null and {@link FrontMatter}
 * composes the text with the library as before, which reports what is wrong with its line.
 *
 * <p>A 1,000-lesson site build spent about a tenth of its time in snakeyaml for a few such lines
 * per lesson: a composer, scanner and reader made for each file, and the library's code compiled at
 * start-up. What this returns is what the library composes (the same nodes, values and lines), as
 * {@code PlainFrontMatterTest} holds on the course's own files and on many generated texts.
 */
final class PlainFrontMatter {
  private PlainFrontMatter() {}

  private static final int[] NO_BUFFER = new int[0];
  private static final String ITEM = "  - ";

  /** The fields of {@code yaml}, as the library composes them; null when not of this shape. */
  static Map<String, NodeTuple> read(String file, String yaml) {
    return new Reader(file, yaml).fields();
  }

  private static final class Reader {
    private final String file;
    private final String yaml;
    private final List<int[]> lines = new ArrayList<>();

    Reader(String file, String yaml) {
      this.file = file;
      this.yaml = yaml;
      int n = yaml.length();
      for (int start = 0; start <= n; ) {
        int end = yaml.indexOf('\n', start);
        if (end < 0) {
          end = n;
        }
        lines.add(new int[] {start, end});
        start = end + 1;
      }
    }

    Map<String, NodeTuple> fields() {
      Map<String, NodeTuple> fields = new LinkedHashMap<>();
      int line = 0;
      while (line < lines.size()) {
        int start = lines.get(line)[0];
        int end = lines.get(line)[1];
        if (start == end) {
          line++;
          continue;
        }
        int colon = start;
        while (colon < end && isKeyChar(yaml.charAt(colon))) {
          colon++;
        }
        if (colon == start
            || !isLetter(yaml.charAt(start))
            || colon == end
            || yaml.charAt(colon) != ':') {
          return null;
        }
        String key = yaml.substring(start, colon);
        if (fields.containsKey(key)) {
          return null;
        }
        Node value;
        int next = line + 1;
        if (colon + 1 == end) {
          // "key:" alone: the item lines after it.
          List<Node> items = new ArrayList<>();
          while (next < lines.size() && yaml.startsWith(ITEM, lines.get(next)[0])) {
            int itemStart = lines.get(next)[0] + ITEM.length();
            Node item = itemValue(itemStart, lines.get(next)[1], next);
            if (item == null) {
              return null;
            }
            items.add(item);
            next++;
          }
          if (items.isEmpty()) {
            return null;
          }
          value =
              new SequenceNode(
                  Tag.SEQ,
                  true,
                  items,
                  FlowStyle.BLOCK,
                  mark(lines.get(line + 1)[0] + 2, line + 1),
                  Optional.empty());
        } else {
          if (colon + 2 >= end || yaml.charAt(colon + 1) != ' ') {
            return null;
          }
          value =
              yaml.charAt(colon + 2) == '['
                  ? flowList(colon + 2, end, line)
                  : scalar(colon + 2, end, line, false);
          if (value == null) {
            return null;
          }
        }
        fields.put(key, new NodeTuple(scalarNode(key, ScalarStyle.PLAIN, start, line), value));
        line = next;
      }
      return fields;
    }

    /** An item of a block list: a scalar, or a map on one line. */
    private Node itemValue(int from, int end, int line) {
      if (from < end && yaml.charAt(from) == '{') {
        return flowMap(from, end, line);
      }
      return scalar(from, end, line, false);
    }

    /** {@code [a, b]}: plain words, each followed by a comma and spaces or by the end. */
    private Node flowList(int from, int end, int line) {
      if (yaml.charAt(end - 1) != ']') {
        return null;
      }
      List<Node> items = new ArrayList<>();
      int i = from + 1;
      int close = end - 1;
      while (i < close) {
        int itemEnd = i;
        while (itemEnd < close && yaml.charAt(itemEnd) != ',') {
          itemEnd++;
        }
        Node item = scalar(i, itemEnd, line, true);
        if (item == null) {
          return null;
        }
        items.add(item);
        if (itemEnd == close) {
          break;
        }
        i = itemEnd + 1;
        while (i < close && yaml.charAt(i) == ' ') {
          i++;
        }
        if (i == close) {
          // "[a, ]": the library reads no empty item either, but leave the odd case to it.
          return null;
        }
      }
      return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, mark(from, line), none());
    }

    /** {@code {key: value, key: value}}: values plain or double-quoted, keys once each. */
    private Node flowMap(int from, int end, int line) {
      if (yaml.charAt(end - 1) != '}') {
        return null;
      }
      List<NodeTuple> tuples = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int i = from + 1;
      int close = end - 1;
      while (i < close) {
        int colon = i;
        while (colon < close && isKeyChar(yaml.charAt(colon))) {
          colon++;
        }
        if (colon == i
            || !isLetter(yaml.charAt(i))
            || colon + 2 >= close
            || yaml.charAt(colon) != ':'
            || yaml.charAt(colon + 1) != ' ') {
          return null;
        }
        String key = yaml.substring(i, colon);
        if (keys.contains(key)) {
          return null;
        }
        keys.add(key);
        int valueStart = colon + 2;
        int valueEnd;
        if (yaml.charAt(valueStart) == '"') {
          valueEnd = yaml.indexOf('"', valueStart + 1);
          if (valueEnd < 0 || valueEnd >= close) {
            return null;
          }
          valueEnd++;
        } else {
          valueEnd = valueStart;
          while (valueEnd < close && yaml.charAt(valueEnd) != ',') {
            valueEnd++;
          }
        }
        Node value = scalar(valueStart, valueEnd, line, true);
        if (value == null) {
          return null;
        }
        tuples.add(new NodeTuple(scalarNode(key, ScalarStyle.PLAIN, i, line), value));
        if (valueEnd == close) {
          break;
        }
        if (yaml.charAt(valueEnd) != ',' || valueEnd + 1 >= close) {
          return null;
        }
        i = valueEnd + 1;
        while (i < close && yaml.charAt(i) == ' ') {
          i++;
        }
      }
      if (tuples.isEmpty()) {
        return null;
      }
      return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, mark(from, line), none());
    }

    /**
     * The scalar on {@code yaml[from, end)}: {@code "text"} without escapes, or plain text that
     * starts with a letter or digit (no indicator) and holds nothing that could end it, start a
     * comment or (in a flow list or map, {@code inFlow}) a collection. The library drops spaces at
     * the end of a plain scalar; one that ends in a space is left to it.
     */
    private Node scalar(int from, int end, int line, boolean inFlow) {
      if (from >= end) {
        return null;
      }
      char first = yaml.charAt(from);
      if (first == '"') {
        if (end - from < 2 || yaml.charAt(end - 1) != '"') {
          return null;
        }
        for (int i = from + 1; i < end - 1; i++) {
          char c = yaml.charAt(i);
          if (c == '"' || c == '\\' || !isText(c)) {
            return null;
          }
        }
        return scalarNode(yaml.substring(from + 1, end - 1), ScalarStyle.DOUBLE_QUOTED, from, line);
      }
      if (!isLetter(first) && !(first >= '0' && first <= '9')) {
        return null;
      }
      for (int i = from; i < end; i++) {
        char c = yaml.charAt(i);
        if (!isText(c) || c == '#' || c == ':' || (inFlow && isFlowIndicatorOrQuote(c))) {
          return null;
        }
      }
      if (yaml.charAt(end - 1) == ' ') {
        return null;
      }
      return scalarNode(yaml.substring(from, end), ScalarStyle.PLAIN, from, line);
    }

    private ScalarNode scalarNode(String value, ScalarStyle style, int at, int line) {
      return new ScalarNode(Tag.STR, true, value, style, mark(at, line), none());
    }

    /** Where the library's node starts: the index in the text, the line and column (0-based). */
    private Optional<Mark> mark(int at, int line) {
      return Optional.of(new Mark(file, at, line, at - lines.get(line)[0], NO_BUFFER, 0));
    }

    private static Optional<Mark> none() {
      return Optional.empty();
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isKeyChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isFlowIndicatorOrQuote(char c) {
    return c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == '"' || c == '\'';
  }

  /**
   * Printable text on one line: ASCII from space to tilde, and the Basic Multilingual Plane from
   * U+00A0 on, without the surrogates, the byte-order mark, U+FFFE/U+FFFF and the Unicode line and
   * paragraph separators. Tabs, control characters and U+0085 (a line break to YAML 1.1) are not.
   */
  private static boolean isText(char c) {
    if (c < 0x80) {
      return c >= 0x20 && c < 0x7F;
    }
    return c >= 0xA0
        && !Character.isSurrogate(c)
        && c != '\u2028'
        && c != '\u2029'
        && c != '\uFEFF'
        && c < 0xFFFE;
  }
}
