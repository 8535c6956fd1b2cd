package course.grader.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allowed arrows between our packages, written down (grader/README.md shows the same map). A
 * source file that imports a package its own package may not use fails this test with the file and
 * the import. Packages of the grader are named without {@code course.grader.}.
 */
class PackageDependenciesTest {
  /** Each package and the packages (ours) it may import. The JDK and libraries are not listed. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("catalog", Set.of()),
          Map.entry("report", Set.of("catalog")),
          Map.entry("judge", Set.of("report", "catalog", "harness")),
          Map.entry("gradebook", Set.of("report", "catalog")),
          Map.entry("policy", Set.of("gradebook", "report", "catalog")),
          Map.entry("roster", Set.of("gradebook", "report", "catalog")),
          Map.entry("export", Set.of("gradebook", "policy", "report", "catalog")),
          Map.entry("similarity", Set.of("gradebook", "report", "catalog")),
          Map.entry("batch", Set.of("service", "judge", "gradebook", "wire", "report", "catalog")),
          Map.entry("wire", Set.of("report", "catalog")),
          Map.entry("server", Set.of("service", "judge", "gradebook", "wire", "report", "catalog")),
          Map.entry("remote", Set.of("server", "wire", "report", "catalog")),
          Map.entry(
              "service", Set.of("judge", "gradebook", "policy", "report", "catalog", "roster")),
          Map.entry(
              "cli",
              Set.of(
                  "service",
                  "server",
                  "remote",
                  "wire",
                  "batch",
                  "export",
                  "gradebook",
                  "judge",
                  "policy",
                  "report",
                  "roster",
                  "similarity",
                  "catalog",
                  "site",
                  "kit")),
          Map.entry("kit", Set.of("site", "catalog")),
          Map.entry("site", Set.of("site", "catalog")));

  /** Only the gradebook speaks SQL; a command or service that needs data asks the gradebook. */
  static final Set<String> MAY_USE_SQL = Set.of("gradebook");

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void everyImportFollowsTheAllowedArrows() {
    assertThat(violations(sources())).isEmpty();
  }

  @Test
  void aGradebookThatImportsJudgeOrACommandThatImportsSqlIsReported(@TempDir Path tmp)
      throws IOException {
    Path gradebook = tmp.resolve("Bad.java");
    Files.writeString(
        gradebook,
        "package course.grader.gradebook;\n\nimport course.grader.judge.Judge;\n\nclass Bad {}\n");
    Path command = tmp.resolve("BadCommand.java");
    Files.writeString(
        command,
        "package course.grader.cli;\n\nimport java.sql.Connection;\n\nclass BadCommand {}\n");
    assertThat(violations(List.of(gradebook, command)))
        .containsExactly(
            gradebook + ": gradebook may not import course.grader.judge.Judge",
            command + ": cli imports java.sql.Connection (SQL belongs in gradebook)");
  }

  static List<String> violations(List<Path> files) {
    List<String> violations = new ArrayList<>();
    for (Path file : files) {
      String from = ourPackage(packageOf(file));
      assertThat(ALLOWED).as("a package nobody wrote down: " + file).containsKey(from);
      Matcher m = IMPORT.matcher(read(file));
      while (m.find()) {
        String imported = m.group(1);
        if (imported.startsWith("java.sql.")
            || imported.startsWith("org.sqlite.")
            || imported.startsWith("org.postgresql.")) {
          if (!MAY_USE_SQL.contains(from)) {
            violations.add(
                file + ": " + from + " imports " + imported + " (SQL belongs in gradebook)");
          }
          continue;
        }
        if (!imported.startsWith("course.")) {
          continue;
        }
        String to = ourPackage(imported.substring(0, imported.lastIndexOf('.')));
        if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
          violations.add(file + ": " + from + " may not import " + imported);
        }
      }
    }
    return violations;
  }

  @Test
  void theWalkFindsBothModulesSources() {
    assertThat(sources()).hasSizeGreaterThan(100);
    assertThat(ourPackage("course.grader.judge.internal")).isEqualTo("judge");
    assertThat(ourPackage("course.site.generate")).isEqualTo("site");
  }

  /** {@code course.grader.judge.x} is judge, {@code course.site.x} is site, else the 2nd name. */
  static String ourPackage(String javaPackage) {
    String[] parts = javaPackage.split("\\.");
    if (parts.length >= 3 && parts[1].equals("grader")) {
      return parts[2];
    }
    return parts.length >= 2 ? parts[1] : javaPackage;
  }

  private static String packageOf(Path file) {
    Matcher m =
        Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(read(file));
    if (!m.find()) {
      throw new AssertionError(file + ": no package line");
    }
    return m.group(1);
  }

  private static List<Path> sources() {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    for (String module : List.of("grader/app", "site")) {
      try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ArrayList<>(new TreeSet<>(files));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
