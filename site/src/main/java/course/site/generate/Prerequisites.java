package course.site.generate;

import course.site.Problem;
import course.site.content.Content;
import course.site.content.Lesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Prerequisites are data: each must name an existing lesson ({@code part/nn-slug}), and together
 * they must form no cycle (a course map a student can follow).
 */
final class Prerequisites {
  private final Content content;
  private final Consumer<Problem> problems;

  /** Lessons that exist but could not be read: reported once, on their own file. */
  private final Set<String> unreadable;

  Prerequisites(Content content, Set<String> unreadable, Consumer<Problem> problems) {
    this.content = content;
    this.unreadable = unreadable;
    this.problems = problems;
  }

  void check() {
    Map<String, Lesson> byId = new HashMap<>();
    content.lessons().forEach(l -> byId.put(l.id(), l));
    for (Lesson lesson : content.lessons()) {
      for (String id : lesson.prerequisites()) {
        if (!byId.containsKey(id) && !unreadable.contains(id)) {
          problems.accept(
              new Problem(
                  lesson.file(),
                  lesson.prerequisitesLine(),
                  "prerequisite '"
                      + id
                      + "' is not a lesson; write its path without .md, e.g. "
                      + (content.lessons().isEmpty()
                          ? "raft/01-terms-and-roles"
                          : content.lessons().get(0).id())));
        } else if (id.equals(lesson.id())) {
          problems.accept(
              new Problem(
                  lesson.file(),
                  lesson.prerequisitesLine(),
                  "a lesson cannot be its own prerequisite; remove '" + id + "'"));
        }
      }
    }
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (Lesson lesson : content.lessons()) {
      visit(lesson.id(), byId, new ArrayList<>(), done, reported);
    }
  }

  private void visit(
      String id,
      Map<String, Lesson> byId,
      List<String> path,
      Set<String> done,
      Set<String> reported) {
    if (done.contains(id) || !byId.containsKey(id)) {
      return;
    }
    int at = path.indexOf(id);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      String first = cycle.stream().sorted().findFirst().orElseThrow();
      if (reported.add(first) && cycle.size() > 1) {
        Lesson lesson = byId.get(first);
        int start = cycle.indexOf(first);
        List<String> ordered = new ArrayList<>(cycle.subList(start, cycle.size()));
        ordered.addAll(cycle.subList(0, start));
        ordered.add(first);
        problems.accept(
            new Problem(
                lesson.file(),
                lesson.prerequisitesLine(),
                "prerequisites form a cycle: "
                    + String.join(" -> ", ordered)
                    + "; remove one of these prerequisites"));
      }
      return;
    }
    path.add(id);
    for (String next : byId.get(id).prerequisites()) {
      if (!next.equals(id)) {
        visit(next, byId, path, done, reported);
      }
    }
    path.remove(path.size() - 1);
    done.add(id);
  }
}
