package course.site.generate;

import course.catalog.CourseException;
import course.catalog.Exercise;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files students download from an exercise page: {@code starter/} and {@code tests/} only
 * (never {@code hidden/}, {@code solution/} or {@code wrong/}), one by one and as a zip.
 */
final class Downloads {
  /** A fixed time for zip entries, so that the same course gives the same bytes. */
  private static final FileTime EPOCH = FileTime.fromMillis(315532800000L);

  private Downloads() {}

  static String zipName(Exercise exercise) {
    return exercise.slug() + "-starter.zip";
  }

  /** The paths the zip puts its files at, in zip order: {@code <slug>/starter/<name>} first. */
  static List<String> zipEntries(Exercise exercise) {
    List<String> entries = new java.util.ArrayList<>();
    for (String folder : Exercise.PUBLISHED_FOLDERS) {
      for (String name : files(exercise.dir().resolve(folder))) {
        entries.add(exercise.slug() + "/" + folder + "/" + name);
      }
    }
    return entries;
  }

  /** The names of the regular files directly in {@code dir}, sorted; empty when it is absent. */
  static List<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Symlinks::isPlainFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Writes {@code files/starter/*}, {@code files/tests/*} and the zip under {@code dir}. */
  static void write(Exercise exercise, Path dir) {
    try {
      Files.createDirectories(dir);
      try (OutputStream file = Files.newOutputStream(dir.resolve(zipName(exercise)));
          ZipOutputStream zip = new ZipOutputStream(file)) {
        for (String path : zipEntries(exercise)) {
          String inExercise = path.substring(exercise.slug().length() + 1);
          byte[] bytes = Files.readAllBytes(exercise.dir().resolve(inExercise));
          Path target = dir.resolve("files").resolve(inExercise);
          Files.createDirectories(target.getParent());
          Files.write(target, bytes);
          ZipEntry entry = new ZipEntry(path);
          entry.setLastModifiedTime(EPOCH);
          zip.putNextEntry(entry);
          zip.write(bytes);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw CourseException.input(
          "exercises/" + exercise.slug() + ": cannot write downloads: " + e.getMessage(), e);
    }
  }
}
