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
 * </pre>
 *
 * Mistakes are input errors naming the file and line.
 */
record CourseConfig(boolean requireSandbox) {
  static final String FILE = "course.yaml";

  private static final CourseConfig DEFAULTS = new CourseConfig(false);

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
    for (NodeTuple top : mapping(name, document.get(), "the file", Set.of("grader"))) {
      for (NodeTuple setting :
          mapping(name, top.getValueNode(), "'grader'", Set.of("require_sandbox"))) {
        requireSandbox = bool(name, setting.getValueNode(), "require_sandbox");
      }
    }
    return new CourseConfig(requireSandbox);
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

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
  }
}
