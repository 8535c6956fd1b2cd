package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's gap: with {@code allow: [files]} student code may read files, so the guard was the
 * only layer between it and the hidden tests' class files. Now those class files exist in no file
 * the child can see (they reach the harness as bytes on stdin), so the route fails with the guard
 * and without it.
 */
class HiddenClassesNowhereTest {
  @TempDir Path tmp;

  /** A recognisable constant of the hidden test; its bytes in a report would be a leak. */
  private static final String SECRET = "expected-total-from-the-hidden-test";

  /**
   * Census (allow: [files]) with a hidden test that has nested classes, one extending one declared
   * after it (so the harness must define a supertype first) and a lambda.
   */
  private Path course() throws Exception {
    Path original = generality().resolve("exercises/census");
    Path copy = tmp.resolve("course/exercises/census");
    CourseRunner.copyTree(original, copy);
    Files.createDirectories(copy.resolve("hidden"));
    Files.writeString(
        copy.resolve("hidden/CensusHiddenTest.java"),
        """
        import static org.assertj.core.api.Assertions.assertThat;

        import java.util.function.IntSupplier;
        import org.junit.jupiter.api.Test;

        class CensusHiddenTest {
          static final String SECRET = "%s";

          static class Checked extends Total {}

          static class Total {
            int value() {
              IntSupplier total = Census::total;
              return total.getAsInt();
            }
          }

          @Test
          void theTotalAgain() {
            assertThat(new Checked().value()).as(SECRET).isEqualTo(2045);
          }
        }
        """
            .formatted(SECRET));
    return tmp.resolve("course");
  }

  private static Path generality() throws URISyntaxException {
    return Path.of(HiddenClassesNowhereTest.class.getResource("/generality-course").toURI());
  }

  /**
   * Reads the resources it may, then looks for the hidden test by every file and resource route.
   */
  private static final String HOSTILE =
      """
      import java.io.BufferedReader;
      import java.io.File;
      import java.io.InputStream;
      import java.io.InputStreamReader;
      import java.nio.charset.StandardCharsets;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.util.Base64;
      import java.util.stream.Stream;

      class Census {
        static int total() {
          StringBuilder leak = new StringBuilder("LEAK:");
          for (String name : new String[] {"/CensusHiddenTest.class", "CensusHiddenTest.class"}) {
            try (InputStream in = Census.class.getResourceAsStream(name)) {
              if (in != null) {
                leak.append(Base64.getEncoder().encodeToString(in.readAllBytes()));
              }
            } catch (Throwable e) {
              leak.append(e.getClass().getSimpleName()).append(';');
            }
          }
          for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try (Stream<Path> walk = Files.walk(Path.of(entry).toAbsolutePath().getParent())) {
              for (Path p : walk.toList()) {
                if (p.getFileName() != null && p.getFileName().toString().contains("Hidden")
                    && !p.getFileName().toString().contains("Anchor")) {
                  leak.append(p).append('=');
                  leak.append(Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
                }
              }
            } catch (Throwable e) {
              leak.append(e.getClass().getSimpleName()).append(';');
            }
          }
          try (BufferedReader lines = new BufferedReader(new InputStreamReader(
              Census.class.getResourceAsStream("/population.csv"), StandardCharsets.UTF_8))) {
            int total = lines.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
            if (leak.length() > "LEAK:".length()) {
              throw new IllegalStateException(leak.toString());
            }
            return total;
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
      """;

  private JsonNode submit(Path course, String source) throws Exception {
    Path file = tmp.resolve("Census.java");
    Files.writeString(file, source);
    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("gradebook.db"))
            .run("submit", "census", file.toString(), "--student", "ada", "--json");
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
    return run.json();
  }

  @Test
  void aHiddenTestWithNestedClassesDefinedFromBytesGradesTheHonestSolution() throws Exception {
    Path course = course();
    JsonNode report =
        submit(
            course,
            Files.readString(generality().resolve("exercises/census/solution/Census.java")));
    assertThat(report.get("outcome").asText()).as(report.toString()).isEqualTo("graded");
    assertThat(report.get("tests")).as(report.toString()).hasSize(2);
    assertThat(report.get("score").asDouble()).as(report.toString()).isEqualTo(2.0);
  }

  @Test
  void withAllowFilesTheGuardKeepsTheHiddenClassFilesUnread() throws Exception {
    JsonNode report = submit(course(), HOSTILE);
    assertNoLeak(report);
    // The guard's own refusal, not only the missing files: walking the class-path folders (which
    // still hold the visible tests) is denied to student code, while resources/ stays readable.
    assertThat(report.toString()).as(report.toString()).contains("AccessControlException");
  }

  @Test
  void withAllowFilesAndWithoutTheGuardTheHiddenClassFilesAreNowhereToRead() throws Exception {
    Path course = course();
    JsonNode report = HostileSubmissionsTest.withoutGuard(() -> submit(course, HOSTILE));
    assertNoLeak(report);
    // Without the guard the routes ran and found nothing: the honest part passes, both tests.
    assertThat(report.get("score").asDouble()).as(report.toString()).isEqualTo(2.0);
  }

  @Test
  void inAJvmStartedAheadWithAllowFilesAndWithoutTheGuardTheHiddenClassFilesAreNowhereToRead()
      throws Exception {
    Path course = course();
    Exercise census = Catalog.load(course).exercise("census");
    Path honest = census.solutionDir().resolve("Census.java");
    Path hostile = Files.createDirectories(tmp.resolve("hostile")).resolve("Census.java");
    Files.writeString(hostile, HOSTILE);
    GradeReport report =
        HostileSubmissionsTest.withoutGuard(
            () ->
                SpareJvmTest.inAJvmStartedAhead(
                    SpareJvmTest.judgeWithSpares(), census, honest, hostile));
    assertThat(report.outcome()).as(report.toString()).isEqualTo(Outcome.GRADED);
    assertThat(SpareJvmTest.shown(report))
        .doesNotContain("yv66vg")
        .doesNotContain("CensusHiddenTest.class=");
    assertThat(report.score()).as(report.toString()).isEqualTo(2.0);
  }

  private static void assertNoLeak(JsonNode report) {
    assertThat(report.get("outcome").asText()).as(report.toString()).isEqualTo("graded");
    // "yv66vg" is the base64 of the class-file magic 0xCAFEBABE.
    assertThat(report.toString())
        .doesNotContain("yv66vg")
        .doesNotContain("CensusHiddenTest.class=");
  }
}
