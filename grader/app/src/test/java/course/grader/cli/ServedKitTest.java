package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 end to end: the real course served on loopback; its real kit, made by {@code course kit}
 * for that server, unzipped into an empty folder; a student who logs in and submits with the kit's
 * own launcher (a JDK on the PATH, no Maven, no course sources). The report equals a local submit
 * of the same file; the server's gradebook has the row; instructors read it while the server runs.
 */
class ServedKitTest {
  @TempDir static Path tmp;
  static ServedClass served;
  static Path kit;

  @BeforeAll
  static void serveAndUnpack() throws Exception {
    Kits.buildTheTool();
    served =
        new ServedClass(
            CourseRunner.realCourse(),
            "height-checker",
            tmp.resolve("class"),
            List.of("dana", "eve"),
            "--jobs",
            "2");
    CourseRunner.Run made =
        Kits.write(
            tmp.resolve("out"),
            served.db.getParent(),
            "--server",
            "https://127.0.0.1:" + served.port);
    assertThat(made.code()).as(made.toString()).isZero();
    String name = CourseRunner.realCourse().getFileName() + "-kit";
    Path empty = Files.createDirectories(tmp.resolve("laptop"));
    KitRunTest.unzip(tmp.resolve("out").resolve(name + ".zip"), empty);
    kit = empty.resolve(name);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  private static CourseRunner.Run launch(String home, String stdin, String... args)
      throws Exception {
    return launch(home, Map.of(), stdin, args);
  }

  /** As {@link #launch(String, String, String...)}, with {@code more} in the environment. */
  private static CourseRunner.Run launch(
      String home, Map<String, String> more, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(kit.resolve("course").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(kit.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", Path.of(System.getProperty("java.home")).resolve("bin") + ":/usr/bin:/bin");
    env.put("HOME", Files.createDirectories(tmp.resolve("home-" + home)).toString());
    env.putAll(more);
    Process p = builder.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new CourseRunner.Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aStudentLogsInAndSubmitsWithTheKitsLauncherAndGetsTheLocalReport() throws Exception {
    CourseRunner.Run login = launch("dana", served.tokens.get("dana") + "\n", "login");
    assertThat(login.code()).as(login.toString()).isZero();
    assertThat(login.out()).contains("as dana");
    Path token = Files.list(tmp.resolve("home-dana/.config/course")).findFirst().orElseThrow();
    assertThat(Files.getPosixFilePermissions(token))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    Path wrong =
        CourseRunner.realCourse()
            .resolve("exercises/height-checker/wrong/sorts-in-place/HeightChecker.java");
    Path mine = Files.createDirectories(tmp.resolve("work")).resolve("HeightChecker.java");
    Files.copy(wrong, mine);
    // The launcher's JVM logs the classes it loads: a kit's submit starts without picocli.
    Path classes = tmp.resolve("submit-classes.log");
    CourseRunner.Run served1 =
        launch(
            "dana",
            Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classes),
            "",
            "submit",
            "height-checker",
            mine.toString(),
            "--json");
    List<String> loaded = Files.readAllLines(classes);
    assertThat(loaded).anyMatch(l -> l.contains("course.grader.cli.KitFastPath"));
    assertThat(loaded).noneMatch(l -> l.contains(" picocli."));
    CourseRunner.Run local =
        new CourseRunner(CourseRunner.realCourse(), tmp.resolve("local.db"))
            .run("submit", "height-checker", mine.toString(), "--student", "dana", "--json");
    assertThat(served1.code()).as(served1.toString()).isEqualTo(1).isEqualTo(local.code());
    assertThat(served1.json()).isEqualTo(local.json());
    assertThat(served.query("SELECT count(*) FROM submissions WHERE student_id = 'dana'"))
        .isEqualTo("1");
    // No hidden test text came with the kit or the answer.
    assertThat(kit.resolve("exercises/height-checker/hidden")).doesNotExist();
    assertThat(kit.resolve("exercises/height-checker/solution")).doesNotExist();

    // The instructor reads the server's gradebook while it runs.
    CourseRunner instructor = new CourseRunner(CourseRunner.realCourse(), served.db);
    CourseRunner.Run show = instructor.run("gradebook", "show");
    assertThat(show.code()).as(show.toString()).isZero();
    assertThat(show.out()).contains("dana");
    CourseRunner.Run history = instructor.run("history", "--student", "dana");
    assertThat(history.out()).contains("height-checker").contains("#1");

    // Progress for the kit's site.
    assertThat(kit.resolve("site/progress.js")).content().contains("\"height-checker\"");
  }

  @Test
  void aReissuedTokenReplacesTheOldOneAndAWrongTokenIsOneLine() throws Exception {
    String old = served.tokens.get("eve");
    CourseRunner.Run login = launch("eve", old + "\n", "login");
    assertThat(login.code()).as(login.toString()).isZero();
    CourseRunner instructor = new CourseRunner(CourseRunner.realCourse(), served.db);
    CourseRunner.Run reissue = instructor.run("roster", "tokens", "--student", "eve");
    assertThat(reissue.code()).as(reissue.toString()).isZero();
    String fresh = reissue.out().lines().skip(1).findFirst().orElseThrow().replaceAll(".*,", "");
    assertThat(fresh).isNotEqualTo(old).hasSize(43);

    CourseRunner.Run refused = launch("eve", "", "history");
    assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err().strip().lines()).hasSize(1);
    assertThat(refused.err()).contains("did not accept your token").contains("course login");

    CourseRunner.Run again = launch("eve", fresh + "\n", "login");
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(launch("eve", "", "history").code()).isZero();
  }
}
