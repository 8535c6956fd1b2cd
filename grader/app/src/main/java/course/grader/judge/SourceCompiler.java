package course.grader.judge;

import course.catalog.CourseException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a submission together with the exercise's tests, in-process with {@code javax.tools},
 * into a folder of class files. Every compiler error becomes one {@link Diagnostic}; errors inside
 * hidden tests are reported without their file position, so no hidden source leaks.
 */
final class SourceCompiler {
  /** What a compilation produced: class files in {@code classes}, or diagnostics. */
  record Result(boolean success, List<Diagnostic> diagnostics) {}

  /**
   * A source to compile and the name it has in diagnostics ({@code null} hides the position and the
   * file name, for hidden tests).
   */
  record Source(Path file, String shownAs) {}

  private final List<Path> classpath;

  SourceCompiler(List<Path> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  Result compile(List<Source> sources, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw CourseException.internal(
          "no Java compiler in this runtime; run course with a JDK, not a JRE", null);
    }
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(sources.stream().map(Source::file).toList());
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              String.join(
                  java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
              "-encoding",
              "UTF-8",
              "-proc:none",
              "-implicit:none",
              "-g",
              "-nowarn",
              "-Xlint:none",
              "-Xmaxerrs",
              "50");
      StringWriter ignoredOutput = new StringWriter();
      boolean ok = javac.getTask(ignoredOutput, files, collected, options, null, units).call();
      return new Result(ok, diagnostics(collected, sources));
    } catch (IOException e) {
      throw CourseException.internal("cannot compile in " + classes + ": " + e.getMessage(), e);
    }
  }

  private static List<Diagnostic> diagnostics(
      DiagnosticCollector<JavaFileObject> collected, List<Source> sources) {
    Map<String, String> shown = new java.util.HashMap<>();
    for (Source s : sources) {
      shown.put(s.file().toAbsolutePath().normalize().toString(), s.shownAs());
    }
    List<Diagnostic> list = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
      if (d.getKind() != Kind.ERROR) {
        continue;
      }
      String message = d.getMessage(Locale.ROOT).replace("\r", "");
      String first = message.lines().findFirst().orElse("error").strip();
      // javac puts the symbol of "cannot find symbol" on the next lines; keep them, one line.
      String detail =
          message
              .lines()
              .skip(1)
              .map(String::strip)
              .filter(l -> l.startsWith("symbol") || l.startsWith("location"))
              .reduce((a, b) -> a + "; " + b)
              .orElse("");
      String text =
          (detail.isEmpty() ? first : first + " (" + detail + ")").replaceAll("\\s+", " ");
      JavaFileObject source = d.getSource();
      String key =
          source == null ? null : Path.of(source.toUri()).toAbsolutePath().normalize().toString();
      if (key == null || !shown.containsKey(key)) {
        list.add(new Diagnostic("javac", 0, 0, text));
      } else if (shown.get(key) == null) {
        list.add(new Diagnostic("hidden tests", 0, 0, text));
      } else {
        list.add(new Diagnostic(shown.get(key), d.getLineNumber(), d.getColumnNumber(), text));
      }
    }
    return list;
  }
}
