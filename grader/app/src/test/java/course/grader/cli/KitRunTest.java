package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student kit works on its own: unpacked from its zip into an empty folder, its launcher runs the
 * visible tests with only a JDK (no Maven, no course sources), and the hidden tests are not there
 * to run. Instructor commands refuse to run in it.
 */
class KitRunTest {
  private static final String EXERCISE = "height-checker";

  @TempDir static Path tmp;
  private static Path kit;

  @BeforeAll
  static void unpackTheKit() throws Exception {
    Kits.buildTheTool();
    CourseRunner.Run run =
        Kits.write(tmp.resolve("out"), tmp.resolve("db"), "--server", Kits.SERVER);
    assertThat(run.code()).as(run.toString()).isZero();
    String name = CourseRunner.realCourse().getFileName() + "-kit";
    Path empty = Files.createDirectories(tmp.resolve("student"));
    unzip(tmp.resolve("out").resolve(name + ".zip"), empty);
    kit = empty.resolve(name);
  }

  @Test
  void theUnpackedKitsLauncherRunsTheVisibleTestsWithoutMavenAndNoHiddenOnes() throws Exception {
    Path starter = kit.resolve("exercises").resolve(EXERCISE).resolve("starter/HeightChecker.java");
    assertThat(starter).isRegularFile();
    Launched run = launch("test", EXERCISE, starter.toString());

    // The names the instructor's course gives: visible ones from 'course test', all from a submit.
    CourseRunner instructor =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("instructor.db"));
    Path original =
        CourseRunner.realCourse()
            .resolve("exercises")
            .resolve(EXERCISE)
            .resolve("starter/HeightChecker.java");
    List<String> visible = names(instructor.run("test", EXERCISE, original.toString(), "--json"));
    List<String> all =
        names(
            instructor.run(
                "submit", EXERCISE, original.toString(), "--student", "kit-test", "--json"));
    List<String> hidden = new ArrayList<>(all);
    hidden.removeAll(visible);
    assertThat(visible).isNotEmpty();
    assertThat(hidden).as("the exercise has hidden tests").isNotEmpty();

