package course.site.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each published source file lands in the site, and relative links between output files.
 * Sources and outputs are paths relative to the course root and the site root, with {@code /}. Only
 * relative links are written, each ending in a file name, so the site works from file://.
 */
final class SitePaths {
  private SitePaths() {}

  /**
   * The output of a source file that may be published, or empty for one that never is (hidden
   * tests, solutions, wrong solutions, anything else outside content/ and the public exercise
   * folders).
   */
  static Optional<String> output(String source) {
    if (source.equals("content/index.md")) {
      return Optional.of("index.html");
    }
    if (source.startsWith("content/")) {
      String rest = source.substring("content/".length());
      if (rest.endsWith(".md")) {
        return Optional.of("lessons/" + rest.substring(0, rest.length() - 3) + ".html");
      }
      return Optional.of("lessons/" + rest);
    }
    String[] parts = source.split("/");
    if (parts.length == 3 && parts[0].equals("exercises") && parts[2].equals("exercise.md")) {
      return Optional.of("exercises/" + parts[1] + "/index.html");
    }
    if (parts.length >= 4
        && parts[0].equals("exercises")
        && course.catalog.Exercise.PUBLISHED_FOLDERS.contains(parts[2])) {
      return Optional.of(
          "exercises/"
              + parts[1]
              + "/files/"
              + String.join("/", List.of(parts).subList(2, parts.length)));
    }
    return Optional.empty();
  }

  /** The folder part of a path ({@code a/b} for {@code a/b/c.md}; empty at the top). */
  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * {@code link} resolved against folder {@code dir}: {@code .} and {@code ..} removed. Empty when
   * it climbs above the top.
   */
  static Optional<String> resolve(String dir, String link) {
    List<String> segments = new ArrayList<>();
    if (!dir.isEmpty()) {
      segments.addAll(List.of(dir.split("/")));
    }
    for (String segment : link.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(segment);
      }
    }
    return Optional.of(String.join("/", segments));
  }

  /** The relative link from output file {@code from} to output path {@code to}. */
  static String relative(String from, String to) {
    List<String> fromDirs = new ArrayList<>(List.of(dir(from).split("/")));
    fromDirs.removeIf(String::isEmpty);
    List<String> toParts = new ArrayList<>(List.of(to.split("/")));
    int common = 0;
    while (common < fromDirs.size()
        && common < toParts.size() - 1
        && fromDirs.get(common).equals(toParts.get(common))) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < fromDirs.size(); i++) {
      sb.append("../");
    }
    sb.append(String.join("/", toParts.subList(common, toParts.size())));
    return sb.toString();
  }

  /**
   * {@link #relative} from {@code from} to many targets: the part that depends on a target's folder
   * is computed once per folder (a sidebar links a thousand pages in a dozen folders).
   */
  static java.util.function.Function<String, String> relativeFrom(String from) {
    java.util.Map<String, String> prefixes = new java.util.HashMap<>();
    return to -> {
      int slash = to.lastIndexOf('/');
      String prefix =
          prefixes.computeIfAbsent(
              to.substring(0, slash + 1),
              dir -> {
                String x = relative(from, dir + "x");
                return x.substring(0, x.length() - 1);
              });
      return prefix + to.substring(slash + 1);
    };
  }

  /** The relative path from output file {@code from} to the site root: {@code ../../} or empty. */
  static String root(String from) {
    int depth = from.split("/").length - 1;
    return "../".repeat(depth);
  }
}
