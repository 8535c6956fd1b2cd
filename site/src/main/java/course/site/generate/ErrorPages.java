package course.site.generate;

import course.catalog.CourseException;
import course.catalog.Problem;
import course.site.content.Unreadable;
import course.site.markdown.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Node;

/**
 * {@code course build --keep-going}: each page whose source has a problem is written as an error
 * page listing its problems, so an author sees the rest of the site while fixing it. The build
 * still fails; only the author's own output folder ever holds these pages.
 */
final class ErrorPages {
  private ErrorPages() {}

  /** Replaces the body of every page whose source file has a problem by that problem list. */
  static void replaceBroken(CompiledCourse compiled, Markdown markdown) {
    Map<String, List<Problem>> byFile = byFile(compiled.problems);
    for (Map.Entry<String, Page> entry : compiled.pages.entrySet()) {
      Page page = entry.getValue();
      List<Problem> problems = byFile.get(page.source());
      if (problems != null) {
        Node document = markdown.parse(markdownOf(problems));
        entry.setValue(
            new Page(
                page.source(),
                page.output(),
                page.id(),
                page.title(),
                page.section(),
                Body.of(
                    document,
                    markdown,
                    compiled.dictionaryFor(page.output()),
                    page.title(),
                    page.output()),
                page.bodyLine()));
      }
    }
  }

  /** Writes a plain error page where a page that could not be read would have been. */
  static void writeUnreadable(CompiledCourse compiled, Path out) {
    Map<String, List<Problem>> byFile = byFile(compiled.problems);
    List<Unreadable> pages = new ArrayList<>(compiled.content.unreadable());
    pages.addAll(compiled.unreadableExercises);
    for (Unreadable page : pages) {
      List<Problem> problems = byFile.getOrDefault(page.file(), List.of());
      StringBuilder items = new StringBuilder();
      for (Problem p :
          problems.isEmpty() ? byFile.getOrDefault("exercises", List.of()) : problems) {
        items.append("<li><code>").append(escape(p.toString())).append("</code></li>\n");
      }
      String html =
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              + "<title>Build error: "
              + escape(page.file())
              + "</title><link rel=\"stylesheet\" href=\""
              + SitePaths.root(page.output())
              + "assets/site.css\"></head>\n<body><main id=\"main\"><h1>"
              + escape(page.file())
              + " did not build</h1>\n<p>Fix these problems and build again:</p>\n<ul>\n"
              + items
              + "</ul>\n<p><a href=\""
              + SitePaths.root(page.output())
              + "index.html\">Home</a></p></main></body></html>\n";
      Path target = out.resolve(page.output());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, html, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CourseException.input(target + ": cannot write: " + e.getMessage(), e);
      }
    }
  }

  private static String markdownOf(List<Problem> problems) {
    StringBuilder text = new StringBuilder("**This page did not build.** Fix these problems");
    text.append(" and build again:\n\n~~~~~~~~\n");
    problems.forEach(p -> text.append(p).append('\n'));
    return text.append("~~~~~~~~\n").toString();
  }

  private static Map<String, List<Problem>> byFile(List<Problem> problems) {
    Map<String, List<Problem>> byFile = new TreeMap<>();
    problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
    return byFile;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
