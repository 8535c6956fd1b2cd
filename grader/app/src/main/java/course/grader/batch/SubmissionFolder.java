package course.grader.batch;

import course.catalog.CourseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds whose submission is where in a folder of downloads. Accepted layouts, freely mixed:
 *
 * <ul>
 *   <li>one subfolder per student: {@code alice/HeightChecker.java} (every {@code .java} file below
 *       it); a Moodle folder {@code Jane Doe_123456_assignsubmission_file_/} is student {@code Jane
 *       Doe};
 *   <li>files named {@code <student>_<File>.java}: {@code alice_HeightChecker.java}; Moodle's
 *       {@code Jane Doe_123456_assignsubmission_file_HeightChecker.java} is {@code Jane Doe};
 *       Canvas's {@code doejane_12345_678901_HeightChecker.java} (also with {@code _LATE} after the
 *       name, and {@code -1} before {@code .java} for a resubmission) is {@code doejane}.
 * </ul>
 *
 * <p>Hidden entries ({@code .git}, {@code __MACOSX}), Moodle's folders of other submission types
 * ({@code ..._assignsubmission_onlinetext_}) and files that are not {@code .java} are skipped. What
 * cannot be attributed or graded becomes a {@link StudentFiles} with a problem, never an exception,
 * so one odd entry does not stop the batch.
 */
public final class SubmissionFolder {
  // Moodle: "<full name>_<participant id>_assignsubmission_file_" (folder, or prefix of a file).
  private static final Pattern MOODLE =
      Pattern.compile("(?<name>.+?)_\\d+_assignsubmission_file_?(?<rest>.*)");
  // Moodle's folders for other submission plugins (online text, comments): never code.
  private static final Pattern MOODLE_OTHER =
      Pattern.compile(".+_\\d+_assignsubmission_(?!file_?$)[a-z]+_?");
  // Canvas: "<lastfirst>[_LATE]_<user id>_<submission id>_<original name>[-<n>].java".
  private static final Pattern CANVAS =
      Pattern.compile("(?<name>[^_]+)(?:_LATE|_late)?_(?<user>\\d+)_\\d+_(?<rest>.+)");

  private SubmissionFolder() {}

  /**
   * Every student's files in {@code folder}, sorted by student id.
   *
   * @throws CourseException when {@code folder} is not a readable folder
   */
  public static List<StudentFiles> scan(Path folder) {
    Objects.requireNonNull(folder, "folder");
    if (Files.isRegularFile(folder)) {
      throw CourseException.input(
          folder
              + (isZip(folder)
                  ? ": a zip file, not a folder; unzip it first and pass the folder it makes"
                  : ": a file, not a folder; pass the folder of submissions (one subfolder or file"
                      + " per student), or grade one file with course submit"));
    }
    if (!Files.isDirectory(folder)) {
      throw CourseException.input(
          folder
              + ": no such folder; pass the folder of submissions (one subfolder or file per"
              + " student)");
    }
    List<Path> entries = list(folder);
    if (!entries.isEmpty() && entries.stream().allMatch(SubmissionFolder::isZip)) {
      throw CourseException.input(
          folder
              + ": holds only zip files ("
              + entries.get(0).getFileName()
              + (entries.size() > 1 ? ", ..." : "")
              + "); unzip it first (an LMS download is one zip), then pass the folder it makes");
    }
    // student id -> where it came from (folder or file names), in order of discovery.
    Map<String, List<Path>> files = new TreeMap<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> canvasUsers = new TreeMap<>();
    for (Path entry : list(folder)) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry)) {
        if (MOODLE_OTHER.matcher(name).matches()) {
          continue;
        }
        String student = studentOfFolder(name);
        sources.computeIfAbsent(student, s -> new ArrayList<>()).add(name + "/");
        List<Path> java = javaFilesBelow(entry);
        files.computeIfAbsent(student, s -> new ArrayList<>()).addAll(java);
        if (java.isEmpty()) {
          problems.putIfAbsent(student, entry + ": no .java file in this folder");
        }
      } else if (name.endsWith(".java")) {
        String student = studentOfFile(name);
        if (student == null) {
          problems.put(
              name,
              entry
                  + ": the file name does not say whose it is; name it <student>_<File>.java or"
                  + " put it in a folder named after the student");
          continue;
        }
        sources.computeIfAbsent(student, s -> new ArrayList<>()).add(name);
        files.computeIfAbsent(student, s -> new ArrayList<>()).add(entry);
        canvasUserOfFile(name).ifPresent(user -> canvasUsers.put(student, user));
      }
    }
    sources.forEach(
        (student, from) -> {
          boolean folders = from.stream().filter(s -> s.endsWith("/")).count() > 1;
          boolean mixed =
              from.stream().anyMatch(s -> s.endsWith("/"))
                  && from.stream().anyMatch(s -> !s.endsWith("/"));
          if (folders || mixed) {
            problems.put(
                student,
                folder
                    + ": "
                    + String.join(", ", from)
                    + " all belong to student '"
                    + student
                    + "'; keep one of them");
          }
        });
    List<StudentFiles> students = new ArrayList<>();
    TreeMap<String, Boolean> all = new TreeMap<>();
    files.keySet().forEach(s -> all.put(s, true));
    problems.keySet().forEach(s -> all.put(s, true));
    for (String student : all.keySet()) {
      String problem = problems.getOrDefault(student, "");
      List<Path> own = problem.isEmpty() ? files.getOrDefault(student, List.of()) : List.of();
      students.add(new StudentFiles(student, own, problem, canvasUsers.getOrDefault(student, "")));
    }
    return students;
  }

  /** The student a subfolder belongs to: its name, without Moodle's suffix. */
  static String studentOfFolder(String name) {
    Matcher moodle = MOODLE.matcher(name);
    if (moodle.matches() && moodle.group("rest").isEmpty()) {
      return moodle.group("name");
    }
    return name;
  }

  /** The student a loose file belongs to, or null when its name does not say. */
  static String studentOfFile(String name) {
    Matcher moodle = MOODLE.matcher(name);
    if (moodle.matches() && !moodle.group("rest").isEmpty()) {
      return moodle.group("name");
    }
    Matcher canvas = CANVAS.matcher(name);
    if (canvas.matches()) {
      return canvas.group("name");
    }
    int underscore = name.indexOf('_');
    return underscore > 0 ? name.substring(0, underscore) : null;
  }

  /** Canvas's user id in a Canvas download's file name ({@code doejane_12345_...}: 12345). */
  static java.util.Optional<String> canvasUserOfFile(String name) {
    Matcher moodle = MOODLE.matcher(name);
    if (moodle.matches() && !moodle.group("rest").isEmpty()) {
      return java.util.Optional.empty();
    }
    Matcher canvas = CANVAS.matcher(name);
    return canvas.matches()
        ? java.util.Optional.of(canvas.group("user"))
        : java.util.Optional.empty();
  }

  private static boolean isZip(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> !hidden(p)).sorted().toList();
    } catch (IOException e) {
      throw CourseException.input(folder + ": cannot list this folder (" + e + "); check it");
    }
  }

  private static List<Path> javaFilesBelow(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !hidden(dir.relativize(p)))
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      // An unreadable subfolder: its files are what the student gets a message about.
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
