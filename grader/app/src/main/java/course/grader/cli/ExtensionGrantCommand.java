package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.catalog.Nearest;
import course.grader.gradebook.Extension;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.UtcTime;
import course.grader.report.StudentId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course extension grant}: a later deadline for one student on one exercise. */
@Command(
    name = "grant",
    mixinStandardHelpOptions = true,
    description =
        "Give a student a later deadline on an exercise. The newest grant replaces earlier ones;"
            + " '--days 0' takes an extension back.",
    footer = {
      "",
      "Examples:",
      "  course extension grant height-checker --student alice --days 3",
      "  course extension grant height-checker --student alice --until 2026-12-04T12:00:00Z"
    })
final class ExtensionGrantCommand implements Callable<Integer> {
  @ParentCommand ExtensionCommand parent;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise slug.")
  String exercise;

  @Option(names = "--student", required = true, paramLabel = "ID", description = "The student id.")
  String student;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Deadline deadline;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record.")
  String note = "";

  /** Exactly one of --until and --days. */
  static final class Deadline {
    @Option(
        names = "--until",
        required = true,
        paramLabel = "DATE-TIME",
        description = "The new deadline, ISO-8601 with a zone, e.g. 2026-12-04T12:00:00Z.")
    String until;

    @Option(
        names = "--days",
        required = true,
        paramLabel = "N",
        description = "The exercise's due date plus N days of 24 hours.")
    Integer days;
  }

  @Override
  public Integer call() {
    Exercise ex = common.catalog().exercise(exercise);
    Instant until = until(ex.due());
    new StudentId(student);
    Instant now = Instant.now();
    try (Gradebook gradebook = common.openGradebook()) {
      warnWhenUnknown(gradebook);
      gradebook.defineExercise(ex.slug(), ex.title(), ex.due(), now);
      gradebook.grantExtension(new Extension(student, ex.slug(), until, now, note));
    }
    parent
        .parent
        .console()
        .out()
        .println(
            "extension: "
                + ReportPrinter.escape(student)
                + " on "
                + ex.slug()
                + " until "
                + UtcTime.format(until)
                + ex.due().map(d -> " (due " + UtcTime.format(d.toInstant()) + ")").orElse(""));
    return ExitCode.OK;
  }

  /**
   * An extension may come before the student's first submission, so an id the gradebook has not
   * seen is granted; a typo would silently grant nobody, hence the warning (with the near id).
   */
  private void warnWhenUnknown(Gradebook gradebook) {
    Set<String> known = new TreeSet<>(gradebook.students());
    known.addAll(gradebook.roster().keySet());
    if (known.contains(student)) {
      return;
    }
    spec.commandLine()
        .getErr()
        .println(
            "course: warning: no student '"
                + ReportPrinter.escape(student)
                + "' in the gradebook or the roster yet; granted anyway"
                + Nearest.to(student, known)
                    .map(near -> " (did you mean '" + ReportPrinter.escape(near) + "'?)")
                    .orElse(""));
    spec.commandLine().getErr().flush();
  }

  private Instant until(Optional<OffsetDateTime> due) {
    if (deadline.days != null) {
      if (deadline.days < 0 || deadline.days > 3650) {
        throw CourseException.input(
            "--days " + deadline.days + " is out of range; give 0 to 3650 days");
      }
      return due.orElseThrow(
              () ->
                  CourseException.input(
                      exercise
                          + " has no 'due' in its exercise.md front matter, so --days has"
                          + " nothing to add to; give --until DATE-TIME instead"))
          .toInstant()
          .plus(Duration.ofDays(deadline.days));
    }
    try {
      return OffsetDateTime.parse(deadline.until).toInstant();
    } catch (DateTimeParseException e) {
      throw CourseException.input(
          "--until '"
              + deadline.until
              + "' is not an ISO-8601 date-time with a zone; write one like"
              + " 2026-12-04T12:00:00Z or 2026-12-04T13:00:00+01:00",
          e);
    }
  }
}
