package course.grader.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.RosterEntry;
import course.grader.gradebook.UtcTime;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.policy.LatePolicy;
import course.grader.report.Points;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grade sheet as one JSON document ({@code "schema": "course-grades/1"}); the schema is in
 * grader/docs/instructor.md. {@code course gradebook show --json} prints the same document.
 */
public final class JsonExport implements SheetExport {
  /** Changes only with an incompatible change of the document. */
  public static final String SCHEMA = "course-grades/1";

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    out.append(WRITER.writeValueAsString(document(sheet))).append('\n');
  }

  /** The document as ordered maps and lists. */
  public static Map<String, Object> document(GradeSheet sheet) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("policy", policy(sheet));
    List<Map<String, Object>> exercises = new ArrayList<>();
    for (ExerciseRow e : sheet.exercises()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("slug", e.slug());
      m.put("title", e.title());
      m.put(
          "max_points",
          sheet.maxPoints(e).stream().mapToObj(Points::json).findFirst().orElse(null));
      m.put("due", e.due().map(d -> UtcTime.format(d.toInstant())).orElse(null));
      exercises.add(m);
    }
    root.put("exercises", exercises);
    List<Map<String, Object>> students = new ArrayList<>();
    for (RosterEntry s : sheet.students()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.studentId());
      m.put("name", s.name());
      m.put("email", s.email());
      m.put("sis_id", s.sisId());
      m.put("section", s.section());
      m.put("total", Points.json(sheet.total(s.studentId())));
      Map<String, Object> grades = new LinkedHashMap<>();
      for (ExerciseRow e : sheet.exercises()) {
        grades.put(
            e.slug(),
            sheet
                .counted(s.studentId(), e.slug())
                .map(
                    a ->
                        grade(
                            a,
                            sheet.attempts(s.studentId(), e.slug()).size(),
                            sheet.deadline(s.studentId(), e)))
                .orElse(null));
      }
      m.put("grades", grades);
      students.add(m);
    }
    root.put("students", students);
    return root;
  }

  /** The policy as the document states it. */
  public static Map<String, Object> policy(GradeSheet sheet) {
    LatePolicy late = sheet.policy().late();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("select", sheet.policy().selection().wireName());
    m.put("late_per_day", late.perDay().stripTrailingZeros());
    m.put("late_cap", late.cap().stripTrailingZeros());
    m.put("grace_ms", late.grace().toMillis());
    return m;
  }

  private static Map<String, Object> grade(
      GradedAttempt a, int attempts, Optional<Instant> deadline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("score", Points.json(a.finalScore()));
    m.put("raw_score", Points.json(a.rawScore()));
    m.put("max_score", Points.json(a.maxScore()));
    m.put("attempt", a.attempt());
    m.put("attempts", attempts);
    m.put("submission_id", a.original().id());
    m.put("graded_by", a.graded().id());
    m.put("outcome", a.graded().outcome().wireName());
    m.put("submitted_at", UtcTime.format(a.original().submittedAt()));
    m.put("deadline", deadline.map(UtcTime::format).orElse(null));
    m.put("timeliness", a.lateness().status().wireName());
    m.put("late_ms", a.lateness().lateMillis());
    m.put("days_late", a.lateness().days());
    m.put("penalty", a.lateness().penalty().stripTrailingZeros());
    return m;
  }
}
