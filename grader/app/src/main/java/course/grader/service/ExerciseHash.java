package course.grader.service;

import course.catalog.CourseException;
import course.catalog.Exercise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SHA-256 of what grades an exercise: every file of its folder (statement, configuration, tests,
 * hidden tests, starter, resources) by relative path, except the reference solution, the wrong
 * solutions and build output, which never reach a grade. A job carries the hash it was queued
 * against, and a worker whose copy of the exercise hashes differently refuses it.
 */
public final class ExerciseHash {
  private static final Set<String> NOT_GRADING = Set.of("solution", "wrong", "target");

  private ExerciseHash() {}

  /** The exercise's hash, in hex. */
  public static String of(Exercise exercise) {
    Path dir = exercise.dir();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> counts(dir.relativize(p)))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot read the exercise's files (" + e + ")");
    }
    MessageDigest sha = sha256();
    try {
      for (Path file : files) {
        byte[] name =
            dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
        byte[] content = Files.readAllBytes(file);
        sha.update(length(name.length));
        sha.update(name);
        sha.update(length(content.length));
        sha.update(content);
      }
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot read the exercise's files (" + e + ")");
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static boolean counts(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return !NOT_GRADING.contains(relative.getName(0).toString());
  }

  private static byte[] length(int n) {
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
