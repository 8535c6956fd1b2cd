package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./course} script decides by itself when to rebuild the tool and when to
 * write its start-up archive again. Here the real script runs in a copy of the repository's layout
 * whose {@code mvn} and {@code java} are stand-ins on the PATH that write down how they were
 * called: what is tested is the script's decisions, not Maven or the JVM.
 */
class LauncherTest {
  private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

  @TempDir Path repo;
  private Path bin;
  private Path calls;
  private Path target;

  @BeforeEach
  void layout() throws IOException {
    Path script = CourseRunner.realCourse().resolve("course");
    Files.copy(script, repo.resolve("course"));
    executable(repo.resolve("course"));
    target = repo.resolve("grader/app/target");
    for (String pom : List.of("pom.xml", "grader/pom.xml", "grader/app/pom.xml", "site/pom.xml")) {
      write(repo.resolve(pom), "<project/>", BUILT.minusSeconds(3600));
    }
    write(repo.resolve("site/src/main/java/A.java"), "class A {}", BUILT.minusSeconds(3600));
    write(repo.resolve("grader/app/src/main/java/B.java"), "class B {}", BUILT.minusSeconds(3600));
    write(target.resolve("course.jar"), "jar", BUILT);
    write(target.resolve("lib/dep.jar"), "dep", BUILT.minusSeconds(60));
    write(target.resolve("harness-lib/h.jar"), "h", BUILT.minusSeconds(60));
    Files.setLastModifiedTime(target.resolve("lib"), FileTime.from(BUILT.minusSeconds(60)));
    Files.setLastModifiedTime(target.resolve("harness-lib"), FileTime.from(BUILT.minusSeconds(60)));
    write(target.resolve("course.jsa"), "archive", BUILT.plusSeconds(60));
    bin = repo.resolve("bin");
    calls = repo.resolve("calls.txt");
    // mvn "builds" by touching the jar; java -Xshare:dump "writes" the archive it is asked for.
    standIn(
        "mvn",
        "echo \"mvn $*\" >>\"$CALLS\"\ntouch grader/app/target/course.jar\n"
            + "mkdir -p grader/app/target/harness-lib\n");
    standIn(
        "java",
        "echo \"java $*\" >>\"$CALLS\"\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:SharedArchiveFile=*) f=\"${a#*=}\";; esac;"
            + " done\n"
            + "case \" $* \" in *\" -Xshare:dump \"*) echo archive >\"$f\";;"
            + " *\" -XX:DumpLoadedClassList=\"*) ;; esac\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:DumpLoadedClassList=*)"
            + " echo java/lang/Object >\"${a#*=}\";; esac; done\n");
  }

  @Test
  void nothingChangedRunsTheToolAtOnceWithItsArchive() throws Exception {
    Result r = launch("--version");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.calls()).hasSize(1);
    assertThat(r.calls().get(0))
        .startsWith("java ")
        .contains("-XX:SharedArchiveFile=" + target.resolve("course.jsa"))
        .contains("-Dcourse.root=" + repo)
        .endsWith("-jar " + target.resolve("course.jar") + " --version");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aSourceNewerThanTheJarRebuildsTheToolThenItsArchive() throws Exception {
    touch(repo.resolve("site/src/main/java/A.java"), BUILT.plusSeconds(120));
    // Also a stale archive: the sources still decide first.
    touch(target.resolve("lib/dep.jar"), BUILT.plusSeconds(120));

    Result r = launch("--version");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.calls()).hasSize(4);
    assertThat(r.calls().get(0)).startsWith("mvn ").contains("package");
    assertThat(r.calls().get(1)).contains("-XX:DumpLoadedClassList=").endsWith("warmup");
    assertThat(r.calls().get(2)).contains("-Xshare:dump");
    assertThat(r.calls().get(3)).endsWith("--version");
    assertThat(r.err()).contains("building the tool").contains("preparing start-up archives");
  }

  @Test
  void aPomNewerThanTheJarRebuildsTheTool() throws Exception {
    touch(repo.resolve("grader/app/pom.xml"), BUILT.plusSeconds(120));

    Result r = launch("--version");

    assertThat(r.calls().get(0)).startsWith("mvn ");
  }

  @Test
  void aTestSourceNewerThanTheJarDoesNotRebuildTheTool() throws Exception {
    write(repo.resolve("site/src/test/java/T.java"), "class T {}", BUILT.plusSeconds(120));

    Result r = launch("--version");

    assertThat(r.calls()).hasSize(1);
    assertThat(r.calls().get(0)).startsWith("java ").endsWith("--version");
  }

  @Test
  void aJarNewerThanTheArchiveWritesTheArchiveAgainWithoutARebuild() throws Exception {
    touch(target.resolve("harness-lib/h.jar"), BUILT.plusSeconds(120));

    Result r = launch("--version");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.calls()).hasSize(3);
    assertThat(r.calls().get(0)).contains("-XX:DumpLoadedClassList=");
    assertThat(r.calls().get(1)).contains("-Xshare:dump");
    assertThat(r.calls().get(2)).endsWith("--version");
    assertThat(r.err()).doesNotContain("building the tool");
  }

  @Test
  void aJarAddedToLibWritesTheArchiveAgain() throws Exception {
    write(target.resolve("lib/new.jar"), "new", BUILT.plusSeconds(120));
    touch(target.resolve("lib"), BUILT.plusSeconds(120));

    Result r = launch("--version");

    assertThat(r.calls()).hasSize(3);
    assertThat(r.calls().get(1)).contains("-Xshare:dump");
  }

  @Test
  void noArchiveYetWritesOneWithoutARebuild() throws Exception {
    Files.delete(target.resolve("course.jsa"));

    Result r = launch("--version");

    assertThat(r.calls()).hasSize(3);
    assertThat(r.calls().get(1)).contains("-Xshare:dump");
    assertThat(r.calls().get(2)).contains("-XX:SharedArchiveFile=" + target.resolve("course.jsa"));
  }

  @Test
  void noJarBuildsTheTool() throws Exception {
    Files.delete(target.resolve("course.jar"));

    Result r = launch("--version");

    assertThat(r.calls().get(0)).startsWith("mvn ");
  }

  @Test
  void theScriptFindsItsFolderHoweverItIsCalled() throws Exception {
    for (List<String> command :
        List.of(
            List.of("./course", "--version"),
            List.of("bash", "course", "--version"),
            List.of(repo + "/./course", "--version"),
            List.of(repo + "/../" + repo.getFileName() + "/course", "--version"))) {
      Files.deleteIfExists(calls);
      Result r = run(command, repo);
      assertThat(r.calls()).as(command.toString()).hasSize(1);
      assertThat(r.calls().get(0))
          .as(command.toString())
          .contains("-Dcourse.root=" + repo + " ")
          .contains("-jar " + target.resolve("course.jar") + " ");
    }
    Files.deleteIfExists(calls);
    Result fromBelow = run(List.of("../course", "--version"), repo.resolve("site"));
    assertThat(fromBelow.calls().get(0)).contains("-Dcourse.root=" + repo + " ");
  }

  private record Result(int code, String err, List<String> calls) {}

  private Result launch(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(repo.resolve("course").toString()));
    command.addAll(List.of(args));
    return run(command, repo);
  }

  private Result run(List<String> command, Path dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("CALLS", calls.toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    return new Result(p.exitValue(), err, lines);
  }

  private void standIn(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.createDirectories(bin);
    Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void write(Path file, String text, Instant time) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    touch(file, time);
  }

  private static void touch(Path file, Instant time) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(time));
  }
}
