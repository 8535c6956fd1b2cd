package course.grader.cli;

import course.catalog.CourseException;
import picocli.CommandLine.Option;

/** The {@code --jobs} option of the batch commands. */
final class Jobs {
  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Grade up to N submissions at once. Default: the number of processors.")
  Integer jobs;

  int count() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1) {
      throw CourseException.input("--jobs " + jobs + ": give at least 1");
    }
    return jobs;
  }
}
