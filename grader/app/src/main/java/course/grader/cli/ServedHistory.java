package course.grader.cli;

import java.util.List;
import java.util.Map;

/**
 * {@code course history} in a student kit that names its grading server, for {@link HistoryCommand}
 * and for the kit's fast path ({@link KitFastPath}) alike; refers to nothing of picocli (see {@link
 * ServedSubmit}).
 */
final class ServedHistory {
  private ServedHistory() {}

  /**
   * The logged-in student's rows as the grading server sends them, printed as {@code course
   * history} prints a gradebook's.
   *
   * @param exercise only this exercise's rows, or null for all
   */
  static int run(
      Remote kit, Common common, Console console, String exercise, boolean json, boolean tests) {
    if (exercise != null) {
      common.catalog().exercise(exercise);
    }
    List<Map<String, Object>> rows = kit.history(exercise);
    if (exercise == null) {
      KitProgress.fromRows(common.root(), rows);
    }
    String who = rows.isEmpty() ? kit.whoami() : String.valueOf(rows.get(0).get("student"));
    return HistoryPrinter.show(
        console, rows, null, who, kit.server().toString(), exercise, json, tests);
  }
}
