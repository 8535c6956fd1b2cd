package course.grader.cli;

import course.grader.export.JsonExport;
import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.RosterEntry;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.policy.PolicyText;
import course.grader.policy.Timeliness;
import course.grader.report.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course gradebook show}: students by exercises, the policy applied, in the terminal. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a table of students by exercises with the policy applied.",
    footer = {
      "",
      "A '*' marks a score a late penalty reduced; '-' an exercise not submitted.",
      "",
      "Examples:",
      "  course gradebook show",
      "  course gradebook show --policy last --late-per-day 10%% --grace 15m",
      "  course gradebook show --json"
    })
final class GradebookShowCommand implements Callable<Integer> {
  @ParentCommand GradebookCommand parent;

  @Mixin Common common;

  @Mixin PolicyOptions policy;

  @Mixin ExerciseColumns columns;

  @Option(names = "--json", description = "Print the JSON document of 'export --format json'.")
  boolean json;

  @Override
  public Integer call() {
    policy.policy(common);
    GradeSheet sheet;
    try (Gradebook gradebook = PolicyOptions.existing(common)) {
      sheet = columns.apply(policy.sheet(gradebook, common, null));
    }
    Console console = parent.parent.console();
    if (json) {
      console.out().println(ReportPrinter.toJson(JsonExport.document(sheet)));
      return ExitCode.OK;
    }
    List<String> header = new ArrayList<>();
    header.add("student");
    sheet.exercises().forEach(e -> header.add(e.slug()));
    header.add("total");
    List<List<Cell>> rows = new ArrayList<>();
    for (RosterEntry student : sheet.students()) {
      List<Cell> row = new ArrayList<>();
      row.add(new Cell(student.studentId(), false));
      for (ExerciseRow exercise : sheet.exercises()) {
        row.add(cell(sheet.counted(student.studentId(), exercise.slug())));
      }
      row.add(new Cell(Points.text(sheet.total(student.studentId())), false));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = displayWidth(header.get(i));
      for (List<Cell> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).width());
      }
    }
    var out = console.out();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < header.size(); i++) {
      line.append(
          i == 0
              ? pad(header.get(i), widths[i], true)
              : "  " + pad(header.get(i), widths[i], false));
    }
    out.println(console.style("@|bold " + line.toString().stripTrailing() + "|@"));
    for (List<Cell> row : rows) {
      line.setLength(0);
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String padded = pad(c.text(), widths[i], i == 0);
        String shown = c.late() ? console.style("@|yellow " + padded + "|@") : padded;
        line.append(i == 0 ? shown : "  " + shown);
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(
        sheet.students().size()
            + " students · "
            + sheet.exercises().size()
            + " exercises · "
            + PolicyText.describe(sheet.policy()));
    return ExitCode.OK;
  }

  private record Cell(String text, boolean late) {
    int width() {
      return displayWidth(text);
    }
  }

  /** Columns a terminal gives the text: two for East Asian wide letters, one for the rest. */
  static int displayWidth(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  private static Cell cell(Optional<GradedAttempt> counted) {
    if (counted.isEmpty()) {
      return new Cell("-", false);
    }
    GradedAttempt a = counted.get();
    boolean late = a.lateness().status() == Timeliness.LATE && a.lateness().penalty().signum() > 0;
    return new Cell(Points.text(a.finalScore()) + (late ? "*" : ""), late);
  }

  /** Left-aligned for names, right-aligned for numbers; widths in terminal columns. */
  private static String pad(String text, int width, boolean left) {
    String fill = " ".repeat(Math.max(0, width - displayWidth(text)));
    return left ? text + fill : fill + text;
  }
}
