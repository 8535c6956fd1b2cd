package course.site.generate;

import course.catalog.Exercise;
import course.site.markdown.Markdown;
import course.site.markdown.RaftSim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * The "Replay a lab run" page ({@code replay.html}): a text box where a student pastes the {@code
 * raft-sim} scenario a Raft lab's replay printed, and the lessons' simulator plays it ({@code
 * assets/raft-sim.js} reads it with the build's rules). Written when the course has a simulator
 * lesson or an exercise whose visible tests print a scenario; those pages link to it.
 */
final class ReplayPage {
  /** The page's path from the site root. */
  static final String PATH = "replay.html";

  static final String TITLE = "Replay a lab run";

  private ReplayPage() {}

  /** True when {@code document} holds a simulator. */
  static boolean hasSimulator(Node document) {
    return !course.site.markdown.Blocks.of(document, RaftSim.class).isEmpty();
  }

  /** True when the exercise's visible tests print a simulator scenario (a Raft lab's replay). */
  static boolean printsScenario(Exercise exercise) {
    Path tests = exercise.testsDir();
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(tests)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (Files.readString(f, StandardCharsets.UTF_8).contains("```raft-sim")) {
          return true;
        }
      }
    } catch (IOException e) {
      return false; // a folder the catalog read a moment ago: no link rather than no site
    }
    return false;
  }

  /** The simulator figure the page's script fills with a pasted scenario, as the lessons render. */
  static String figureHtml(Markdown markdown) {
    return markdown.render(markdown.parse("```raft-sim\nservers: 5\n```\n"));
  }
}
