package course.grader.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler keeps one file manager per grading thread (the harness jars stay open between
 * compiles), and no compile sees what an earlier one on that thread compiled or was shown.
 */
class SourceCompilerTest {
  @TempDir Path tmp;

  private final SourceCompiler compiler = new SourceCompiler(List.of());

  @Test
  void theCompilesOfOneThreadShareOneFileManager() throws IOException {
    assertThat(compile("a", "class A {}", List.of()).success()).isTrue();
    StandardJavaFileManager first = SourceCompiler.fileManagerOfThisThread().orElseThrow();
    assertThat(compile("b", "class B {}", List.of()).success()).isTrue();
    assertThat(SourceCompiler.fileManagerOfThisThread()).containsSame(first);

    AtomicReference<StandardJavaFileManager> other = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                compile("c", "class C {}", List.of());
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              other.set(SourceCompiler.fileManagerOfThisThread().orElseThrow());
            });
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(other.get()).as("another thread's own").isNotNull().isNotSameAs(first);
  }

  @Test
  void aReusedFileManagerShowsACompileOnlyItsOwnClassPath() throws IOException {
    // One submission's classes, then the next one's, on the same thread.
    SourceCompiler.Result one =
        compile("one", "public class Secret { public static int v() { return 1; } }", List.of());
    assertThat(one.success()).isTrue();
    SourceCompiler.Result peek = compile("peek", "class Peek { int x = Secret.v(); }", List.of());
    assertThat(peek.success())
        .as("the first compile's classes are not on the second's path")
        .isFalse();
    assertThat(peek.diagnostics().toString()).contains("Secret");

    // A class of the same name in a new folder, changed: the new one is read, not a kept listing.
    SourceCompiler.Result two =
        compile("two", "public class Secret { public static int w() { return 2; } }", List.of());
    assertThat(two.success()).isTrue();
    SourceCompiler.Result use =
        compile("use", "class Use { int x = Secret.w(); }", List.of(tmp.resolve("two/classes")));
    assertThat(use.success()).as(use.diagnostics().toString()).isTrue();
    SourceCompiler.Result old =
        compile("old", "class Old { int x = Secret.v(); }", List.of(tmp.resolve("two/classes")));
    assertThat(old.success()).as("the first Secret is gone with its folder").isFalse();
  }

  @Test
  void aCompileStoppedAtItsTimeLimitLeavesItsFileManagerBehind() throws IOException {
    compile("warm", "class Warm {}", List.of());
    StandardJavaFileManager before = SourceCompiler.fileManagerOfThisThread().orElseThrow();
    // Nested generic inference javac needs far longer than a millisecond for.
    SourceCompiler hurried = new SourceCompiler(List.of(), Duration.ofMillis(1));
    Path dir = Files.createDirectories(tmp.resolve("slow/src"));
    Path source = dir.resolve("Slow.java");
    Files.writeString(
        source,
        "import java.util.*; class Slow { Object o = List.of(List.of(List.of(List.of(Map.of(1,"
            + " List.of(2, 3), 4, List.of(5)))))); }");
    SourceCompiler.Result slow =
        hurried.compile(
            List.of(new SourceCompiler.Source(source, "Slow.java")), tmp.resolve("slow/classes"));
    assertThat(slow.success()).isFalse();
    assertThat(slow.diagnostics().toString()).contains("longer than");
    assertThat(SourceCompiler.fileManagerOfThisThread())
        .as("the stopped javac's file manager is not used again")
        .isEmpty();
    assertThat(compile("after", "class After {}", List.of()).success()).isTrue();
    assertThat(SourceCompiler.fileManagerOfThisThread().orElseThrow()).isNotSameAs(before);
    // The stopped javac runs on; once it has ended, it must have written nothing where the caller
    // was told the compile failed (the caller deletes that folder, which a late write could break).
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("course-javac")) {
        try {
          t.join(Duration.ofSeconds(120).toMillis());
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        assertThat(t.isAlive()).as("the stopped javac ended").isFalse();
      }
    }
    try (var written = Files.walk(tmp.resolve("slow"))) {
      assertThat(written.filter(p -> p.toString().endsWith(".class"))).isEmpty();
    }
  }

  private SourceCompiler.Result compile(String name, String code, List<Path> classpath)
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name).resolve("src"));
    String className = code.replaceAll("(?s).*?class (\\w+).*", "$1");
    Path source = dir.resolve(className + ".java");
    Files.writeString(source, code);
    Path classes = tmp.resolve(name).resolve("classes");
    return compiler.compile(
        List.of(new SourceCompiler.Source(source, className + ".java")),
        classes,
        Set.of(),
        classes,
        classpath);
  }
}
