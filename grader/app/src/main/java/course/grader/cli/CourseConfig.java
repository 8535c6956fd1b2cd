package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Instructors' defaults for the grader, from {@code course.yaml} at the course root (optional):
 *
 * <pre>
 * grader:
 *   require_sandbox: true   # refuse to grade without bubblewrap, as --require-sandbox does
 * server: https://10.0.0.5:8443           # a student kit: where submit, history and list go
 * server_fingerprint: AB:CD:...           # the SHA-256 of that server's certificate (pinned)
 * insecure_http: false                    # true allows an http:// server (no TLS): never on a
 *                                         # network you do not control
 * </pre>
 *
 * Mistakes are input errors naming the file and line.
 */
record CourseConfig(
    boolean requireSandbox,
    Optional<java.net.URI> server,
    Optional<String> serverFingerprint,
    boolean insecureHttp) {
  static final String FILE = "course.yaml";

  private static final CourseConfig DEFAULTS =
      new CourseConfig(false, Optional.empty(), Optional.empty(), false);

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
    Optional<java.net.URI> server = Optional.empty();
    Optional<String> fingerprint = Optional.empty();
    boolean insecureHttp = false;
    Node serverNode = null;
    for (NodeTuple top :
        mapping(
            name,
            document.get(),
            "the file",
            Set.of("grader", "server", "server_fingerprint", "insecure_http"))) {
      String key = ((ScalarNode) top.getKeyNode()).getValue();
      Node value = top.getValueNode();
      switch (key) {
        case "grader":
          for (NodeTuple setting : mapping(name, value, "'grader'", Set.of("require_sandbox"))) {
            requireSandbox = bool(name, setting.getValueNode(), "require_sandbox");
          }
          break;
        case "server":
          serverNode = value;
          server = Optional.of(serverUri(name, value));
          break;
        case "server_fingerprint":
          fingerprint =
              Optional.of(
                  course.grader.server.ServerIdentity.parseFingerprint(scalar(name, value, key))
                      .orElseThrow(
                          () ->
                              CourseException.input(
                                  name
                                      + ":"
                                      + line(value)
                                      + ": server_fingerprint must be a SHA-256 fingerprint (64"
                                      + " hex digits, colons allowed)")));
          break;
        default:
          insecureHttp = bool(name, value, "insecure_http");
          break;
      }
    }
    if (server.isPresent() && "http".equals(server.get().getScheme()) && !insecureHttp) {
      throw CourseException.input(
          name
              + ":"
              + line(serverNode)
              + ": server is plain http://; use the https:// address (or set insecure_http: true"
              + " on a network you control)");
    }
    return new CourseConfig(requireSandbox, server, fingerprint, insecureHttp);
  }

  /** The entries of a mapping whose keys are all in {@code known}. */
  private static java.util.List<NodeTuple> mapping(
      String file, Node node, String what, Set<String> known) {
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

  private static String scalar(String file, Node node, String key) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw CourseException.input(file + ":" + line(node) + ": " + key + " must be one value");
  }

  private static java.net.URI serverUri(String file, Node node) {
    String text = scalar(file, node, "server").strip();
    try {
      java.net.URI uri = new java.net.URI(text);
      if ((!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new java.net.URISyntaxException(text, "not an http(s) address with a host");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw CourseException.input(
          file
              + ":"
              + line(node)
              + ": server '"
              + text
              + "' is not an address like https://10.0.0.5:8443");
    }
  }

  /** True in a student kit: submit, history and list go to the grading server. */
  boolean isKit() {
    return server.isPresent();
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
  }
}
