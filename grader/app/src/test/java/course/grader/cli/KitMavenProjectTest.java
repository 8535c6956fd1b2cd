package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each exercise folder of an unpacked student kit is a Maven project that runs the visible tests
 * with an empty local repository and no network: real {@code mvn -o test} inside bubblewrap with
 * the network unshared, so any download attempt fails. The starter fails the visible tests; the
 * reference solution copied over it passes.
 */
class KitMavenProjectTest {
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
    KitRunTest.unzip(tmp.resolve("out").resolve(name + ".zip"), empty);
    kit = empty.resolve(name);
  }

  @Test
  void anExerciseFolderRunsItsVisibleTestsWithMavenOfflineFromAnEmptyLocalRepository()
      throws Exception {
    Path folder = kit.resolve("exercises").resolve(EXERCISE);
    assertThat(folder.resolve("pom.xml")).isRegularFile();

    Mvn starter = mvnOfflineWithoutNetwork(folder, "starter");
    assertThat(starter.code).as(starter.output).isNotZero();
    assertThat(starter.output).contains("HeightCheckerTest", "Tests run: 3, Failures: 2");
    assertThat(starter.output)
        .as("nothing was looked for on a network")
        .doesNotContain("repo.maven.apache.org", "Could not resolve", "offline mode");

    Path solution =
        CourseRunner.realCourse()
            .resolve("exercises")
            .resolve(EXERCISE)
            .resolve("solution/HeightChecker.java");
    Files.copy(
        solution,
        folder.resolve("starter/HeightChecker.java"),
        StandardCopyOption.REPLACE_EXISTING);
    Mvn solved = mvnOfflineWithoutNetwork(folder, "solution");
    assertThat(solved.code).as(solved.output).isZero();
    assertThat(
            Files.readString(
                folder.resolve("target/surefire-reports/HeightCheckerTest.txt"),
                StandardCharsets.UTF_8))
        .contains("Tests run: 3, Failures: 0, Errors: 0");
  }

  @Test
  void aLabWhoseStarterUsesClassesOfTestsCompilesThemTogetherAndItsSolutionPasses()
      throws Exception {
    // raft-lab-1-election's RaftNode uses the simulator (Raft, Sim) that lives in tests/.
    Path folder = kit.resolve("exercises").resolve("raft-lab-1-election");
    Path solution =
        CourseRunner.realCourse().resolve("exercises").resolve("raft-lab-1-election/solution");
    try (Stream<Path> files = Files.list(solution)) {
      for (Path f : files.toList()) {
        Files.copy(
            f,
            folder.resolve("starter").resolve(f.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Mvn lab = mvnOfflineWithoutNetwork(folder, "lab");
    assertThat(lab.code).as(lab.output).isZero();
    try (Stream<Path> reports = Files.list(folder.resolve("target/surefire-reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")))
          .isNotEmpty();
    }
  }

  @Test
  void theKitsMavenRepositoryHoldsOnlyJarsPomsAndChecksumsAndOfOurOwnOnlyTheTestApi()
      throws IOException {
    Path repo = kit.resolve("maven-repo");
    List<String> ours = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = repo.relativize(p).toString();
        assertThat(rel).matches(".*\\.(jar|pom)(\\.sha1)?");
        if (rel.startsWith("course/")) {
          ours.add(rel);
        }
      }
    }
    assertThat(ours)
        .allSatisfy(rel -> assertThat(rel).startsWith("course/course-testapi/"))
        .anySatisfy(rel -> assertThat(rel).endsWith(".jar"));
  }

  private record Mvn(int code, String output) {}

  /**
   * {@code mvn -o -q test} in {@code folder} as a student's machine would run it: a fresh home and
   * an empty local repository, inside bubblewrap without network.
   */
  private static Mvn mvnOfflineWithoutNetwork(Path folder, String label)
      throws IOException, InterruptedException {
    Path home = Files.createDirectories(tmp.resolve("home-" + label));
    Path local = Files.createDirectories(tmp.resolve("m2-" + label));
    Path log = tmp.resolve("mvn-" + label + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bwrap",
                "--dev-bind",
                "/",
                "/",
                "--unshare-net",
                "--chdir",
                folder.toString(),
                "mvn",
                "-o",
                "-q",
                "-B",
                "-Dmaven.repo.local=" + local,
                "test")
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder.start();
    try {
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("mvn finished").isTrue();
    } finally {
      process.destroyForcibly();
    }
    String output =
        Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
    return new Mvn(process.exitValue(), output);
  }
}