    assertThat(run.code).as(run.toString()).isEqualTo(ExitCode.LOST_POINTS);
    assertThat(run.out).as(run.toString()).contains("visible tests only, not recorded");
    assertThat(run.out.lines().filter(l -> l.startsWith("IDE: ")).toList())
        .as(run.toString())
        .containsExactly(
            "IDE: "
                + kit.resolve("exercises").resolve(EXERCISE)
                + " opens as a Maven project (IntelliJ, Eclipse, VS Code) and runs these visible"
                + " tests there, offline; or type 'mvn -o test' in it.");
    for (String name : visible) {
      assertThat(run.out).as(run.toString()).contains(name);
    }
    for (String name : hidden) {
      assertThat(run.out).as(run.toString()).doesNotContain(name);
    }
    assertThat(tmp.resolve("mvn-was-called")).as("the kit never calls Maven").doesNotExist();
  }

  @Test
  void instructorCommandsRefuseToRunInAKitWithOneLine() throws Exception {
    for (List<String> command :
        List.of(List.of("check"), List.of("grade", EXERCISE, "."), List.of("gradebook", "show"))) {
      Launched run = launch(command.toArray(String[]::new));
      assertThat(run.code).as(run.toString()).isEqualTo(ExitCode.INPUT);
      assertThat(run.err.strip().lines().filter(l -> l.startsWith("course: ")).toList())
          .as(run.toString())
          .containsExactly(
              "course: 'course "
                  + command.get(0)
                  + "' is an instructor command; "
                  + kit
                  + " is a student kit (its course.yaml says so); run it in the instructor's"
                  + " course folder");
    }
    assertThat(kit.resolve("gradebook.db")).doesNotExist();

    Launched build = launch("build");
    assertThat(build.code).as(build.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(build.err).contains("its site is already built: open file:");
    assertThat(kit.resolve("build")).doesNotExist();
  }

  @Test
  void aCorruptOrStaleStartUpArchiveIsIgnoredAndWrittenAgainNotAnError() throws Exception {
    Path archive = kit.resolve("tool/course.jsa");
    Launched first = launch("--version");
    assertThat(first.code).as(first.toString()).isZero();
    assertThat(archive).as("the first command writes the start-up archive").isRegularFile();

    // Garbage newer than the jars: the launcher keeps it, the JVM ignores it, silently.
    Files.write(archive, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(
        archive, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Launched corrupt = launch("--version");
    assertThat(corrupt.code).as(corrupt.toString()).isZero();
    assertThat(corrupt.out).as(corrupt.toString()).startsWith("course ");
    assertThat(corrupt.err).as(corrupt.toString()).isBlank();

    // An archive older than the jar (a new tool unpacked over the old one): written again.
    Files.setLastModifiedTime(
        archive,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(kit.resolve("tool/course.jar")).toMillis() - 60_000));
    Launched stale = launch("--version");
    assertThat(stale.code).as(stale.toString()).isZero();
    assertThat(stale.err).as(stale.toString()).contains("preparing start-up archives");
    assertThat(Files.size(archive)).as("a real archive again").isGreaterThan(1_000_000);
  }

  @Test
  void theStartUpArchiveHoldsPicocliSoNoCommandReadsItsClassesFromTheJar() throws Exception {
    Launched first = launch("--version");
    assertThat(first.code).as(first.toString()).isZero();
    assertThat(kit.resolve("tool/course.jsa")).isRegularFile();

    // picocli's class files are Java 5: JDK 17's dynamic archive refuses them, a static one holds
    // them. What a command loads must come from the archive, not be read and verified again.
    Path log = tmp.resolve("class-load.log");
    Files.deleteIfExists(log);
    Launched run =
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "--version");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).as(run.toString()).doesNotContain("preparing start-up archives");
    List<String> picocli =
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains(" picocli."))
            .toList();
    List<String> fromJar =
        picocli.stream().filter(l -> !l.endsWith("source: shared objects file")).toList();
    assertThat(picocli.size() - fromJar.size())
        .as("picocli's classes 'course --version' takes from the archive")
        .isGreaterThan(100);
    // At most a stray one the training run never loaded (picocli has about 180).
    assertThat(fromJar).as("picocli's classes read from the jar").hasSizeLessThan(5);
  }

  /** What the launcher did. */
  private record Launched(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * Runs the kit's launcher as a student would, with a PATH of only the JDK and the system's
   * folders, and in front of them an {@code mvn} that records being called.
   */
  private static Launched launch(String... args) throws IOException, InterruptedException {
    return launch(Map.of(), args);
  }

  /** As {@link #launch(String...)}, with {@code more} in the environment. */
  private static Launched launch(Map<String, String> more, String... args)
      throws IOException, InterruptedException {
    Path trap = Files.createDirectories(tmp.resolve("trap"));
    Path mvn = trap.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\ntouch '" + tmp.resolve("mvn-was-called") + "'\nexit 99\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jdk = Path.of(System.getProperty("java.home")).resolve("bin");
    List<String> command = new ArrayList<>(List.of(kit.resolve("course").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(kit.toFile())
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(tmp.resolve("err.txt").toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", trap + ":" + jdk + ":/usr/bin:/bin");
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.putAll(more);
    Process process = builder.start();
    try {
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the kit's course finished").isTrue();
    } finally {
      process.destroyForcibly();
    }
    return new Launched(
        process.exitValue(),
        Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static List<String> names(CourseRunner.Run run) {
    JsonNode json = run.json();
    List<String> names = new ArrayList<>();
    json.get("tests").forEach(t -> names.add(t.get("name").asText()));
    assertThat(names).as(run.toString()).isNotEmpty();
    return names;
  }

  /** Unpacks with the Unix modes the zip records (the launcher must stay executable). */
  static void unzip(Path zip, Path into) throws IOException {
    try (FileSystem fs =
            FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
        Stream<Path> walk = Files.walk(fs.getPath("/"))) {
      for (Path entry : walk.toList()) {
        Path to = into.resolve(entry.toString().substring(1));
        if (Files.isDirectory(entry)) {
          Files.createDirectories(to);
        } else {
          Files.copy(entry, to);
          Files.setPosixFilePermissions(
              to,
              Files.getFileAttributeView(entry, PosixFileAttributeView.class)
                  .readAttributes()
                  .permissions());
        }
      }
    }
  }
}
