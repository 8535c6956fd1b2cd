package course.site.markdown;

import java.util.Optional;
import org.commonmark.node.CustomNode;

/**
 * An inline marker {@code {since=3.7}} or {@code {until=3.9}}: the claim around it holds from (or
 * up to, not including) that release of Kafka. Rendered as a small badge; the build lists every
 * marker in the "what changed when" page.
 */
public final class VersionTag extends CustomNode {
  /** Which side of the release the claim holds on. */
  public enum Kind {
    SINCE,
    UNTIL
  }

  private final Kind kind;
  private final String version;
  private final String error;
  private final int line;

  VersionTag(Kind kind, String version, String error, int line) {
    this.kind = kind;
    this.version = version;
    this.error = error;
    this.line = line;
  }

  public Kind kind() {
    return kind;
  }

  /** The release, e.g. {@code 3.7}. */
  public String version() {
    return version;
  }

  /** What is wrong with the marker as written, if anything. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The 0-based line of the marker in the Markdown body. */
  public int line() {
    return line;
  }

  /** The badge text, e.g. {@code Kafka 3.7+} or {@code before Kafka 3.9}. */
  public String label() {
    return kind == Kind.SINCE ? "Kafka " + version + "+" : "before Kafka " + version;
  }
}
