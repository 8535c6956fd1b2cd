package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.server.ServerIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student kit of the real course holds nothing of hidden/, solution/ or wrong/, no gradebook
 * and no server key, proven by content (every byte of every file of the folder and of every zip
 * entry), not by file name; and it pins the fingerprint of the server identity beside the
 * gradebook.
 */
class KitContentTest {
  /** A line this long that no published file has is the solution's or the hidden test's own. */
  private static final int SIGNIFICANT = 30;

  @TempDir static Path tmp;
  private static Path course;
  private static Path folder;
  private static Path zip;
  private static CourseRunner.Run kit;

  @BeforeAll
  static void writeKit() throws Exception {
    Kits.buildTheTool();
    course = CourseRunner.realCourse();
    kit = Kits.write(tmp.resolve("out"), tmp.resolve("db"), "--server", Kits.SERVER);
    String name = course.getFileName() + "-kit";
    folder = tmp.resolve("out").resolve(name);
    zip = tmp.resolve("out").resolve(name + ".zip");
  }

  @Test
  void theKitIsWrittenAsAFolderAndAZipWithTheSameFiles() throws IOException {
    assertThat(kit.code()).as(kit.toString()).isZero();
    assertThat(kit.out()).contains(folder.toString()).contains(zip.toString());
    Map<String, byte[]> inFolder = folderFiles();
    Map<String, byte[]> inZip = zipEntries();
    Set<String> zipped = new TreeSet<>();
    inZip.keySet().forEach(k -> zipped.add(k.substring(k.indexOf('/') + 1)));
    assertThat(zipped).isEqualTo(new TreeSet<>(inFolder.keySet()));
    assertThat(inFolder)
        .containsKeys(
            "course",
            "course.yaml",
            "README.txt",
            "site/index.html",
            "site/exercises/height-checker/index.html",
            "tool/course.jar",
            "exercises/height-checker/exercise.md",
            "exercises/height-checker/starter/HeightChecker.java",
            "exercises/height-checker/tests/HeightCheckerTest.java",
            "exercises/height-checker/pom.xml",
            "exercises/height-checker/.mvn/maven.config",
            "maven-repo/course/course-testapi/0.1.0/course-testapi-0.1.0.jar");
    // The one jar of ours in maven-repo/ is the test API the grader compiles tests against.
    assertThat(inFolder.get("maven-repo/course/course-testapi/0.1.0/course-testapi-0.1.0.jar"))
        .isEqualTo(
            Files.readAllBytes(
                course.resolve("grader/app/target/harness-lib/course-testapi-0.1.0-SNAPSHOT.jar")));
    assertThat(new String(inFolder.get("README.txt"), StandardCharsets.UTF_8))
        .contains("./course login", "./course submit <exercise> <files>", "./course test");
  }

  @Test
  void theKitsSiteSaysHiddenTestsRunOnItsGradingServer() throws IOException {
    assertThat(kit.code()).as(kit.toString()).isZero();
    for (String page : List.of("site/index.html", "site/exercises/height-checker/index.html")) {
      assertThat(Files.readString(folder.resolve(page)))
          .as(page)
          .contains("on the grading server at <code class=\"grading-server\">" + Kits.SERVER + "<")
          .contains("hidden tests never leave it.")
          .doesNotContain("instructor's machine");
    }
  }

