package course.grader.cli;

import course.grader.batch.BatchRow;
import course.grader.batch.RegradeRow;
import course.grader.policy.Lateness;
import course.grader.policy.Policy;
import course.grader.policy.Timeliness;
import course.grader.report.Outcome;
import course.grader.report.Points;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The summary tables of {@code course grade} and {@code course regrade}, one line per row; a note
 * longer than {@value #NOTE_WIDTH} characters wraps onto lines of its own under the note column,
 * never cut (it may be the fix the instructor needs).
 */
final class BatchTable {
  private static final int NOTE_WIDTH = 100;

  private final PrintWriter out;

  BatchTable(Console console) {
    this.out = console.out();
  }

  /**
   * The table of {@code course grade}; with a LATE column ("on time", "late by 2 h, 10 % off" as
   * submit says it) when some row has a deadline.
   *
   * @param late each row's lateness, in the order of {@code rows}; empty for a row not graded
   */
  void printGrades(
      String exercise, List<BatchRow> rows, List<Optional<Lateness>> late, Policy policy) {
    long recorded = rows.stream().filter(BatchRow::recorded).count();
    out.println(
        exercise
            + ": "
            + rows.size()
            + " submission"
            + (rows.size() == 1 ? "" : "s")
            + ", "
            + recorded
            + " graded and recorded, "
            + (rows.size() - recorded)
            + " not graded");
    boolean deadline =
        late.stream().flatMap(Optional::stream).anyMatch(l -> l.status() != Timeliness.NO_DEADLINE);
    List<String[]> cells = new ArrayList<>();
    cells.add(
        deadline
            ? new String[] {"STUDENT", "OUTCOME", "SCORE", "ATTEMPT", "LATE", "NOTE"}
            : new String[] {"STUDENT", "OUTCOME", "SCORE", "ATTEMPT", "NOTE"});
    for (int i = 0; i < rows.size(); i++) {
      BatchRow row = rows.get(i);
      List<String> cell = new ArrayList<>();
      cell.add(clean(row.student()));
      cell.add(row.outcome().map(Outcome::wireName).orElse("not graded"));
      cell.add(row.outcome().isPresent() ? score(row.score(), row.maxScore()) : "-");
      cell.add(row.recorded() ? Integer.toString(row.attempt()) : "-");
      if (deadline) {
        cell.add(
            late.get(i).map(l -> SubmitCommand.lateLine(l, policy).orElse("on time")).orElse("-"));
      }
      cell.add(note(row.message()));
      cells.add(cell.toArray(String[]::new));
    }
    print(cells);
  }

  void printRegrades(String exercise, List<RegradeRow> rows, boolean dryRun) {
    long changed = rows.stream().filter(RegradeRow::changed).count();
    long failed = rows.stream().filter(r -> r.newOutcome().isEmpty()).count();
    out.println(
        exercise
            + ": "
            + rows.size()
            + " attempt"
            + (rows.size() == 1 ? "" : "s")
            + " regraded, "
            + changed
            + " changed, "
            + failed
            + " could not be graded"
            + (dryRun ? " (dry run: nothing recorded)" : ""));
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"STUDENT", "ATTEMPT", "OLD", "", "NEW", "NOTE"});
    for (RegradeRow row : rows) {
      String old = row.oldOutcome().wireName() + " " + score(row.oldScore(), row.oldMax());
      String now =
          row.newOutcome()
              .map(o -> o.wireName() + " " + score(row.newScore(), row.newMax()))
              .orElse("not graded");
      cells.add(
          new String[] {
            clean(row.student()),
            Integer.toString(row.attempt()),
            old,
            "->",
            now,
            note(row.changed() ? "changed" : row.message())
          });
    }
    print(cells);
  }

  private void print(List<String[]> cells) {
    int columns = cells.get(0).length;
    int[] width = new int[columns];
    for (String[] row : cells) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
      }
    }
    int noteColumn = 0;
    for (int c = 0; c < columns - 1; c++) {
      noteColumn += width[c] + 2;
    }
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns - 1; c++) {
        line.append(row[c]);
        int pad = width[c] - row[c].codePointCount(0, row[c].length()) + 2;
        line.append(" ".repeat(pad));
      }
      List<String> note = wrap(row[columns - 1]);
      out.println((line + note.get(0)).stripTrailing());
      for (String more : note.subList(1, note.size())) {
        out.println(" ".repeat(noteColumn) + more);
      }
    }
  }

  /** The note in lines of at most {@value #NOTE_WIDTH} characters, broken between words. */
  static List<String> wrap(String note) {
    List<String> lines = new ArrayList<>();
    String rest = note;
    while (rest.codePointCount(0, rest.length()) > NOTE_WIDTH) {
      int cut = rest.offsetByCodePoints(0, NOTE_WIDTH);
      int space = rest.lastIndexOf(' ', cut);
      // A word longer than a line (a path) is broken where the line ends.
      int end = space > 0 ? space : cut;
      lines.add(rest.substring(0, end));
      rest = rest.substring(end).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  private static String score(double score, double max) {
    return Points.fraction(score, max);
  }

  private static String note(String message) {
    return clean(message.replace('\n', ' '));
  }

  /** Folder and file names come from students: no terminal escapes in the table. */
  private static String clean(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return clean.toString();
  }
}
