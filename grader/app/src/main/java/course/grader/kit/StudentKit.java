package course.grader.kit;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.catalog.Problem;
import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a student kit: what a student needs on his own machine, with only a JDK 17, to read the
 * course, run the visible tests and hand in to the grading server, and nothing else.
 *
 * <p>How an instructor makes and hands out a kit (see also grader/docs/instructor.md): in the
 * course folder, {@code course kit --server https://<this machine's address>:<port>} writes {@code
 * kit/<course>-kit/} and {@code kit/<course>-kit.zip}; hand out the zip (a USB stick, the classroom
 * share), each student unpacks it and types {@code ./course login}, then {@code ./course submit
 * <exercise> <files>}. The kit pins the certificate of the server's identity kept beside the
 * gradebook; if that identity is made anew, make and hand out a new kit.
 *
 * <p>What a kit holds:
 *
 * <pre>
 * &lt;course&gt;-kit/
 *   course                    the launcher: runs tool/course.jar with this folder as the course
 *   course.yaml               kit: true, server: URL, server_fingerprint: SHA-256 of its certificate
 *   README.txt                the student's commands
 *   site/                     the built course site (as 'course build' writes it)
 *   exercises/&lt;slug&gt;/         exercise.md, starter/, tests/ only: what the site publishes;
 *                             and pom.xml, .mvn/maven.config: the folder is a Maven project
 *   maven-repo/               what 'mvn -o test' needs there: third-party jars and the test API
 *   tool/                     course.jar, lib/, harness-lib/ (prebuilt; no Maven needed)
 * </pre>
 *
 * Never {@code hidden/}, {@code solution/}, {@code wrong/}, {@code resources/}, a gradebook or the
 * server's key store: files are copied by an allow-list ({@link #PUBLISHED}), never by filtering.
 */
public final class StudentKit {
  /** The parts of an exercise folder a kit holds: the ones the site publishes. */
  public static final List<String> PUBLISHED = course.catalog.Exercise.PUBLISHED;

  /** The kit's folder of prebuilt jars. */
  public static final String TOOL = "tool";

  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  /**
   * The grading server a kit submits to.
   *
   * @param fingerprint SHA-256 of the server's certificate, which the kit pins
   * @param insecureHttp true for an {@code http://} server (no TLS)
   */
  public record Server(URI uri, String fingerprint, boolean insecureHttp) {
    public Server {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /**
   * What {@link #write} did: the kit's folder and zip, or the site's problems (nothing written).
   */
  public record Result(Path folder, Path zip, int exercises, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** True when the kit was written. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Where the grader's jars are: {@code course.jar} with {@code lib/} and {@code harness-lib/}.
   *
   * @param stale a warning when the jar is older than the classes running now (a developer's
   *     build), else empty
   */
  public record Tool(Path dir, Optional<String> stale) {}

  private final Path root;
  private final Tool tool;

  /** A kit of the course at {@code root} with the jars of {@code tool}. */
  public StudentKit(Path root, Tool tool) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.tool = Objects.requireNonNull(tool, "tool");
  }

  /** The default folder kits are written into: {@code kit/} in the course folder. */
  public static Path defaultOut(Path root) {
    return root.resolve("kit");
  }

  /**
   * The jars of the grader running now: beside its jar ({@code target/} or an installed tool), or,
   * when it runs from {@code target/classes} (tests, an IDE), in {@code target/} beside that.
   */
  public static Tool runningTool() {
    Path code;
    try {
      code = Path.of(StudentKit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw CourseException.internal("cannot tell where the grader runs from", e);
    }
    Path dir = code.getParent();
    Path jar = dir.resolve("course.jar");
    for (Path needed : List.of(jar, dir.resolve("lib"), dir.resolve("harness-lib"))) {
      if (!Files.exists(needed)) {
        throw CourseException.input(
            needed
                + ": missing, and a kit carries the prebuilt grader; build it with"
                + " './course --version' (or mvn package) and try again");
      }
    }
    Optional<String> stale = Optional.empty();
    if (Files.isDirectory(code) && newerThan(code, jar)) {
      stale =
          Optional.of(
              jar
                  + " is older than the classes in "
                  + code
                  + "; the kit gets the old jar (run './course --version' to rebuild it)");
    }
    return new Tool(dir, stale);
  }

  private static boolean newerThan(Path tree, Path file) {
    try (Stream<Path> files = Files.walk(tree)) {
      long built = Files.getLastModifiedTime(file).toMillis();
      return files.anyMatch(
          p -> {
            try {
              return Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() > built;
            } catch (IOException e) {
              return false;
            }
          });
    } catch (IOException e) {
      return false;
    }
  }

  /** The kit's folder name: the course folder's name and {@code -kit}. */
  public String name() {
    return root.getFileName() + "-kit";
  }

  /**
   * Writes {@code out/<course>-kit/} and {@code out/<course>-kit.zip}, replacing an earlier kit
   * there. The course must build without problems; otherwise nothing is written and the result
   * lists them.
   *
   * @param server the grading server, or empty for a kit that can only run the visible tests
   */
  public Result write(Path out, Optional<Server> server) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(server, "server");
    Path dir = checkOut(out.toAbsolutePath().normalize());
    Path folder = dir.resolve(name());
    Path zip = dir.resolve(name() + ".zip");
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !isKit(folder)) {
      throw CourseException.input(
          folder + ": exists and is not a student kit; move it away or pass another --out");
    }
    Path staging = dir.resolve("." + name() + ".partial-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(dir);
      deleteTree(staging);
      SiteBuilder.Result site =
          new SiteBuilder(root, server.map(Server::uri)).build(staging.resolve("site"));
      if (!site.ok()) {
        deleteTree(staging);
        return new Result(null, null, 0, site.problems());
      }
      Catalog catalog = Catalog.load(root);
      KitMavenProject maven = new KitMavenProject();
      String testApi = maven.writeRepo(tool.dir(), staging.resolve(KitMavenProject.REPO));
      for (Exercise exercise : catalog.exercises()) {
        Path target = staging.resolve("exercises").resolve(exercise.slug());
        copyPublished(exercise, target);
        maven.writeProject(exercise, target, testApi);
      }
      copyTool(staging.resolve(TOOL));
      Path launcher = staging.resolve("course");
      Files.writeString(launcher, resource("course"), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(launcher, EXECUTABLE);
      Files.writeString(staging.resolve("course.yaml"), courseYaml(server), StandardCharsets.UTF_8);
      Files.writeString(
          staging.resolve("README.txt"), readme(catalog, server), StandardCharsets.UTF_8);
      deleteTree(folder);
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      zip(folder, zip);
      return new Result(folder, zip, catalog.exercises().size(), List.of());
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot write the kit: " + e.getMessage(), e);
    } finally {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // Left behind only when the disk fails; the next run deletes it.
      }
    }
  }

