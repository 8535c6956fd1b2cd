package course.grader.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One source file of a submission, under the name the exercise expects (e.g. {@code
 * HeightChecker.java}), with its full text.
 */
public record SubmittedFile(String name, String content) {
  public SubmittedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /**
   * The hex SHA-256 that identifies a whole submission: over each file's name, NUL, content, NUL,
   * in order (as the gradebook stores it with every attempt).
   */
  public static String hashOf(java.util.List<SubmittedFile> files) {
    StringBuilder all = new StringBuilder();
    for (SubmittedFile f : files) {
      all.append(f.name()).append('\0').append(f.content()).append('\0');
    }
    return sha256(all.toString());
  }

  /** Hex SHA-256 of the UTF-8 content. */
  public String sha256() {
    return sha256(content);
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
