package course.grader.kit;

import course.catalog.CourseException;
import course.catalog.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes each exercise folder of a student kit a Maven project that runs its visible tests with no
 * network: a {@code pom.xml} (sources in {@code starter/}, tests in {@code tests/}), a {@code
 * .mvn/maven.config} that lets offline mode read {@code file:} repositories, and one {@code
 * maven-repo/} at the kit's top holding every jar and pom {@code mvn test} needs (JUnit, AssertJ,
 * the compiler, resources and surefire plugins with their dependencies) plus the test API.
 *
 * <p>How that set is found: {@code mvn test} runs once on a template project with the same pom,
 * with an empty local repository and a mirror of every repository that is the builder's own local
 * repository ({@code ~/.m2/repository}, which holds them: this project builds with them). What
 * Maven copies into the empty repository is exactly what it needs, surefire's JUnit Platform
 * provider (resolved only when tests run) included. The result is kept in {@code
 * kit-maven-repo/<hash of the template>/} beside the grader's jar, so only the first kit pays.
 */
final class KitMavenProject {
  /** The kit's shared Maven repository folder. */
  static final String REPO = "maven-repo";

  private static final String TESTAPI = "course-testapi";

  private final Properties versions;
  private final String template;

  KitMavenProject() {
    try {
      versions = new Properties();
      versions.load(new java.io.StringReader(resource("maven.properties")));
      template = resource("exercise-pom.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code pom.xml} and {@code .mvn/maven.config} into the kit's exercise folder. */
  void writeProject(Exercise exercise, Path folder, String testApiVersion) throws IOException {
    boolean assertj = testsUse(folder.resolve("tests"), "org.assertj");
    String more =
        dependency("org.assertj", "assertj-core", versions.getProperty("assertj"), assertj)
            + dependency("course", TESTAPI, testApiVersion, true);
    String repositories =
        "\n  <!-- Everything comes from the kit's maven-repo/ folder (no network needed). -->\n"
            + "  <repositories>\n"
            + repository("repository")
            + "  </repositories>\n"
            + "  <pluginRepositories>\n"
            + repository("pluginRepository")
            + "  </pluginRepositories>\n";
    String pom = pom(exercise.slug(), exercise.title(), repositories, more);
    if (testsHoldSupportCode(folder.resolve("tests"))) {
      pom = compiledTogether(pom);
    }
    Files.writeString(folder.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Path mvn = Files.createDirectories(folder.resolve(".mvn"));
    // Offline mode (mvn -o, an IDE's offline switch) refuses every remote repository, file: ones
    // too, unless told that the file protocol is local.
    Files.writeString(
        mvn.resolve("maven.config"), "-Daether.offline.protocols=file\n", StandardCharsets.UTF_8);
  }

  /**
   * True when {@code tests/} holds classes that are not tests (a lab's simulator), which the
   * starter may use: the grader compiles starter and tests as one, and Maven must too.
   */
  private static boolean testsHoldSupportCode(Path tests) throws IOException {
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> walk = Files.walk(tests)) {
      return walk.map(p -> p.getFileName().toString())
          .anyMatch(n -> n.endsWith(".java") && !n.endsWith("Test.java"));
    }
  }

  /**
   * The pom with starter/ compiled together with tests/ as test sources (main compilation cannot
   * see tests/, where the starter's support classes are).
   */
  private static String compiledTogether(String pom) {
    return pom.replace(
            "<sourceDirectory>starter</sourceDirectory>",
            "<!-- starter/ uses classes of tests/ (the lab's simulator): both compile as tests. -->\n"
                + "    <sourceDirectory>no-main-sources</sourceDirectory>")
        .replace(
            "<artifactId>maven-compiler-plugin</artifactId>\n",
            "<artifactId>maven-compiler-plugin</artifactId>\n"
                + "        <executions>\n"
                + "          <execution>\n"
                + "            <id>default-testCompile</id>\n"
                + "            <configuration>\n"
                + "              <compileSourceRoots>\n"
                + "                <root>${project.basedir}/starter</root>\n"
                + "                <root>${project.basedir}/tests</root>\n"
                + "              </compileSourceRoots>\n"
                + "            </configuration>\n"
                + "          </execution>\n"
                + "        </executions>\n");
  }

  private static String repository(String tag) {
    return "    <"
        + tag
        + ">\n"
        + "      <id>course-kit</id>\n"
        + "      <url>file://${project.basedir}/../../"
        + REPO
        + "</url>\n"
        + "    </"
        + tag
        + ">\n";
  }

  private static String dependency(String group, String artifact, String version, boolean wanted) {
    if (!wanted) {
      return "";
    }
    return "    <dependency>\n"
        + "      <groupId>"
        + group
        + "</groupId>\n"
        + "      <artifactId>"
        + artifact
        + "</artifactId>\n"
        + "      <version>"
        + version
        + "</version>\n"
        + "      <scope>test</scope>\n"
        + "    </dependency>\n";
  }

  private String pom(String slug, String name, String repositories, String more) {
    return template
        .replace("@SLUG@", slug)
        .replace("@NAME@", xml(name == null ? slug : name))
        .replace("@REPOSITORIES@", repositories)
        .replace("@MORE@", more)
        .replace("@JUNIT@", versions.getProperty("junit"))
        .replace("@RESOURCES@", versions.getProperty("resources"))
        .replace("@COMPILER@", versions.getProperty("compiler"))
        .replace("@SUREFIRE@", versions.getProperty("surefire"));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("--", "- -");
  }

  private static boolean testsUse(Path tests, String needle) throws IOException {
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> walk = Files.walk(tests)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        if (Files.readString(p, StandardCharsets.UTF_8).contains(needle)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Writes the kit's {@code maven-repo/}: the collected third-party set and the test API jar (from
   * the harness's class path), with a SHA-1 beside every file so that Maven has checksums to check.
   *
   * @return the version the exercise poms name the test API by
   */
  String writeRepo(Path toolDir, Path target) throws IOException {
    Path collected = collected(toolDir);
    copyTree(collected, target);
    Path jar = testApiJar(toolDir);
    String file = jar.getFileName().toString();
    String version =
        file.substring(TESTAPI.length() + 1, file.length() - ".jar".length())
            .replace("-SNAPSHOT", "");
    Path dir = Files.createDirectories(target.resolve("course").resolve(TESTAPI).resolve(version));
    Files.copy(jar, dir.resolve(TESTAPI + "-" + version + ".jar"));
    Files.writeString(
        dir.resolve(TESTAPI + "-" + version + ".pom"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- The course's test API (@Points), as the grader compiles tests against it. -->\n"
            + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>course</groupId>\n"
            + "  <artifactId>"
            + TESTAPI
            + "</artifactId>\n"
            + "  <version>"
            + version
            + "</version>\n"
            + "</project>\n",
        StandardCharsets.UTF_8);
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.writeString(p.resolveSibling(p.getFileName() + ".sha1"), sha1(p));
      }
    }
    return version;
  }

  private static Path testApiJar(Path toolDir) throws IOException {
    try (Stream<Path> jars = Files.list(toolDir.resolve("harness-lib"))) {
      return jars.filter(p -> p.getFileName().toString().matches(TESTAPI + "-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  CourseException.input(
                      toolDir.resolve("harness-lib")
                          + ": holds no "
                          + TESTAPI
                          + " jar; rebuild the tool with './course --version'"));
    }
  }

  /** The collected set, made once per template version beside the grader's jar. */
  private Path collected(Path toolDir) throws IOException {
    String pom = pom("kit-template", "kit-template", "", templateMore());
    String key = sha1(pom.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    Path cache = toolDir.resolve("kit-maven-repo").resolve(key);
    if (Files.isDirectory(cache)) {
      return cache;
    }
    Path work = Files.createTempDirectory("course-kit-maven-");
    try {
      Path project = Files.createDirectories(work.resolve("template"));
      Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
      Files.createDirectories(project.resolve("starter"));
      Files.writeString(
          project.resolve("starter/One.java"),
          "class One {\n  static int one() {\n    return 1;\n  }\n}\n");
      Files.createDirectories(project.resolve("tests"));
      Files.writeString(
          project.resolve("tests/OneTest.java"),
          "import static org.assertj.core.api.Assertions.assertThat;\n"
              + "import org.junit.jupiter.params.ParameterizedTest;\n"
              + "import org.junit.jupiter.params.provider.ValueSource;\n"
              + "class OneTest {\n"
              + "  @ParameterizedTest\n  @ValueSource(ints = 1)\n"
              + "  void one(int n) {\n    assertThat(One.one()).isEqualTo(n);\n  }\n}\n");
      Path source = instructorRepository();
      Path settings = work.resolve("settings.xml");
      Files.writeString(
          settings,
          "<settings>\n  <mirrors>\n    <mirror>\n      <id>builder-local</id>\n"
              + "      <mirrorOf>*</mirrorOf>\n      <url>"
              + source.toUri()
              + "</url>\n    </mirror>\n  </mirrors>\n</settings>\n",
          StandardCharsets.UTF_8);
      Path fresh = work.resolve("repo");
      Path log = work.resolve("mvn.log");
      List<String> command =
          new ArrayList<>(
              List.of(
                  "mvn",
                  "-B",
                  "-q",
                  "-s",
                  settings.toString(),
                  "-Dmaven.repo.local=" + fresh,
                  "test"));
      int code;
      try {
        Process mvn =
            new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!mvn.waitFor(10, TimeUnit.MINUTES)) {
          mvn.destroyForcibly();
          code = -1;
        } else {
          code = mvn.exitValue();
        }
      } catch (IOException e) {
        throw CourseException.input(
            "mvn: cannot run it (" + e.getMessage() + "); the kit's maven-repo/ needs Maven", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw CourseException.input("interrupted while collecting the kit's maven-repo/", e);
      }
      if (code != 0) {
        String last =
            Files.readString(log, StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("ERROR"))
                .findFirst()
                .orElse("(no error line)")
                .replaceAll("\u001b\\[[0-9;]*m", "");
        throw CourseException.input(
            source
                + ": lacks what the kit's maven-repo/ needs ("
                + last.strip()
                + "); build the course once with 'mvn test' online, then make the kit again");
      }
      Path partial = Files.createDirectories(cache.getParent()).resolve(key + ".partial");
      deleteTree(partial);
      try (Stream<Path> walk = Files.walk(fresh)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".jar") || name.endsWith(".pom")) {
            Path to = partial.resolve(fresh.relativize(p).toString());
            Files.createDirectories(to.getParent());
            Files.copy(p, to);
          }
        }
      }
      Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
      return cache;
    } finally {
      deleteTree(work);
    }
  }

  private String templateMore() {
    return dependency("org.assertj", "assertj-core", versions.getProperty("assertj"), true);
  }

  /** The builder's local Maven repository: {@code -Dmaven.repo.local} or {@code ~/.m2}. */
  private static Path instructorRepository() {
    String property = System.getProperty("maven.repo.local");
    Path repo =
        property != null && !property.isBlank()
            ? Path.of(property)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    if (!Files.isDirectory(repo)) {
      throw CourseException.input(
          repo
              + ": no local Maven repository, and the kit's maven-repo/ is collected from it;"
              + " build the course once with 'mvn test', then make the kit again");
    }
    return repo.toAbsolutePath().normalize();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String sha1(Path file) throws IOException {
    return sha1(Files.readAllBytes(file));
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-1", e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KitMavenProject.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the grader's jar lacks course/grader/kit/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
