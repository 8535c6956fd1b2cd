package course.grader.cli;

import course.grader.gradebook.Extension;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.UtcTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course extension list}: the extensions in force. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the extensions in force (the newest grant per student and exercise).",
    footer = {"", "Examples:", "  course extension list", "  course extension list --json"})
final class ExtensionListCommand implements Callable<Integer> {
  @ParentCommand ExtensionCommand parent;

  @Mixin Common common;

  @Option(names = "--student", paramLabel = "ID", description = "Only this student.")
  String student;

  @Option(names = "--exercise", paramLabel = "SLUG", description = "Only this exercise.")
  String exercise;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    List<Extension> extensions = List.of();
    Optional<Gradebook> existing = common.existingGradebook();
    if (existing.isPresent()) {
      try (Gradebook gradebook = existing.get()) {
        extensions =
            gradebook.extensions().stream()
                .filter(e -> student == null || e.studentId().equals(student))
                .filter(e -> exercise == null || e.exercise().equals(exercise))
                .toList();
      }
    }
    var out = parent.parent.console().out();
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Extension e : extensions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("student", e.studentId());
        m.put("exercise", e.exercise());
        m.put("until", UtcTime.format(e.until()));
        m.put("granted_at", UtcTime.format(e.grantedAt()));
        m.put("note", e.note());
        list.add(m);
      }
      out.println(ReportPrinter.toJson(list));
      return ExitCode.OK;
    }
    if (extensions.isEmpty()) {
      out.println("no extensions granted");
      return ExitCode.OK;
    }
    int width = extensions.stream().mapToInt(e -> e.studentId().length()).max().orElse(7);
    int exWidth = extensions.stream().mapToInt(e -> e.exercise().length()).max().orElse(8);
    for (Extension e : extensions) {
      out.println(
          ReportPrinter.escape(
              String.format(
                      "%-" + width + "s  %-" + exWidth + "s  until %s  %s",
                      e.studentId(),
                      e.exercise(),
                      UtcTime.format(e.until()),
                      e.note())
                  .stripTrailing()));
    }
    return ExitCode.OK;
  }
}
