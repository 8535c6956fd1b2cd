package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code course kit}'s choices on a small course: no server, plain HTTP, a folder in the way. */
class KitCommandTest {
  @TempDir Path tmp;

  @BeforeAll
  static void tool() throws Exception {
    Kits.buildTheTool();
  }

  private CourseRunner.Run kit(String... args) {
    CourseRunner course =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("db").resolve("gradebook.db"));
    String[] all = new String[args.length + 1];
    all[0] = "kit";
    System.arraycopy(args, 0, all, 1, args.length);
    return course.run(all);
  }

  private Path folder() {
    return tmp.resolve("out").resolve("fixture-course-kit");
  }

  @Test
  void withoutServerTheKitNamesNoneAndSaysSubmitWillNotWork() throws Exception {
    CourseRunner.Run run = kit("--out", tmp.resolve("out").toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).contains("warning: no --server, so 'course submit' will not work");
    CourseConfig config = CourseConfig.read(folder());
    assertThat(config.kit()).isTrue();
    assertThat(config.server()).isEmpty();
    assertThat(config.serverFingerprint()).isEmpty();
    assertThat(tmp.resolve("db"))
        .as("no server identity is made for a kit without server")
        .doesNotExist();
    assertThat(tmp.resolve("out").resolve("fixture-course-kit.zip")).isRegularFile();

    CourseRunner inKit = new CourseRunner(folder(), folder().resolve("gradebook.db"));
    Path file = folder().resolve("exercises/adder/starter/Adder.java");
    CourseRunner.Run submit = inKit.run("submit", "adder", file.toString(), "--student", "ann");
    assertThat(submit.code()).as(submit.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(submit.err()).contains("this kit names no grading server");
    assertThat(folder().resolve("gradebook.db")).doesNotExist();
  }

  @Test
  void aPlainHttpServerIsWrittenWithInsecureHttpAndAWarning() {
    CourseRunner.Run run =
        kit("--out", tmp.resolve("out").toString(), "--server", "HTTP://10.0.0.5:8080");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).contains("plain HTTP");
    CourseConfig config = CourseConfig.read(folder());
    assertThat(config.insecureHttp()).isTrue();
    assertThat(config.server())
        .hasValueSatisfying(u -> assertThat(u).hasToString("http://10.0.0.5:8080"));
  }

  @Test
  void aBadServerIsAUsageErrorAndWritesNothing() {
    CourseRunner.Run run = kit("--out", tmp.resolve("out").toString(), "--server", "10.0.0.5:8443");
    assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err().strip())
        .isEqualTo(
            "course: --server 10.0.0.5:8443: not an http(s) URL with a host; write it like"
                + " https://192.168.1.10:8443");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aSecondKitReplacesTheFirstButAFolderThatIsNoKitIsLeftAlone() throws Exception {
    assertThat(kit("--out", tmp.resolve("out").toString()).code()).isZero();
    Path stray = folder().resolve("exercises").resolve("stray.txt");
    Files.writeString(stray, "left from an old kit");
    assertThat(kit("--out", tmp.resolve("out").toString()).code()).isZero();
    assertThat(stray).doesNotExist();

    Path other = tmp.resolve("other");
    Path mine = Files.createDirectories(other.resolve("fixture-course-kit")).resolve("notes.txt");
    Files.writeString(mine, "mine");
    CourseRunner.Run run = kit("--out", other.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("exists and is not a student kit");
    assertThat(mine).hasContent("mine");
  }
}
