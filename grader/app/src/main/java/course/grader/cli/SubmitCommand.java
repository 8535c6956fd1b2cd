package course.grader.cli;

import course.catalog.Exercise;
import course.grader.gradebook.Extension;
import course.grader.gradebook.Gradebook;
import course.grader.judge.Submission;
import course.grader.policy.Lateness;
import course.grader.policy.Policy;
import course.grader.policy.PolicyText;
import course.grader.report.StudentId;
import course.grader.service.GradingService;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course submit}: visible and hidden tests; the attempt is recorded. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = "Grade your files against the visible and hidden tests and record the attempt.",
    footer = {
      "",
      "Examples:",
      "  course submit height-checker HeightChecker.java --student alice",
      "  course submit height-checker HeightChecker.java --student alice --json"
    })
final class SubmitCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SubmissionArgs args;

  @Option(
      names = "--student",
      paramLabel = "ID",
      description = "Your student id (in a student kit: the logged-in student, always).")
  String student;

  @Override
  public Integer call() {
    Optional<Remote> remote = Remote.of(common);
    if (remote.isPresent()) {
      return ServedSubmit.run(
          remote.get(), common, args, student, parent.console(), spec.commandLine().getErr());
    }
    if (student == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--student=ID'");
    }
    // course.yaml's mistakes before anything is graded or recorded.
    Policy policy = PolicyOptions.ofCourse(common);
    GradingService grading = args.grading(common);
    Instant submittedAt = grading.now();
    StudentId id = args.reading(parent.console(), () -> new StudentId(student));
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    Submission submission = args.reading(parent.console(), () -> args.read(grading, ex));
    // Only now: input that is not a submission must leave no gradebook behind.
    GradingService.Graded graded =
        grading.submit(
            new GradingService.SubmitRequest(id, ex, submission, submittedAt),
            common::openGradebook);
    warnSameButCase(spec.commandLine().getErr(), student, graded.sameButCase());
    Lateness late = policy.late().assess(submittedAt, deadline(ex, id.value()));
    Map<String, Object> lateness = latenessFields(late);
    int code = args.print(parent.console(), graded.report(), student, graded.attempt(), lateness);
    if (!args.json) {
      lateLine(late, policy).ifPresent(parent.console().out()::println);
    }
    return code;
  }

  /** The student's deadline: an extension's, else the exercise's due date, else none. */
  private Optional<Instant> deadline(Exercise ex, String studentId) {
    Optional<Gradebook> existing = common.existingGradebook();
    if (existing.isPresent()) {
      try (Gradebook gradebook = existing.get()) {
        return deadline(gradebook, ex, studentId);
      }
    }
    return ex.due().map(OffsetDateTime::toInstant);
  }

  /** As {@link #deadline(Exercise, String)}, from an open gradebook (the grading server's). */
  static Optional<Instant> deadline(Gradebook gradebook, Exercise ex, String studentId) {
    Optional<Instant> extended =
        gradebook.extensions().stream()
            .filter(e -> e.studentId().equals(studentId) && e.exercise().equals(ex.slug()))
            .map(Extension::until)
            .reduce((first, second) -> second);
    return extended.isPresent() ? extended : ex.due().map(OffsetDateTime::toInstant);
  }

  /** The lateness fields of submit's --json: timeliness, late_ms, penalty. */
  static Map<String, Object> latenessFields(Lateness late) {
    Map<String, Object> lateness = new LinkedHashMap<>();
    lateness.put("timeliness", late.status().wireName());
    lateness.put("late_ms", late.lateMillis());
    lateness.put("penalty", late.penalty().stripTrailingZeros());
    return lateness;
  }

  /** "late by 2 h, 10 % off", or nothing when the attempt was on time. */
  static Optional<String> lateLine(Lateness late, Policy policy) {
    String by = "late by " + span(late.lateMillis());
    return switch (late.status()) {
      case NO_DEADLINE, ON_TIME -> Optional.empty();
      case GRACE ->
          Optional.of(
              by
                  + ", within the grace of "
                  + PolicyText.duration(policy.late().grace())
                  + ": no penalty");
      case LATE ->
          Optional.of(
              by
                  + (late.penalty().signum() == 0
                      ? ", no late penalty"
                      : ", " + PolicyText.percent(late.penalty()).replace("%", " %") + " off"));
    };
  }

  /** The two largest units of a span: "2 h", "1 d 3 h", "5 min 20 s". */
  static String span(long millis) {
    long seconds = millis / 1000;
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"d", "h", "min", "s"};
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < sizes.length && parts.size() < 2; i++) {
      if (seconds >= sizes[i]) {
        parts.add(seconds / sizes[i] + " " + units[i]);
        seconds %= sizes[i];
      } else if (!parts.isEmpty()) {
        break;
      }
    }
    return parts.isEmpty() ? "less than a second" : String.join(" ", parts);
  }

  /** A student id that differs from recorded ones only in case is most likely a typo. */
  static void warnSameButCase(java.io.PrintWriter err, String student, List<String> others) {
    for (String other : others) {
      err.println(
          "course: warning: student id '"
              + student
              + "' differs only in case from '"
              + other
              + "', who has attempts too; their grades are kept apart (ids are case-sensitive)");
    }
    err.flush();
  }
}
