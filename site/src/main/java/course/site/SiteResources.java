package course.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The site module's own files (templates, assets), read from its jar with {@code java.util.zip}, or
 * from its classes folder when it runs from one (the module's tests). A build read them through the
 * class loader, whose first lookup of a resource opens the runtime's module image to search every
 * module before the class path, and copied the assets through the zip file system, which took about
 * 45 ms of CPU to set up in every build; the same files from the jar took about 4 ms
 * (site/README.md, ninth round). When the classes come from neither a jar nor a folder, a file is
 * read through the class loader, and a folder is empty (the build then says its assets are
 * missing).
 */
public final class SiteResources {
  private SiteResources() {}

  /** The jar or folder the site module's classes come from; null when it is neither. */
  private static final class Origin {
    static final Path PATH = locate();

    private static Path locate() {
      try {
        var source = SiteResources.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          return null;
        }
        URI uri = source.getLocation().toURI();
        if (!"file".equals(uri.getScheme())) {
          return null;
        }
        Path path = Path.of(uri);
        return Files.isDirectory(path) || Files.isRegularFile(path) ? path : null;
      } catch (URISyntaxException | RuntimeException e) {
        return null;
      }
    }
  }

  /**
   * The bytes of {@code name} (a path such as {@code course/site/templates/page.mustache}), or null
   * when there is no such file.
   */
  public static byte[] read(String name) {
    return read(Origin.PATH, name);
  }

  /** As {@link #read(String)}, from the jar or folder {@code origin} (null: the class loader). */
  static byte[] read(Path origin, String name) {
    try {
      if (origin == null) {
        try (InputStream in = SiteResources.class.getClassLoader().getResourceAsStream(name)) {
          return in == null ? null : in.readAllBytes();
        }
      }
      if (Files.isDirectory(origin)) {
        Path file = origin.resolve(name);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
      try (ZipFile jar = new ZipFile(origin.toFile())) {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null || entry.isDirectory()) {
          return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read it from the site's files", e);
    }
  }

  /**
   * Every file under {@code folder} (a path ending in {@code /}, such as {@code
   * course/site/assets/}), by its name below the folder, in name order; empty when the module's
   * files are not in a jar or folder.
   */
  public static Map<String, byte[]> folder(String folder) {
    return folder(Origin.PATH, folder);
  }

  /** As {@link #folder(String)}, from the jar or folder {@code origin} (null: none). */
  static Map<String, byte[]> folder(Path origin, String folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      if (origin != null && Files.isDirectory(origin)) {
        Path dir = origin.resolve(folder);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
              files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
          }
        }
      } else if (origin != null) {
        try (ZipFile jar = new ZipFile(origin.toFile())) {
          Enumeration<? extends ZipEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(folder) && !entry.isDirectory()) {
              try (InputStream in = jar.getInputStream(entry)) {
                files.put(name.substring(folder.length()), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot read it from the site's files", e);
    }
    return files;
  }
}
