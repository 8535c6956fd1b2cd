package course.grader.similarity;

import course.grader.report.SubmittedFile;
import java.util.List;
import java.util.Locale;

/**
 * The similarity report as one self-contained HTML page: inline CSS, no scripts, no fonts or
 * images, no link to anything outside the file, so that it opens offline and can be mailed to an
 * exam board as it is. Every piece of student text (ids, file names, code) is escaped.
 */
public final class HtmlReport {
  /** How many highlight colours there are; regions beyond that reuse them in turn. */
  private static final int COLOURS = 8;

  private static final String CSS =
      """
      body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
      table{border-collapse:collapse}td,th{padding:2px 10px;text-align:left}
      tr:nth-child(even){background:#f4f4f4}
      .pair{border-top:2px solid #888;margin-top:2em}
      .sides{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em}
      pre{font:12px/1.35 ui-monospace,monospace;background:#fafafa;border:1px solid #ddd;\
      padding:6px;overflow-x:auto}
      pre>span{display:block;white-space:pre;min-height:1.35em}
      .n{color:#999;user-select:none}
      .m0{background:#ffd6d6}.m1{background:#d6f0ff}.m2{background:#dcffd6}.m3{background:#fff2c2}
      .m4{background:#ecd6ff}.m5{background:#ffe0c2}.m6{background:#c2fff2}.m7{background:#e6e6e6}
      .swatch{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:4px}
      """;

  private HtmlReport() {}

  /** The page for {@code shown}, a selection of {@code report}'s pairs. */
  public static String render(SimilarityReport report, List<SimilarityReport.Pair> shown) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Similarity: ")
        .append(escape(report.exercise()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>Similarity: ")
        .append(escape(report.exercise()))
        .append("</h1>\n<p>")
        .append(report.sources().size())
        .append(" submissions compared (each student's latest attempt), ")
        .append(report.pairs().size())
        .append(" pairs; matches of at least ")
        .append(report.minMatch())
        .append(" tokens; starter code left out. Showing ")
        .append(shown.size())
        .append(". Score = 2 &times; matched tokens / (tokens of both). A high score is a reason")
        .append(" to read both submissions, not a verdict.</p>\n");
    if (!report.skipped().isEmpty()) {
      html.append("<h2>Skipped</h2>\n<ul>\n");
      for (SimilarityReport.Skipped s : report.skipped()) {
        html.append("<li>")
            .append(escape(s.student()))
            .append(" (attempt ")
            .append(s.attempt())
            .append("): ")
            .append(escape(s.file()))
            .append(" does not parse: ")
            .append(escape(s.problem()))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("<table>\n<tr><th>#</th><th>score</th><th>student</th><th>student</th>")
        .append("<th>matched tokens</th></tr>\n");
    for (int i = 0; i < shown.size(); i++) {
      SimilarityReport.Pair p = shown.get(i);
      html.append("<tr><td><a href=\"#pair-")
          .append(i + 1)
          .append("\">")
          .append(i + 1)
          .append("</a></td><td>")
          .append(percent(p.score()))
          .append("</td><td>")
          .append(escape(p.a()))
          .append("</td><td>")
          .append(escape(p.b()))
          .append("</td><td>")
          .append(p.matched())
          .append(" of ")
          .append(p.tokensA())
          .append(" / ")
          .append(p.tokensB())
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    for (int i = 0; i < shown.size(); i++) {
      pair(html, report, shown.get(i), i + 1);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void pair(
      StringBuilder html, SimilarityReport report, SimilarityReport.Pair p, int rank) {
    html.append("<section class=\"pair\" id=\"pair-")
        .append(rank)
        .append("\">\n<h2>")
        .append(rank)
        .append(". ")
        .append(escape(p.a()))
        .append(" ~ ")
        .append(escape(p.b()))
        .append(": ")
        .append(percent(p.score()))
        .append("</h2>\n<ol>\n");
    for (int r = 0; r < p.regions().size(); r++) {
      SimilarityReport.Region region = p.regions().get(r);
      html.append("<li><span class=\"swatch m")
          .append(r % COLOURS)
          .append("\"></span>")
          .append(escape(region.fileA()))
          .append(':')
          .append(region.fromA())
          .append('-')
          .append(region.toA())
          .append(" ~ ")
          .append(escape(region.fileB()))
          .append(':')
          .append(region.fromB())
          .append('-')
          .append(region.toB())
          .append(" (")
          .append(region.tokens())
          .append(" tokens)</li>\n");
    }
    html.append("</ol>\n<div class=\"sides\">\n");
    side(html, report.sources().get(p.a()), p.regions(), true);
    side(html, report.sources().get(p.b()), p.regions(), false);
    html.append("</div>\n</section>\n");
  }

  private static void side(
      StringBuilder html,
      SimilarityReport.Submission submission,
      List<SimilarityReport.Region> regions,
      boolean first) {
    html.append("<div>\n<h3>")
        .append(escape(submission.student()))
        .append(" (attempt ")
        .append(submission.attempt())
        .append(")</h3>\n");
    for (SubmittedFile file : submission.files()) {
      html.append("<h4>").append(escape(file.name())).append("</h4>\n<pre>");
      // split() drops the empty string after a final newline: no phantom last line.
      String[] lines = file.content().split("\r\n|\r|\n");
      for (int n = 1; n <= lines.length; n++) {
        int colour = regionOf(regions, file.name(), n, first);
        html.append("<span");
        if (colour >= 0) {
          html.append(" class=\"m").append(colour % COLOURS).append('"');
        }
        html.append("><span class=\"n\">")
            .append(String.format(Locale.ROOT, "%4d  ", n))
            .append("</span>")
            .append(escape(lines[n - 1]))
            .append("</span>");
      }
      html.append("</pre>\n");
    }
    html.append("</div>\n");
  }

  /** The first region covering {@code line} of {@code file} on one side, or -1. */
  private static int regionOf(
      List<SimilarityReport.Region> regions, String file, int line, boolean first) {
    for (int r = 0; r < regions.size(); r++) {
      SimilarityReport.Region region = regions.get(r);
      boolean covers =
          first
              ? region.fileA().equals(file) && region.fromA() <= line && line <= region.toA()
              : region.fileB().equals(file) && region.fromB() <= line && line <= region.toB();
      if (covers) {
        return r;
      }
    }
    return -1;
  }

  /** A score (0 to 1) as people read it, e.g. {@code 93.4%}. */
  public static String percent(double score) {
    return String.format(Locale.ROOT, "%.1f%%", score * 100);
  }

  /** Text as HTML: no character of student text can open a tag, an entity or an attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if (Character.isISOControl(c) && c != '\t') {
                    out.append('\uFFFD');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
