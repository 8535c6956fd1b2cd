package course.grader.remote;

import course.catalog.CourseException;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where {@code course login} keeps a student's token: one file per server in the user's config
 * folder ({@code $XDG_CONFIG_HOME/course}, else {@code ~/.config/course}; the system property
 * {@code course.config.home} overrides both), mode 0600 in a folder of mode 0700.
 */
public final class TokenStore {
  private final Path folder;

  public TokenStore(Path folder) {
    this.folder = folder;
  }

  /** The store in this user's config folder. */
  public static TokenStore forUser() {
    String override = System.getProperty("course.config.home");
    if (override != null && !override.isBlank()) {
      return new TokenStore(Path.of(override));
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return new TokenStore(base.resolve("course"));
  }

  /** The file holding the token for {@code server}. */
  public Path file(URI server) {
    String key = SubmittedFile.sha256(server.toString()).substring(0, 16);
    return folder.resolve("token-" + key);
  }

  /** The stored token for {@code server}, if any. */
  public Optional<String> read(URI server) {
    Path file = file(server);
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw CourseException.input(file + ": cannot read your token (" + e.getMessage() + ")");
    }
  }

  /** Stores {@code token} for {@code server}, readable by this user only. */
  public Path write(URI server, String token) {
    Path file = file(server);
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      Path partial = folder.resolve(file.getFileName() + ".partial");
      Files.deleteIfExists(partial);
      Files.createFile(
          partial,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(partial, token + "\n", StandardCharsets.UTF_8);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw CourseException.input(
          folder + ": cannot store your token there (" + e.getMessage() + ")");
    }
  }
}
