package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.report.Points;
import course.grader.report.SubmittedFile;
import course.grader.similarity.HtmlReport;
import course.grader.similarity.LatestSubmissions;
import course.grader.similarity.SimilarityAnalysis;
import course.grader.similarity.SimilarityReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code course similarity}: which students' latest submissions look alike. */
@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description =
        "Compare every student's latest submission to an exercise with every other, on a"
            + " normalised syntax tree (names, literals, comments and layout ignored; starter code"
            + " left out), and list the most similar pairs with the lines that match.",
    footer = {
      "",
      "A high score is a reason to read both submissions, not a verdict.",
      "",
      "Examples:",
      "  course similarity height-checker",
      "  course similarity height-checker --min-score 50 --top 10",
      "  course similarity height-checker --html similarity.html",
      "  course similarity height-checker --json"
    })
final class SimilarityCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise slug.")
  String exercise;

  @Option(
      names = "--min-score",
      paramLabel = "PERCENT",
      defaultValue = "0",
      description = "Only pairs scoring at least this, 0 to 100 (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most this many pairs (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-match",
      paramLabel = "TOKENS",
      defaultValue = "" + SimilarityAnalysis.DEFAULT_MIN_MATCH,
      description =
          "The shortest run of tokens that counts as a match (default: ${DEFAULT-VALUE}).")
  int minMatch;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write a self-contained HTML report with the code side by side.")
  Path html;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    if (minScore < 0 || minScore > 100 || Double.isNaN(minScore)) {
      throw CourseException.input(
          "--min-score " + minScore + " is out of range; give a percentage from 0 to 100");
    }
    if (top < 1) {
      throw CourseException.input("--top " + top + " must be at least 1");
    }
    if (minMatch < 2) {
      throw CourseException.input("--min-match " + minMatch + " must be at least 2 tokens");
    }
    Exercise target = common.catalog().exercise(exercise);
    List<SubmittedFile> starter = new ArrayList<>();
    for (Path file : Catalog.javaFiles(target.starterDir())) {
      String name = file.getFileName().toString();
      starter.add(new SubmittedFile(name, Catalog.readUtf8(file, exercise + "/starter/" + name)));
    }
    Gradebook existing = common.requireGradebook("grade some submissions first, or pass --db");
    List<SimilarityAnalysis.Candidate> candidates;
    try (Gradebook gradebook = existing) {
      candidates = LatestSubmissions.of(gradebook, exercise);
    }
    SimilarityReport report =
        new SimilarityAnalysis(minMatch).compare(exercise, starter, candidates);
    List<SimilarityReport.Pair> shown = report.ranked(minScore / 100, top);
    PrintWriter out = parent.console().out();
    if (html != null) {
      GradebookExportCommand.writeAtomically(html, HtmlReport.render(report, shown));
    }
    if (json) {
      out.println(ReportPrinter.toJson(toMap(report, shown)));
    } else {
      printText(out, report, shown);
      if (html != null) {
        out.println("wrote " + html);
      }
    }
    return ExitCode.OK;
  }

  private void printText(
      PrintWriter out, SimilarityReport report, List<SimilarityReport.Pair> shown) {
    out.printf(
        "%s: %d submissions compared (latest attempt of each student), %d pairs;"
            + " matches of %d+ tokens, starter code left out%n",
        report.exercise(), report.sources().size(), report.pairs().size(), report.minMatch());
    for (SimilarityReport.Skipped s : report.skipped()) {
      out.printf(
          "skipped %s (attempt %d): %s does not parse at %s; its pairs are left out%n",
          s.student(), s.attempt(), s.file(), s.problem());
    }
    if (report.sources().size() < 2) {
      out.println("nothing to compare: fewer than two parsable submissions");
      return;
    }
    int width = String.valueOf(shown.size()).length();
    for (int i = 0; i < shown.size(); i++) {
      SimilarityReport.Pair p = shown.get(i);
      out.printf(
          "%" + width + "d. %6s  %s ~ %s  (%d of %d/%d tokens)%n",
          i + 1,
          HtmlReport.percent(p.score()),
          p.a(),
          p.b(),
          p.matched(),
          p.tokensA(),
          p.tokensB());
      for (SimilarityReport.Region r : p.regions()) {
        out.printf(
            "%" + width + "s    %s %s:%d-%d ~ %s %s:%d-%d%n",
            "",
            p.a(),
            r.fileA(),
            r.fromA(),
            r.toA(),
            p.b(),
            r.fileB(),
            r.fromB(),
            r.toB());
      }
    }
    out.printf(
        "%d of %d pairs shown (--min-score %s, --top %d)%n",
        shown.size(), report.pairs().size(), Points.text(minScore), top);
  }

  private static Map<String, Object> toMap(
      SimilarityReport report, List<SimilarityReport.Pair> shown) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("exercise", report.exercise());
    root.put("min_match", report.minMatch());
    List<Map<String, Object>> compared = new ArrayList<>();
    report.sources().values().stream()
        .sorted(java.util.Comparator.comparing(SimilarityReport.Submission::student))
        .forEach(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("student", s.student());
              m.put("attempt", s.attempt());
              m.put("tokens", s.tokens());
              compared.add(m);
            });
    root.put("compared", compared);
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (SimilarityReport.Skipped s : report.skipped()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("student", s.student());
      m.put("attempt", s.attempt());
      m.put("file", s.file());
      m.put("problem", s.problem());
      skipped.add(m);
    }
    root.put("skipped", skipped);
    root.put("total_pairs", report.pairs().size());
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (SimilarityReport.Pair p : shown) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", p.a());
      m.put("b", p.b());
      m.put("score", Math.round(p.score() * 10_000) / 10_000.0);
      m.put("matched", p.matched());
      m.put("tokens_a", p.tokensA());
      m.put("tokens_b", p.tokensB());
      List<Map<String, Object>> regions = new ArrayList<>();
      for (SimilarityReport.Region r : p.regions()) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("a", lines(r.fileA(), r.fromA(), r.toA()));
        region.put("b", lines(r.fileB(), r.fromB(), r.toB()));
        region.put("tokens", r.tokens());
        regions.add(region);
      }
      m.put("regions", regions);
      pairs.add(m);
    }
    root.put("pairs", pairs);
    return root;
  }

  private static Map<String, Object> lines(String file, int from, int to) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("from", from);
    m.put("to", to);
    return m;
  }
}
