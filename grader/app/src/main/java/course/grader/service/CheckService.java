package course.grader.service;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.judge.Judge;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The exercise half of {@code course check}: each exercise graded as a student would be. Its
 * reference solution must score full marks; its starter and every {@code wrong/} solution less.
 */
public final class CheckService {
  private final Judge judge;
  private final int jobs;

  /**
   * @param judge grades every folder (sandbox as the caller chose)
   * @param jobs how many folders to grade at once
   */
  public CheckService(Judge judge, int jobs) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.jobs = Math.max(1, jobs);
  }

  /** What a graded folder should have scored, and whether it did. */
  public enum Expected {
    FULL_MARKS("full marks"),
    LESS_THAN_FULL("less than full");

    private final String shown;

    Expected(String shown) {
      this.shown = shown;
    }

    /** As the table shows it. */
    public String shown() {
      return shown;
    }
  }

  /**
   * One graded folder of an exercise.
   *
   * @param name {@code solution}, {@code starter} or {@code wrong/<name>}
   * @param report empty when an input error (told to the caller) kept it from running
   * @param max the exercise's maximum: the reference solution's
   */
  public record Row(
      String name, Optional<GradeReport> report, double max, Expected expected, boolean met) {
    /** The score's outcome when the folder never reached the tests (rejected, compile error). */
    public Optional<Outcome> ungraded() {
      return report.map(GradeReport::outcome).filter(o -> o != Outcome.GRADED);
    }
  }

  /** The rows of one exercise: its solution first, then its starter and wrong solutions. */
  public record ExerciseRows(Exercise exercise, List<Row> rows) {}

  /**
   * Grades every folder of {@code exercises} on up to {@code jobs} threads.
   *
   * @param inputError told (from the grading threads) of each folder an input error stopped
   */
  public List<ExerciseRows> check(List<Exercise> exercises, Consumer<CourseException> inputError) {
    List<Job> work = new ArrayList<>();
    for (Exercise exercise : exercises) {
      work.add(new Job(exercise, "solution", exercise.solutionDir()));
      work.add(new Job(exercise, "starter", exercise.starterDir()));
      for (Path wrong : folders(exercise.wrongDir())) {
        work.add(new Job(exercise, "wrong/" + wrong.getFileName(), wrong));
      }
    }
    List<Run> runs = Parallel.map(work, jobs, job -> run(job, inputError), run -> {});
    List<ExerciseRows> result = new ArrayList<>();
    for (Exercise exercise : exercises) {
      result.add(new ExerciseRows(exercise, rows(exercise, runs)));
    }
    return result;
  }

  /** The rows of one exercise: its solution first (which sets the maximum), then the others. */
  private static List<Row> rows(Exercise exercise, List<Run> runs) {
    List<Run> mine = runs.stream().filter(r -> r.job.exercise() == exercise).toList();
    Run solution = mine.get(0);
    double max = solution.report == null ? 0 : solution.report.maxScore();
    if (solution.report == null || solution.report.outcome() != Outcome.GRADED) {
      // A reference that never ran reports only the points its tests declare (none without
      // @Points); a folder whose tests did run knows the real maximum, as submit would show it.
      max =
          Math.max(
              max,
              mine.stream()
                  .filter(r -> r.report != null && r.report.outcome() == Outcome.GRADED)
                  .mapToDouble(r -> r.report.maxScore())
                  .max()
                  .orElse(0));
    }
    boolean full = solution.report != null && solution.report.allPassed() && max > 0;
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("solution", solution.graded(), max, Expected.FULL_MARKS, full));
    for (Run run : mine.subList(1, mine.size())) {
      boolean less = run.report != null && run.report.score() < max;
      rows.add(new Row(run.job.name(), run.graded(), max, Expected.LESS_THAN_FULL, less));
    }
    return rows;
  }

  /** One folder of an exercise to grade. */
  private record Job(Exercise exercise, String name, Path dir) {}

  /** A graded run; no report when an input error kept it from running. */
  private record Run(Job job, GradeReport report) {
    Optional<GradeReport> graded() {
      return Optional.ofNullable(report);
    }
  }

  private Run run(Job job, Consumer<CourseException> inputError) {
    List<Path> files = new ArrayList<>(Catalog.javaFiles(job.dir()));
    if (job.dir().equals(job.exercise().starterDir())) {
      // A file with no starter is one the student writes from scratch (a helper class): the
      // starter is graded with the reference's copy of it, the most it could be handed in with,
      // and must still score less.
      for (Path reference : Catalog.javaFiles(job.exercise().solutionDir())) {
        if (files.stream().noneMatch(f -> f.getFileName().equals(reference.getFileName()))) {
          files.add(reference);
        }
      }
    }
    try {
      return new Run(job, judge.grade(job.exercise(), files, Judge.Suite.ALL));
    } catch (CourseException e) {
      inputError.accept(e);
      return new Run(job, null);
    }
  }

  private static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot list: " + e.getMessage(), e);
    }
  }
}
