package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code course build} runs without picocli ({@link KitFastPath}) and does and prints, byte
 * for byte, what picocli's path does for the same arguments: the same site, the same lines, the
 * same exit code, for a good course, a broken one, {@code --keep-going}, a folder it may not write
 * into, a student kit. Other forms ({@code --watch}, {@code --server}, help, unknown options) still
 * go to picocli. Each case runs in child JVMs once each way ({@code -Dcourse.cli=picocli} forces
 * picocli), with the loaded classes logged to tell the paths apart.
 */
class BuildFastPathTest {
  @TempDir Path tmp;

  /** What one run printed, and whether it loaded any of picocli. */
  record Ran(CourseRunner.Run run, boolean picocli) {}

  Ran course(boolean forcePicocli, String... args) throws Exception {
    Path classes = Files.createTempFile(tmp, "classes", ".log");
    List<String> command = new ArrayList<>(CourseRunner.childCommand(args));
    command.add(1, "-Xlog:class+load:file=" + classes);
    command.add(1, "-Dcourse.root=" + tmp.resolve("nowhere"));
    if (forcePicocli) {
      command.add(1, "-D" + KitFastPath.CLI_PROPERTY + "=picocli");
    }
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("course build ended").isTrue();
    List<String> loaded = Files.readAllLines(classes);
    assertThat(loaded).as("the class-load log").anyMatch(l -> l.contains("course.grader.cli.Main"));
    return new Ran(
        new CourseRunner.Run(p.exitValue(), Files.readString(out), Files.readString(err)),
        loaded.stream().anyMatch(l -> l.contains(" picocli.")));
  }

  /**
   * Runs {@code args} both ways, with {@code site} (when not null) cleared before each: the fast
   * path loads no picocli, prints what picocli's path prints and writes the same site.
   */
  CourseRunner.Run sameBothWays(Path site, String... args) throws Exception {
    clear(site);
    Ran slow = course(true, args);
    List<String> slowSite = listing(site);
    clear(site);
    Ran fast = course(false, args);
    assertThat(slow.picocli()).as("-Dcourse.cli=picocli loads picocli").isTrue();
    assertThat(fast.picocli()).as("the fast path loads no picocli class: " + fast.run()).isFalse();
    assertThat(fast.run().code()).as(fast.run().toString()).isEqualTo(slow.run().code());
    assertThat(fast.run().out()).isEqualTo(slow.run().out());
    assertThat(KitFastPathTest.withoutStackFrames(fast.run().err()))
        .isEqualTo(KitFastPathTest.withoutStackFrames(slow.run().err()));
    assertThat(listing(site)).isEqualTo(slowSite);
    return fast.run();
  }

  /** Every file of the site with its content, or empty when there is none. */
  private static List<String> listing(Path site) throws Exception {
    if (site == null || !Files.isDirectory(site)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(site)) {
      List<String> all = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        all.add(site.relativize(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
      }
      return all;
    }
  }

  private static void clear(Path site) throws Exception {
    if (site != null && Files.exists(site)) {
      try (Stream<Path> files = Files.walk(site)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  /** The fixture course with a lesson, so it has a site. */
  Path courseWithLessons() throws Exception {
    Path course = tmp.resolve("course");
    CourseRunner.copyTree(CourseRunner.fixtureCourse(), course);
    Files.createDirectories(course.resolve("content/basics"));
    Files.writeString(course.resolve("content/index.md"), "---\ntitle: Fast\n---\nHello.\n");
    Files.writeString(
        course.resolve("content/basics/index.md"), "---\ntitle: Basics\n---\nThe part.\n");
    Files.writeString(
        course.resolve("content/basics/01-first.md"),
        "---\ntitle: First\n---\n## Code\n\n```java\nint x = 1;\n```\n\nSee [second](02-second.md).\n");
    Files.writeString(
        course.resolve("content/basics/02-second.md"), "---\ntitle: Second\n---\nBack.\n");
    return course;
  }

  @Test
  void aGoodCourseIsBuiltTheSameEitherWay() throws Exception {
    Path course = courseWithLessons();
    Path site = tmp.resolve("site");
    CourseRunner.Run built =
        sameBothWays(site, "build", "--course", course.toString(), "--out", site.toString());
    assertThat(built.code()).as(built.toString()).isZero();
    assertThat(built.out()).startsWith("Built ").contains("Open file:");
    assertThat(site.resolve("lessons/basics/01-first.html")).isRegularFile();

    // Common options before the verb, --out=DIR, --verbose; the default folder build/site.
    sameBothWays(site, "--course=" + course, "--verbose", "build", "--out=" + site, "--keep-going");
    CourseRunner.Run inPlace =
        sameBothWays(course.resolve("build/site"), "build", "--course", course.toString());
    assertThat(inPlace.out()).contains(course.resolve("build/site").toString());
  }

  @Test
  void problemsAndFailuresAreTheSameLinesAndExitCodeEitherWay() throws Exception {
    Path course = courseWithLessons();
    Files.writeString(
        course.resolve("content/basics/02-second.md"), "---\ntitle: [unclosed\n---\nBack.\n");
    Path site = tmp.resolve("site");
    CourseRunner.Run broken =
        sameBothWays(site, "build", "--course", course.toString(), "--out", site.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("content/basics/02-second.md:2: malformed front matter");
    assertThat(site).doesNotExist();

    CourseRunner.Run kept =
        sameBothWays(
            site, "build", "--keep-going", "--course", course.toString(), "--out", site.toString());
    assertThat(kept.code()).isEqualTo(2);
    assertThat(kept.err()).contains("Wrote the site with each broken page as an error page");

    // An output folder that holds something else: one line, nothing touched.
    Files.writeString(
        course.resolve("content/basics/02-second.md"), "---\ntitle: Second\n---\nBack.\n");
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("keep.txt"), "mine");
    CourseRunner.Run refused =
        sameBothWays(null, "build", "--course", course.toString(), "--out", other.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).startsWith("course: ").contains("not empty");
    assertThat(other.resolve("keep.txt")).hasContent("mine");

    // A student kit's site comes built.
    Path kit = tmp.resolve("kit");
    Files.createDirectories(kit);
    Files.writeString(kit.resolve("course.yaml"), "kit: true\n");
    CourseRunner.Run inKit = sameBothWays(null, "build", "--course", kit.toString());
    assertThat(inKit.code()).isEqualTo(2);
    assertThat(inKit.err()).contains("is a student kit and its site is already built");
  }

  @Test
  void otherFormsOfBuildGoToPicocli() throws Exception {
    Path course = courseWithLessons();
    Ran help = course(false, "build", "--help");
    assertThat(help.picocli()).isTrue();
    assertThat(help.run().out()).startsWith("Usage: course build");

    Ran bogus = course(false, "build", "--course", course.toString(), "--bogus");
    assertThat(bogus.picocli()).isTrue();
    assertThat(bogus.run().code()).isEqualTo(2);
    assertThat(bogus.run().err()).contains("--bogus").contains("Try 'course build --help'.");

    Ran twice = course(false, "build", "--course", course.toString(), "--out", "a", "--out", "b");
    assertThat(twice.picocli()).isTrue();

    Ran server =
        course(
            false,
            "build",
            "--course",
            course.toString(),
            "--out",
            tmp.resolve("served").toString(),
            "--server",
            "https://192.0.2.1:8443");
    assertThat(server.picocli()).isTrue();
    assertThat(server.run().code()).as(server.run().toString()).isZero();
  }
}
