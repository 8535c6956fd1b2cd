package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's own files, read from a jar or a classes folder as the class loader would give them.
 */
class SiteResourcesTest {
  private static final Path SOURCES = Path.of("src/main/resources");

  @TempDir Path tmp;

  @Test
  void theModulesTemplatesAndAssetsAreTheSourceFilesByteForByte() throws IOException {
    assertThat(SiteResources.read("course/site/templates/page.mustache"))
        .isEqualTo(Files.readAllBytes(SOURCES.resolve("course/site/templates/page.mustache")));
    Map<String, byte[]> assets = SiteResources.folder("course/site/assets/");
    assertThat(assets.keySet()).isEqualTo(namesUnder(SOURCES.resolve("course/site/assets")));
    for (var e : assets.entrySet()) {
      assertThat(e.getValue())
          .as(e.getKey())
          .isEqualTo(Files.readAllBytes(SOURCES.resolve("course/site/assets").resolve(e.getKey())));
    }
    assertThat(SiteResources.read("course/site/templates/no-such.mustache")).isNull();
  }

  @Test
  void aJarGivesItsEntriesAndAFolderGivesItsFilesAlike() throws IOException {
    Map<String, String> files = new TreeMap<>();
    files.put("course/site/assets/site.css", "body { margin: 0 }\n");
    files.put("course/site/assets/fonts/a.txt", "in a subfolder\n");
    files.put("course/site/assetsmore/not-this.js", "a sibling whose name only starts alike\n");
    files.put("course/site/templates/page.mustache", "<p>{{title}}</p>\n");
    Path jar = tmp.resolve("site.jar");
    Path dir = tmp.resolve("classes");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("course/site/assets/"));
      zip.closeEntry();
      for (var e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        Path f = dir.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      }
    }

    for (Path origin : new Path[] {jar, dir}) {
      assertThat(text(SiteResources.read(origin, "course/site/templates/page.mustache")))
          .as(origin.toString())
          .isEqualTo("<p>{{title}}</p>\n");
      assertThat(SiteResources.read(origin, "course/site/templates/none.mustache")).isNull();
      Map<String, byte[]> assets = SiteResources.folder(origin, "course/site/assets/");
      assertThat(assets.keySet()).as(origin.toString()).containsExactly("fonts/a.txt", "site.css");
      assertThat(text(assets.get("site.css"))).isEqualTo("body { margin: 0 }\n");
    }
    // Classes from neither: a file through the class loader, no folder.
    assertThat(SiteResources.read(null, "course/site/templates/page.mustache"))
        .isEqualTo(Files.readAllBytes(SOURCES.resolve("course/site/templates/page.mustache")));
    assertThat(SiteResources.folder(null, "course/site/assets/")).isEmpty();
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private static java.util.Set<String> namesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return new java.util.TreeSet<>(
          all.filter(Files::isRegularFile)
              .map(f -> dir.relativize(f).toString().replace('\\', '/'))
              .toList());
    }
  }
}
