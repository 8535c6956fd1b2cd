package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.grader.policy.PolicyText;
import course.grader.policy.Selection;
import course.grader.server.ServerIdentity;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Settings from {@code course.yaml} at the course root (optional). An instructor's course may set
 * grader defaults; a student kit ({@code course kit} writes it) names its grading server:
 *
 * <pre>
 * grader:
 *   require_sandbox: true   # refuse to grade without bubblewrap, as --require-sandbox does
 * canvas:
 *   assignments:           # exercise slug: Canvas assignment id (headers become "Title (id)")
 *     height-checker: 4711
 * policy:                  # the course's grading policy; the command line's flags override it
 *   select: best           # best | last | first
 *   late_per_day: 10%
 *   late_cap: 50%
 *   grace: 15m
 *
 * kit: true                 # this folder is a student kit: instructor commands refuse to run
 * server: https://10.0.0.5:8443
 * server_fingerprint: 3A:1F:...   # SHA-256 of the server's certificate, pinned by the kit
 * insecure_http: false      # true allows an http:// server (no TLS, for a trusted network only)
 * </pre>
 *
 * Mistakes are input errors naming the file and line.
 *
 * @param canvasAssignments exercise slug → Canvas assignment id, in file order
 * @param policy the policy's settings the file gives (key → value), checked
 * @param kit true in a student kit: {@code kit: true}, or a {@code server:} (only kits name one)
 */