  /** The folder kits go into, unless it is inside what the course publishes from. */
  private Path checkOut(Path out) {
    for (String source : List.of("exercises", "content")) {
      Path forbidden = root.resolve(source);
      if (out.startsWith(forbidden) || real(out).startsWith(real(forbidden))) {
        throw CourseException.input(
            "--out "
                + out
                + ": inside the course's "
                + source
                + "/ folder; write the kit elsewhere (default: kit/ in the course folder)");
      }
    }
    return out;
  }

  /** The real path of the nearest existing ancestor, with the rest appended. */
  private static Path real(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path));
    } catch (IOException e) {
      return path;
    }
  }

  private static boolean isKit(Path folder) {
    return Files.isRegularFile(folder.resolve("course.yaml"))
        && Files.isRegularFile(folder.resolve(TOOL).resolve("course.jar"));
  }

  private static void copyPublished(Exercise exercise, Path target) throws IOException {
    Files.createDirectories(target);
    for (String part : PUBLISHED) {
      Path source = exercise.dir().resolve(part);
      if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
        copyTree(source, target.resolve(part));
      }
    }
  }

  /** Copies files and folders; a symbolic link is refused, never followed. */
  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : walk.toList()) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isSymbolicLink(from)) {
          throw CourseException.input(
              from + ": a symbolic link; a kit copies only plain files, replace it by a copy");
        } else if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
          Files.copy(from, to);
        }
      }
    }
  }

  /** The grader's jar and the jars it and its test JVMs run on; no archive (tied to one JDK). */
  private void copyTool(Path target) throws IOException {
    Files.createDirectories(target);
    Files.copy(tool.dir().resolve("course.jar"), target.resolve("course.jar"));
    for (String lib : List.of("lib", "harness-lib")) {
      Path to = Files.createDirectories(target.resolve(lib));
      try (Stream<Path> jars = Files.list(tool.dir().resolve(lib))) {
        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          Files.copy(jar, to.resolve(jar.getFileName().toString()));
        }
      }
    }
  }

  private static String courseYaml(Optional<Server> server) {
    StringBuilder yaml =
        new StringBuilder(
            "# Written by 'course kit': a student kit. Instructor commands (check, grade,\n"
                + "# gradebook, ...) refuse to run here.\n"
                + "kit: true\n");
    server.ifPresent(
        s -> {
          yaml.append("# The grading server, and the SHA-256 of its certificate: the kit trusts\n")
              .append("# that certificate only.\n")
              .append("server: ")
              .append(s.uri())
              .append('\n')
              .append("server_fingerprint: ")
              .append(s.fingerprint())
              .append('\n');
          if (s.insecureHttp()) {
            yaml.append(
                    "# Plain HTTP, as the instructor chose: anyone on the network can read it.\n")
                .append("insecure_http: true\n");
          }
        });
    return yaml.toString();
  }

  private String readme(Catalog catalog, Optional<Server> server) throws IOException {
    String example = "";
    for (Exercise exercise : catalog.exercises()) {
      List<Path> starters = Catalog.javaFiles(exercise.starterDir());
      if (!starters.isEmpty()) {
        example =
            "  ./course test "
                + exercise.slug()
                + " exercises/"
                + exercise.slug()
                + "/starter/"
                + starters.get(0).getFileName()
                + "\n";
        break;
      }
    }
    return resource("README.txt")
        .replace("@TITLE@", String.valueOf(root.getFileName()))
        .replace("@EXAMPLE@", example)
        .replace(
            "@SERVER@",
            server
                .map(s -> s.uri().toString())
                .orElse("none named in this kit: ask your instructor for a kit with one"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StudentKit.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the grader's jar lacks course/grader/kit/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Zips {@code folder} (its name the top entry) with Unix file modes, so that an unzip keeps the
   * launcher executable.
   */
  private static void zip(Path folder, Path zip) throws IOException {
    Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Map<String, Object> env = Map.of("create", "true", "enablePosixFileAttributes", "true");
    try (FileSystem fs = FileSystems.newFileSystem(partial, env);
        Stream<Path> walk = Files.walk(folder)) {
      Path top = fs.getPath("/").resolve(folder.getFileName().toString());
      for (Path from : walk.sorted().toList()) {
        Path to = top.resolve(folder.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
          Files.setPosixFilePermissions(to, EXECUTABLE);
        } else {
          Files.copy(from, to);
          Files.setPosixFilePermissions(
              to,
              Files.isExecutable(from) && from.getFileName().toString().equals("course")
                  ? EXECUTABLE
                  : READABLE);
        }
      }
    }
    Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
