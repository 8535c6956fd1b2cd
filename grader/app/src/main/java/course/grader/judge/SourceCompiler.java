package course.grader.judge;

import course.catalog.CourseException;
import course.grader.report.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
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

  /** Stack of the compiler's thread: deeply nested honest code compiles, as with plain javac. */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  /** Default compile time limit: javac takes under a second for any honest submission. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  private final List<Path> classpath;
  private final Duration timeLimit;

  SourceCompiler(List<Path> classpath) {
    this(classpath, TIME_LIMIT);
  }

  SourceCompiler(List<Path> classpath, Duration timeLimit) {
    this.classpath = List.copyOf(classpath);
    this.timeLimit = timeLimit;
  }

  Result compile(List<Source> sources, Path classes) {
    return compile(sources, classes, Set.of(), classes, List.of());
  }

  /**
   * Compiles {@code sources} into {@code classes}, except the class files of the sources in {@code
   * studentFiles}, which go to {@code studentClasses} (the child JVM gives that folder's code no
   * rights). {@code extraClasspath} is searched after the harness jars.
   */
  Result compile(
      List<Source> sources,
      Path classes,
      Set<Path> studentFiles,
      Path studentClasses,
      List<Path> extraClasspath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw CourseException.internal(
          "no Java compiler in this runtime; run course with a JDK, not a JRE", null);
    }
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    StandardJavaFileManager files = fileManager(javac);
    boolean reusable = false;
    Thread thread = null;
    try {
      Files.createDirectories(classes);
      Files.createDirectories(studentClasses);
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(sources.stream().map(Source::file).toList());
      List<Path> path = new ArrayList<>(classpath);
      path.addAll(extraClasspath);
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList()),
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
      Routing routing = new Routing(files, studentFiles, studentClasses);
      FutureTask<Boolean> task =
          new FutureTask<>(javac.getTask(ignoredOutput, routing, collected, options, null, units));
      // On a thread of its own so that a compilation that does not end (source crafted to make
      // type inference explode) costs the time limit; javac cannot be stopped, the thread is a
      // daemon and ends with the grader.
      thread = new Thread(null, task, "course-javac", STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
      boolean ok;
      try {
        ok = task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        reusable = true;
      } catch (TimeoutException e) {
        // The caller goes on to delete the work folder; class files the stopped javac would still
        // write there could make that fail, or be read by a later step.
        routing.stopped = true;
        return new Result(
            false,
            List.of(
                new Diagnostic(
                    "javac",
                    0,
                    0,
                    "compiling took longer than "
                        + timeLimit.toSeconds()
                        + " s and was stopped; simplify the code (deeply nested generics or"
                        + " huge constant expressions?)")));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof StackOverflowError) {
          return new Result(
              false,
              List.of(
                  new Diagnostic(
                      "javac",
                      0,
                      0,
                      "the code is nested too deeply for the compiler; split the expression or"
                          + " statement into smaller ones")));
        }
        throw CourseException.internal("javac failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw CourseException.internal("interrupted while compiling", e);
      }
      return new Result(ok, diagnostics(collected, sources));
    } catch (IOException e) {
      throw CourseException.internal("cannot compile in " + classes + ": " + e.getMessage(), e);
    } finally {
      release(files, reusable, thread);
    }
  }

  /**
   * The file manager of this thread's compiles, made on its first one. Reusing it keeps the harness
   * jars open and indexed between compiles (a fresh one opens and walks all of them, byte-buddy's
   * and AssertJ's thousands of entries included, on each of a submission's two compiles). Nothing
   * of a compile is kept for the next: javac sets the class path and output folder from each task's
   * options (which drops the file manager's listings of the old ones), its own state lives in the
   * task, and every work folder is new.
   */
  private static StandardJavaFileManager fileManager(JavaCompiler javac) {
    Reused reused = FILES.get();
    if (reused == null || reused.compiles >= Reused.MAX_COMPILES) {
      if (reused != null) {
        close(reused.files);
      }
      reused = new Reused(javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
      FILES.set(reused);
    }
    reused.compiles++;
    return reused.files;
  }

  /**
   * After a compile: a file manager whose javac did not end normally (stopped at the time limit, so
   * its thread may still use it; or failed) is closed and not reused.
   */
  private static void release(StandardJavaFileManager files, boolean reusable, Thread javacThread) {
    if (reusable) {
      return;
    }
    FILES.remove();
    if (javacThread == null || !javacThread.isAlive()) {
      close(files);
      return;
    }
    // javac stopped at the time limit still runs (it cannot be interrupted) and still uses the
    // file manager: closing it now would pull its open jars from under it. Closed when it ends.
    Thread closer =
        new Thread(
            () -> {
              try {
                javacThread.join();
              } catch (InterruptedException e) {
                return;
              }
              close(files);
            },
            "course-javac-close");
    closer.setDaemon(true);
    closer.start();
  }

  private static void close(StandardJavaFileManager files) {
    try {
      files.close();
    } catch (IOException | RuntimeException e) {
      // Only open jars to let go of; nothing to report.
    }
  }

  /** A thread's file manager and how many compiles it served. */
  private static final class Reused {
    /** A fresh one now and then: javac remembers every folder it was shown (a small map entry). */
    static final int MAX_COMPILES = 200;

    final StandardJavaFileManager files;
    int compiles;

    Reused(StandardJavaFileManager files) {
      this.files = files;
    }
  }

  private static final ThreadLocal<Reused> FILES = new ThreadLocal<>();

  /** The file manager this thread's next compile would use, if it has one (for tests). */
  static Optional<StandardJavaFileManager> fileManagerOfThisThread() {
    return Optional.ofNullable(FILES.get()).map(r -> r.files);
  }

  /** Sends the class files of the student's sources to their own folder. */
  private static final class Routing extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Set<java.net.URI> student = new java.util.HashSet<>();
    private final Path studentClasses;

    /** Set when javac was stopped at the time limit: from then on it writes nothing. */
    volatile boolean stopped;

    Routing(StandardJavaFileManager files, Set<Path> studentFiles, Path studentClasses) {
      super(files);
      for (Path p : studentFiles) {
        student.add(p.toAbsolutePath().normalize().toUri());
      }
      this.studentClasses = studentClasses;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
        throws IOException {
      refuseIfStopped();
      if (location == StandardLocation.CLASS_OUTPUT
          && sibling != null
          && student.contains(Path.of(sibling.toUri()).toAbsolutePath().normalize().toUri())) {
        Path out = studentClasses.resolve(className.replace('.', '/') + kind.extension);
        Files.createDirectories(out.getParent());
        return new Guarded(fileManager.getJavaFileObjects(out).iterator().next());
      }
      return new Guarded(super.getJavaFileForOutput(location, className, kind, sibling));
    }

    @Override
    public FileObject getFileForOutput(
        Location location, String packageName, String relativeName, FileObject sibling)
        throws IOException {
      refuseIfStopped();
      return super.getFileForOutput(location, packageName, relativeName, sibling);
    }

    private void refuseIfStopped() throws IOException {
      if (stopped) {
        throw new IOException("compiling was stopped at its time limit");
      }
    }

    /** An output file that is not opened once the compile was stopped. */
    private final class Guarded extends ForwardingJavaFileObject<JavaFileObject> {
      Guarded(JavaFileObject file) {
        super(file);
      }

      @Override
      public java.io.OutputStream openOutputStream() throws IOException {
        refuseIfStopped();
        return super.openOutputStream();
      }

      @Override
      public java.io.Writer openWriter() throws IOException {
        refuseIfStopped();
        return super.openWriter();
      }
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