record CourseConfig(
    boolean requireSandbox,
    Map<String, String> canvasAssignments,
    PolicySettings policy,
    Optional<URI> server,
    Optional<String> serverFingerprint,
    boolean insecureHttp,
    boolean kit) {
  static final String FILE = "course.yaml";

  private static final CourseConfig DEFAULTS =
      new CourseConfig(
          false, Map.of(), PolicySettings.NONE, Optional.empty(), Optional.empty(), false, false);

  private static final Set<String> TOP_KEYS =
      Set.of("grader", "canvas", "policy", "kit", "server", "server_fingerprint", "insecure_http");

  /** What {@code policy:} sets; empty for what it leaves to the defaults. */
  record PolicySettings(
      Optional<Selection> select,
      Optional<BigDecimal> latePerDay,
      Optional<BigDecimal> lateCap,
      Optional<Duration> grace) {
    static final PolicySettings NONE =
        new PolicySettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  CourseConfig {
    canvasAssignments = Collections.unmodifiableMap(new LinkedHashMap<>(canvasAssignments));
    java.util.Objects.requireNonNull(policy, "policy");
  }

  /** The settings of the course at {@code root}; the defaults when it has no {@value #FILE}. */
  static CourseConfig read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return DEFAULTS;
    }
    String name = file.toString();
    String text = Catalog.readUtf8(file, name);
    Optional<Node> document;
    try {
      document = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine() + 1).orElse(1);
      throw CourseException.input(
          name + ":" + line + ": not valid YAML: " + e.getProblem().replaceAll("\\s+", " "));
    }
    if (document.isEmpty()) {
      return DEFAULTS;
    }
    boolean requireSandbox = false;
    Map<String, String> canvas = new LinkedHashMap<>();
    PolicySettings policy = PolicySettings.NONE;
    boolean kit = false;
    boolean insecureHttp = false;
    ScalarNode server = null;
    Optional<String> fingerprint = Optional.empty();
    for (NodeTuple top : mapping(name, document.get(), "the file", TOP_KEYS)) {
      Node value = top.getValueNode();
      switch (((ScalarNode) top.getKeyNode()).getValue()) {
        case "grader" -> {
          for (NodeTuple setting : mapping(name, value, "'grader'", Set.of("require_sandbox"))) {
            requireSandbox = bool(name, setting.getValueNode(), "require_sandbox");
          }
        }
        case "policy" -> policy = policy(name, value);
        case "canvas" -> {
          for (NodeTuple setting : mapping(name, value, "'canvas'", Set.of("assignments"))) {
            canvas.putAll(canvasAssignments(name, setting.getValueNode()));
          }
        }
        case "kit" -> kit = bool(name, value, "kit");
        case "insecure_http" -> insecureHttp = bool(name, value, "insecure_http");
        case "server" -> server = scalar(name, value, "server");
        case "server_fingerprint" -> fingerprint = Optional.of(fingerprint(name, value));
        default -> throw new IllegalStateException("a key TOP_KEYS lists but nobody reads");
      }
    }
    Optional<URI> uri =
        server == null ? Optional.empty() : Optional.of(server(name, server, insecureHttp));
    return new CourseConfig(
        requireSandbox, canvas, policy, uri, fingerprint, insecureHttp, kit || uri.isPresent());
  }

  /**
   * An input error when an exercise of {@code canvasAssignments} is none of {@code known} (a typo
   * would silently leave its column without an id).
   */
  void checkCanvasSlugs(Path root, java.util.Collection<String> known) {
    for (String slug : canvasAssignments.keySet()) {
      if (!known.contains(slug)) {
        throw CourseException.input(
            root.resolve(FILE)
                + ": canvas: assignments: unknown exercise '"
                + slug
                + "'"
                + course.catalog.Nearest.to(slug, known)
                    .map(near -> "; did you mean '" + near + "'?")
                    .orElse("; see 'course list' for the course's exercises"));
      }
    }
  }

  /** The {@code policy:} section; each value is checked as its command-line flag is. */
  private static PolicySettings policy(String file, Node node) {
    Optional<Selection> select = Optional.empty();
    Optional<BigDecimal> perDay = Optional.empty();
    Optional<BigDecimal> cap = Optional.empty();
    Optional<Duration> grace = Optional.empty();
    for (NodeTuple t :
        mapping(file, node, "'policy'", Set.of("select", "late_per_day", "late_cap", "grace"))) {
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      String value = t.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : "";
      String where = file + ":" + line(t.getValueNode()) + ": policy: " + key;
      switch (key) {
        case "select" ->
            select =
                Optional.of(
                    java.util.Arrays.stream(Selection.values())
                        .filter(s -> s.wireName().equals(value))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                CourseException.input(
                                    where + " '" + value + "' must be best, last or first")));
        case "late_per_day" -> perDay = Optional.of(PolicyText.percent(where, value));
        case "late_cap" -> cap = Optional.of(PolicyText.percent(where, value));
        default -> grace = Optional.of(PolicyText.duration(where, value));
      }
    }
    return new PolicySettings(select, perDay, cap, grace);
  }

  /** {@code slug: id} lines; an id is Canvas's number of the assignment (in its URL). */
  private static Map<String, String> canvasAssignments(String file, Node node) {
    if (!(node instanceof MappingNode map)) {
      throw CourseException.input(
          file
              + ":"
              + line(node)
              + ": 'canvas: assignments:' must be 'exercise-slug: assignment id' lines");
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String slug = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      String id = t.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : "";
      if (!id.matches("\\d+")) {
        throw CourseException.input(
            file
                + ":"
                + line(t.getValueNode())
                + ": the Canvas assignment id of '"
                + slug
                + "' must be a number (the one in the assignment's URL, .../assignments/4711)");
      }
      ids.put(slug, id);
    }
    return ids;
  }

  /**
   * The server's address: an absolute {@code https://host[:port]} URL, or {@code http://} when
   * {@code insecure_http: true} says plain HTTP is meant (tokens and code then cross the network
   * readable by anyone on it).
   */
  private static URI server(String file, ScalarNode node, boolean insecureHttp) {
    String text = node.getValue().strip();
    String where = file + ":" + line(node) + ": server ";
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw CourseException.input(
          where + "'" + text + "' is not a URL; write it like https://10.0.0.5:8443");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw CourseException.input(
          where
              + "'"
              + text
              + "' is not an http(s) URL with a host; write it like"
              + " https://10.0.0.5:8443");
    }
    if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
      throw CourseException.input(
          where
              + "'"
              + text
              + "' may hold only scheme, host, port and path; e.g."
              + " https://10.0.0.5:8443");
    }
    if (scheme.equals("http") && !insecureHttp) {
      throw CourseException.input(
          where
              + "'"
              + text
              + "' is plain HTTP; use https://, or add 'insecure_http: true' if the server"
              + " runs with --insecure-http");
    }
    return uri;
  }

  private static String fingerprint(String file, Node node) {
    ScalarNode scalar = scalar(file, node, "server_fingerprint");
    return ServerIdentity.parseFingerprint(scalar.getValue())
        .orElseThrow(
            () ->
                CourseException.input(
                    file
                        + ":"
                        + line(node)
                        + ": server_fingerprint must be the SHA-256 of the server's certificate,"
                        + " 32 hex pairs like 3A:1F:...; copy it from a fresh 'course kit'"));
  }

  private static ScalarNode scalar(String file, Node node, String key) {
    if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      return s;
    }
    throw CourseException.input(file + ":" + line(node) + ": " + key + " must be one value");
  }

  /** The entries of a mapping whose keys are all in {@code known}. */
  private static List<NodeTuple> mapping(String file, Node node, String what, Set<String> known) {
    if (!(node instanceof MappingNode map)) {
      throw CourseException.input(
          file + ":" + line(node) + ": " + what + " must be 'key: value' lines");
    }
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!known.contains(key)) {
        throw CourseException.input(
            file
                + ":"
                + line(t.getKeyNode())
                + ": unknown key '"
                + key
                + "' in "
                + what
                + "; known: "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return map.getValue();
  }

  private static boolean bool(String file, Node node, String key) {
    if (node instanceof ScalarNode s
        && (s.getValue().equals("true") || s.getValue().equals("false"))) {
      return Boolean.parseBoolean(s.getValue());
    }
    throw CourseException.input(file + ":" + line(node) + ": " + key + " must be true or false");
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
  }
}
