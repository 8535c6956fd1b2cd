package course.grader.policy;

import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Extension;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.RosterEntry;
import course.grader.gradebook.Submitted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gradebook with a policy applied: for every student and exercise, all attempts with their
 * lateness and the one that counts. Every export and view reads one of these, so they agree.
 *
 * @param exercises the columns: the course's exercises in course order, then any other exercise the
 *     gradebook has seen, sorted by slug
 * @param students the rows: every student with a submission or a roster entry, sorted by id
 * @param attempts student id → exercise slug → attempts in attempt order (absent when none)
 */
public record GradeSheet(
    Policy policy,
    List<ExerciseRow> exercises,
    List<RosterEntry> students,
    Map<String, Map<String, List<GradedAttempt>>> attempts,
    Map<String, Map<String, Instant>> extensions) {

  /**
   * Reads the gradebook once and applies {@code policy}.
   *
   * @param exerciseOrder the course's exercise slugs in course order; they come first even without
   *     a submission
   * @param catalogExercises exercises from the course catalog: their titles and due dates win over
   *     the gradebook's copies
   * @param studentOrNull only this student's row; every student when null
   */
  public static GradeSheet build(
      Gradebook gradebook,
      Policy policy,
      List<String> exerciseOrder,
      List<ExerciseRow> catalogExercises,
      String studentOrNull) {
    Objects.requireNonNull(gradebook, "gradebook");
    Objects.requireNonNull(policy, "policy");
    Map<String, ExerciseRow> known = new LinkedHashMap<>();
    for (ExerciseRow row : catalogExercises) {
      known.put(row.slug(), row);
    }
    for (ExerciseRow row : gradebook.exercises()) {
      ExerciseRow catalog = known.get(row.slug());
      // The gradebook knows the points; the catalog is the fresher source of the title and due.
      known.put(
          row.slug(),
          catalog == null
              ? row
              : new ExerciseRow(row.slug(), catalog.title(), row.maxPoints(), catalog.due()));
    }
    Set<String> order = new LinkedHashSet<>(exerciseOrder);
    order.addAll(new TreeSet<>(known.keySet()));
    List<ExerciseRow> columns = new ArrayList<>();
    for (String slug : order) {
      columns.add(
          known.getOrDefault(
              slug, new ExerciseRow(slug, slug, OptionalDouble.empty(), Optional.empty())));
    }

    Map<String, Map<String, Instant>> extensions = new TreeMap<>();
    for (Extension e : gradebook.extensions()) {
      if (studentOrNull != null && !studentOrNull.equals(e.studentId())) {
        continue;
      }
      extensions.computeIfAbsent(e.studentId(), s -> new TreeMap<>()).put(e.exercise(), e.until());
    }
    Map<String, Map<String, List<Submitted>>> rows = new TreeMap<>();
    for (Submitted s : gradebook.submissions(studentOrNull)) {
      rows.computeIfAbsent(s.studentId(), k -> new TreeMap<>())
          .computeIfAbsent(s.exercise(), k -> new ArrayList<>())
          .add(s);
    }
    Map<String, RosterEntry> roster = gradebook.roster();
    Set<String> ids = new TreeSet<>(rows.keySet());
    if (studentOrNull == null) {
      ids.addAll(roster.keySet());
    } else if (roster.containsKey(studentOrNull)) {
      ids.add(studentOrNull);
    }
    List<RosterEntry> students = new ArrayList<>();
    Map<String, Map<String, List<GradedAttempt>>> attempts = new TreeMap<>();
    Map<String, String> canvas = gradebook.canvasUsers();
    for (String id : ids) {
      RosterEntry entry = roster.getOrDefault(id, RosterEntry.idOnly(id));
      students.add(canvas.containsKey(id) ? entry.withCanvasId(canvas.get(id)) : entry);
      Map<String, List<GradedAttempt>> byExercise = new TreeMap<>();
      rows.getOrDefault(id, Map.of())
          .forEach(
              (slug, list) -> {
                Optional<Instant> deadline =
                    deadline(known.get(slug), extensions.getOrDefault(id, Map.of()).get(slug));
                byExercise.put(slug, List.copyOf(Attempts.of(list, deadline, policy.late())));
              });
      attempts.put(id, Collections.unmodifiableMap(byExercise));
    }
    return new GradeSheet(
        policy,
        List.copyOf(columns),
        List.copyOf(students),
        Collections.unmodifiableMap(attempts),
        Collections.unmodifiableMap(extensions));
  }

  /** The slugs of the exercises some student has an attempt at, in column order. */
  public List<String> attempted() {
    Set<String> any = new java.util.HashSet<>();
    attempts.values().forEach(byExercise -> any.addAll(byExercise.keySet()));
    return exercises.stream().map(ExerciseRow::slug).filter(any::contains).toList();
  }

  /**
   * This sheet with only the columns named in {@code slugs}, in this sheet's order; totals then add
   * up those columns only. Attempts at other exercises stay readable by {@link #attempts}.
   */
  public GradeSheet withExercises(java.util.Collection<String> slugs) {
    Set<String> keep = Set.copyOf(slugs);
    return new GradeSheet(
        policy,
        exercises.stream().filter(e -> keep.contains(e.slug())).toList(),
        students,
        attempts,
        extensions);
  }

  /** The extension's until when there is one, else the exercise's due date, else none. */
  static Optional<Instant> deadline(ExerciseRow exercise, Instant extensionOrNull) {
    if (extensionOrNull != null) {
      return Optional.of(extensionOrNull);
    }
    return exercise == null ? Optional.empty() : exercise.due().map(d -> d.toInstant());
  }

  /** The student's deadline on an exercise: an extension's, else the exercise's. */
  public Optional<Instant> deadline(String studentId, ExerciseRow exercise) {
    return deadline(exercise, extensions.getOrDefault(studentId, Map.of()).get(exercise.slug()));
  }

  /** The student's attempts at an exercise, in attempt order; empty when none. */
  public List<GradedAttempt> attempts(String studentId, String exercise) {
    return attempts.getOrDefault(studentId, Map.of()).getOrDefault(exercise, List.of());
  }

  /** The attempt that counts under the policy. */
  public Optional<GradedAttempt> counted(String studentId, String exercise) {
    return Attempts.select(attempts(studentId, exercise), policy.selection());
  }

  /** The sum of the counted scores of a student, rounded to six decimals. */
  public double total(String studentId) {
    BigDecimal total = BigDecimal.ZERO;
    for (ExerciseRow exercise : exercises) {
      Optional<GradedAttempt> counted = counted(studentId, exercise.slug());
      if (counted.isPresent()) {
        total = total.add(BigDecimal.valueOf(counted.get().finalScore()));
      }
    }
    return total.setScale(6, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * What the exercise is worth: the gradebook's, else the largest max score of any attempt; empty
   * when no run with tests was recorded (a compile error says nothing about the points).
   */
  public OptionalDouble maxPoints(ExerciseRow exercise) {
    if (exercise.maxPoints().isPresent()) {
      return exercise.maxPoints();
    }
    return attempts.values().stream()
        .flatMap(m -> m.getOrDefault(exercise.slug(), List.of()).stream())
        .mapToDouble(GradedAttempt::maxScore)
        .filter(max -> max > 0)
        .max();
  }
}
