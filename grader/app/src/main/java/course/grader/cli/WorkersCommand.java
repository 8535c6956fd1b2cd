package course.grader.cli;

import course.catalog.CourseException;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course workers}: the grading queue's depth and the processes that grade from it. */
@Command(
    name = "workers",
    mixinStandardHelpOptions = true,
    description = "Show the grading queue (waiting, being graded, oldest) and every worker.",
    footer = {
      "",
      "A worker is a 'course worker' process or the grading threads of a 'course serve'. One",
      "whose last heartbeat is over 30 seconds old is marked silent: stopped, or cut off; the",
      "jobs it held go back to the queue when their leases run out.",
      "",
      "Examples:",
      "  course workers --db postgresql://grader@db.example.org/course",
      "  course workers --json"
    })
final class WorkersCommand implements Callable<Integer> {
  /** A worker whose heartbeat is older than this is shown as silent. */
  static final Duration SILENT = Duration.ofSeconds(30);

  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Option(names = "--json", description = "Print the queue and the workers as JSON.")
  boolean json;

  @Override
  public Integer call() {
    common.refuseInKit("workers");
    Instant now = Instant.now();
    JobQueue.State state;
    try (Gradebook gradebook =
        common
            .existingGradebook()
            .orElseThrow(
                () ->
                    CourseException.input(
                        common.dbWhere() + ": no gradebook here yet; pass --db"))) {
      state = gradebook.queueState(now);
    }
    PrintWriter out = parent.console().out();
    if (json) {
      out.println(ReportPrinter.toJson(document(state, now)));
      return ExitCode.OK;
    }
    if (state.depths().isEmpty()) {
      out.println("Queue: empty");
    }
    for (JobQueue.Depth d : state.depths()) {
      out.println(
          "Queue, "
              + kind(d.priority())
              + ": "
              + d.waiting()
              + " waiting, "
              + d.grading()
              + " being graded"
              + d.oldest().map(o -> ", oldest queued " + ago(o, now)).orElse(""));
    }
    if (state.workers().isEmpty()) {
      out.println("Workers: none has graded from this gradebook yet");
      return ExitCode.OK;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"worker", "jobs", "graded", "last heartbeat", "state"});
    for (JobQueue.Worker w : state.workers()) {
      rows.add(
          new String[] {
            w.id(),
            Integer.toString(w.jobs()),
            Long.toString(w.graded()),
            ago(w.heartbeatAt(), now),
            silent(w, now) ? "silent" : "alive"
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? "" : "  ");
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s", row[i]));
      }
      out.println(line);
    }
    return ExitCode.OK;
  }

  private static boolean silent(JobQueue.Worker w, Instant now) {
    return Duration.between(w.heartbeatAt(), now).compareTo(SILENT) > 0;
  }

  private static String kind(int priority) {
    return priority == 0
        ? "live"
        : priority == JobQueue.Options.BATCH ? "batch" : "priority " + priority;
  }

  /** "12 s ago", "3 min ago", "2 h ago". */
  static String ago(Instant then, Instant now) {
    long s = Math.max(0, Duration.between(then, now).toSeconds());
    if (s < 120) {
      return s + " s ago";
    }
    if (s < 7200) {
      return s / 60 + " min ago";
    }
    return s / 3600 + " h ago";
  }

  private static Map<String, Object> document(JobQueue.State state, Instant now) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> queue = new ArrayList<>();
    for (JobQueue.Depth d : state.depths()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("priority", d.priority());
      m.put("kind", kind(d.priority()));
      m.put("waiting", d.waiting());
      m.put("grading", d.grading());
      m.put("oldest", d.oldest().map(Instant::toString).orElse(null));
      queue.add(m);
    }
    root.put("queue", queue);
    List<Map<String, Object>> workers = new ArrayList<>();
    for (JobQueue.Worker w : state.workers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", w.id());
      m.put("host", w.host());
      m.put("jobs", w.jobs());
      m.put("graded", w.graded());
      m.put("started_at", w.startedAt().toString());
      m.put("heartbeat_at", w.heartbeatAt().toString());
      m.put("silent", silent(w, now));
      workers.add(m);
    }
    root.put("workers", workers);
    return root;
  }
}
