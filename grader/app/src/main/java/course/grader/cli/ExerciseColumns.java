package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Nearest;
import course.grader.gradebook.ExerciseRow;
import course.grader.policy.GradeSheet;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which exercises {@code gradebook show} and {@code export} carry: the ones named by {@code
 * --exercise}, else every exercise some student has an attempt at (so that an LMS import proposes
 * no empty assignments).
 */
final class ExerciseColumns {
  @Option(
      names = "--exercise",
      split = ",",
      paramLabel = "SLUG",
      description =
          "Only these exercises, e.g. --exercise hello,loops (default: every exercise with an"
              + " attempt).")
  List<String> exercises;

  /** {@code sheet} with the chosen columns; an unknown slug is an input error. */
  GradeSheet apply(GradeSheet sheet) {
    if (exercises == null || exercises.isEmpty()) {
      return sheet.withExercises(sheet.attempted());
    }
    List<String> known = sheet.exercises().stream().map(ExerciseRow::slug).toList();
    for (String slug : exercises) {
      if (!known.contains(slug)) {
        throw CourseException.input(
            "--exercise: unknown exercise '"
                + ReportPrinter.escape(slug)
                + "'"
                + Nearest.to(slug, known)
                    .map(near -> "; did you mean '" + near + "'?")
                    .orElse("; see 'course list' for the course's exercises"));
      }
    }
    return sheet.withExercises(exercises);
  }
}
