package course.grader.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One student's entry in a folder of submissions.
 *
 * @param student the student id the folder or file names give
 * @param files the student's {@code .java} files; empty when there is a problem
 * @param problem why this entry cannot be graded (one line naming the file and the fix); empty when
 *     it can
 * @param canvasUserId Canvas's user id when the files are a Canvas download (their names give it);
 *     empty otherwise
 */
public record StudentFiles(String student, List<Path> files, String problem, String canvasUserId) {
  public StudentFiles {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(canvasUserId, "canvasUserId");
    files = List.copyOf(files);
  }

  /** An entry that names no Canvas user. */
  public StudentFiles(String student, List<Path> files, String problem) {
    this(student, files, problem, "");
  }
}