  @Test
  void noFileOfTheKitHoldsALineOfAHiddenTestSolutionOrWrongSolution() throws IOException {
    assertThat(kit.code()).as(kit.toString()).isZero();
    String published = publishedText();
    Map<String, String> needles = new LinkedHashMap<>();
    List<Path> secrets = secretFiles();
    assertThat(secrets)
        .as("the real course has hidden, solution and wrong files")
        .hasSizeGreaterThan(100);
    for (Path secret : secrets) {
      String shown = course.relativize(secret).toString();
      String content = Files.readString(secret, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!published.contains(content.strip())) {
        needles.put(content.strip(), shown);
      }
      content
          .lines()
          .map(String::strip)
          .filter(l -> l.length() >= SIGNIFICANT && !published.contains(l))
          .forEach(l -> needles.putIfAbsent(l, shown));
    }
    assertThat(needles.size()).as("significant secret lines").isGreaterThan(500);
    Finder finder = new Finder(needles.keySet());

    Map<String, byte[]> everything = new LinkedHashMap<>();
    folderFiles().forEach((k, v) -> everything.put(folder.getFileName() + "/" + k, v));
    zipEntries().forEach((k, v) -> everything.put(zip.getFileName() + "!/" + k, v));
    assertThat(everything).hasSizeGreaterThan(200);
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : everything.entrySet()) {
      String text = asText(file.getValue());
      finder
          .first(text)
          .ifPresent(
              needle ->
                  leaks.add(
                      file.getKey()
                          + " holds text of "
                          + needles.get(needle)
                          + ": "
                          + needle.lines().findFirst().orElse("")));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theScanFindsASolutionLineAmongBinaryBytes() throws IOException {
    // The scan above would catch a leak: the same finder on a real solution file does.
    Path solution = course.resolve("exercises/height-checker/solution/HeightChecker.java");
    String published = publishedText();
    String line =
        Files.readString(solution, StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> l.length() >= SIGNIFICANT && !published.contains(l))
            .findFirst()
            .orElseThrow();
    Finder finder = new Finder(Set.of(line));
    byte[] bytes = ("\u0000\u0001junk" + line + "more").getBytes(StandardCharsets.UTF_8);
    assertThat(finder.first(asText(bytes))).contains(line);
  }

  @Test
  void theKitHoldsNoGradebookAndNoServerKey() throws IOException {
    assertThat(kit.code()).as(kit.toString()).isZero();
    Path db = tmp.resolve("db");
    byte[] keystore = Files.readAllBytes(db.resolve(ServerIdentity.KEYSTORE));
    String password = Files.readString(db.resolve(ServerIdentity.PASSWORD)).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    byte[] sqlite = "SQLite format 3\u0000".getBytes(StandardCharsets.ISO_8859_1);

    Map<String, byte[]> everything = new LinkedHashMap<>(folderFiles());
    everything.putAll(zipEntries());
    for (Map.Entry<String, byte[]> file : everything.entrySet()) {
      byte[] bytes = file.getValue();
      String text = asText(bytes);
      assertThat(text)
          .as(file.getKey() + " is not an SQLite file")
          .doesNotStartWith(asText(sqlite));
      assertThat(text).as(file.getKey() + " holds no SQLite file").doesNotContain(asText(sqlite));
      assertThat(bytes).as(file.getKey() + " is not the server's key store").isNotEqualTo(keystore);
      assertThat(text).as(file.getKey() + " holds no key store password").doesNotContain(password);
      // 64 bytes from the middle of the store (encrypted key material, unlike its header).
      int middle = keystore.length / 2;
      assertThat(text)
          .as(file.getKey() + " holds no part of the key store")
          .doesNotContain(asText(java.util.Arrays.copyOfRange(keystore, middle, middle + 64)));
    }
  }

  @Test
  void courseYamlNamesTheServerAndPinsTheFingerprintOfTheIdentityBesideTheGradebook() {
    assertThat(kit.code()).as(kit.toString()).isZero();
    String fingerprint = ServerIdentity.loadOrCreate(tmp.resolve("db")).fingerprint();
    CourseConfig config = CourseConfig.read(folder);
    assertThat(config.server()).hasValueSatisfying(u -> assertThat(u).hasToString(Kits.SERVER));
    assertThat(config.serverFingerprint()).contains(fingerprint);
    assertThat(config.kit()).isTrue();
    assertThat(config.insecureHttp()).isFalse();
  }

  @Test
  void aKitIsNeverWrittenInsideExercisesOrContent() {
    for (String inside : List.of("exercises/height-checker", "content")) {
      CourseRunner.Run run = Kits.write(course.resolve(inside).resolve("kit"), tmp.resolve("db2"));
      assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
      assertThat(run.err()).contains("inside the course's " + inside.split("/")[0] + "/ folder");
      assertThat(course.resolve(inside).resolve("kit")).doesNotExist();
    }
  }

  private static Map<String, byte[]> folderFiles() throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        all.put(folder.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return all;
  }

  private static Map<String, byte[]> zipEntries() throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (!e.isDirectory()) {
          all.put(e.getName(), entries.readAllBytes());
        }
      }
    }
    return all;
  }

  /** Bytes one to one as characters, so that UTF-8 text and binary files compare alike. */
  private static String asText(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static List<Path> secretFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(course.resolve("exercises"))) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p ->
                  course
                      .relativize(p)
                      .toString()
                      .matches("exercises/[^/]+/(hidden|solution|wrong)/.*"))
          .sorted()
          .toList();
    }
  }

  /** Everything a student may see anyway: the lessons and the published exercise parts. */
  private static String publishedText() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(course.resolve("exercises")), Files.walk(course.resolve("content")))) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = course.relativize(p).toString();
        if (rel.startsWith("content/")
            || rel.matches("exercises/[^/]+/(starter/.*|tests/.*|exercise\\.md)")) {
          sb.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * Finds any of many needles (each at least {@value #SIGNIFICANT} characters) in a text in one
   * pass: a rolling hash of every window of that length, looked up among the needles' prefixes.
   */
  private static final class Finder {
    private static final long BASE = 1_000_003L;
    private final Map<Long, List<String>> byPrefix = new HashMap<>();
    private final long power;

    Finder(Set<String> needles) {
      long p = 1;
      for (int i = 0; i < SIGNIFICANT - 1; i++) {
        p *= BASE;
      }
      power = p;
      Set<String> seen = new HashSet<>();
      for (String needle : needles) {
        String bytes = asText(needle.getBytes(StandardCharsets.UTF_8));
        if (bytes.length() >= SIGNIFICANT && seen.add(bytes)) {
          byPrefix.computeIfAbsent(hash(bytes), k -> new ArrayList<>()).add(bytes);
        }
      }
    }

    private static long hash(String s) {
      long h = 0;
      for (int i = 0; i < SIGNIFICANT; i++) {
        h = h * BASE + s.charAt(i);
      }
      return h;
    }

    /** The first needle found in {@code text} (as UTF-8 bytes read one to one), if any. */
    java.util.Optional<String> first(String text) {
      if (text.length() < SIGNIFICANT) {
        return java.util.Optional.empty();
      }
      long h = hash(text);
      for (int i = 0; ; i++) {
        List<String> candidates = byPrefix.get(h);
        if (candidates != null) {
          for (String needle : candidates) {
            if (text.startsWith(needle, i)) {
              return java.util.Optional.of(
                  new String(needle.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
          }
        }
        if (i + SIGNIFICANT >= text.length()) {
          return java.util.Optional.empty();
        }
        h = (h - text.charAt(i) * power) * BASE + text.charAt(i + SIGNIFICANT);
      }
    }
  }
}
