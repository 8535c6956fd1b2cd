package course.site.generate;

import course.catalog.Problem;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build reads and publishes only real files of the course: a symbolic link in {@code content/}
 * or in what an exercise publishes ({@code exercise.md}, {@code starter/}, {@code tests/}) is
 * refused, each with its own error, and never followed. A link may point at a hidden test or a
 * reference solution of the same course, or at a file of the machine (/etc/passwd): whatever it
 * points at, the built site must not carry it, and a link that points nowhere must not make a
 * lesson vanish without a word.
 */
final class Symlinks {
  private Symlinks() {}

  /** One problem per symbolic link under the published parts of the course at {@code root}. */
  static List<Problem> refused(Path root) {
    List<Problem> problems = new ArrayList<>();
    scan(root, root.resolve("content"), problems);
    Path exercises = root.resolve("exercises");
    if (Files.isDirectory(exercises, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> children = Files.list(exercises)) {
        for (Path exercise : children.sorted().toList()) {
          if (Files.isSymbolicLink(exercise)) {
            problems.add(problem(root, exercise));
            continue;
          }
          for (String published : course.catalog.Exercise.PUBLISHED) {
            scan(root, exercise.resolve(published), problems);
          }
        }
      } catch (IOException e) {
        problems.add(new Problem("exercises", 0, "cannot list: " + e.getMessage()));
      }
    }
    return problems;
  }

  /** True when {@code problem} is one of this class's refusals. */
  static boolean isLinkProblem(Problem problem) {
    return problem.message().startsWith("a symbolic link");
  }

  /** True when {@code path} is a regular file and not a symbolic link (to anything). */
  static boolean isPlainFile(Path path) {
    return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static void scan(Path root, Path start, List<Problem> problems) {
    if (Files.isSymbolicLink(start)) {
      problems.add(problem(root, start));
      return;
    }
    if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // walk does not follow links unless told to: a linked folder is listed as a link.
    try (Stream<Path> all = Files.walk(start, new FileVisitOption[0])) {
      all.filter(Files::isSymbolicLink).sorted().forEach(p -> problems.add(problem(root, p)));
    } catch (IOException e) {
      problems.add(new Problem(rel(root, start), 0, "cannot list: " + e.getMessage()));
    }
  }

  private static Problem problem(Path root, Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    boolean dangling = !Files.exists(link);
    return new Problem(
        rel(root, link),
        1,
        "a symbolic link"
            + (dangling ? " that points nowhere" : "")
            + " (to "
            + target
            + "); the build publishes only real files of the course and does not follow"
            + " links: put the file itself here");
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
