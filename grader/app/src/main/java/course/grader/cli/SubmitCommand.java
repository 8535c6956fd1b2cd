package course.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.Exercise;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.service.GradingService;
import course.grader.wire.WireJson;
import java.time.Instant;
import java.util.List;
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
      return submitRemotely(remote.get());
    }
    if (student == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--student=ID'");
    }
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
    return args.print(parent.console(), graded.report(), student, graded.attempt());
  }

  /**
   * A student kit's submit: the files are read here (so a wrong file is named before anything is
   * sent), graded on the course's server, and printed exactly as a local submit prints them.
   */
  private int submitRemotely(Remote remote) {
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    List<SubmittedFile> files =
        args.reading(
            parent.console(),
            () -> {
              List<SubmittedFile> read = new java.util.ArrayList<>();
              for (java.nio.file.Path f : args.files) {
                read.add(new SubmittedFile(f.getFileName().toString(), readText(f)));
              }
              return read;
            });
    JsonNode answer = remote.submit(ex.slug(), files);
    GradeReport report = WireJson.readReport(answer);
    String who = answer.path("student").asText();
    if (student != null && !student.equals(who)) {
      spec.commandLine()
          .getErr()
          .println(
              "course: note: the server graded this as '"
                  + who
                  + "' (the student of your login), not '"
                  + student
                  + "'");
      spec.commandLine().getErr().flush();
    }
    return args.print(parent.console(), report, who, answer.path("attempt").asInt());
  }

  private static String readText(java.nio.file.Path file) {
    try {
      long size = java.nio.file.Files.size(file);
      if (size > course.grader.judge.SubmissionReader.MAX_BYTES) {
        throw course.catalog.CourseException.input(
            file
                + ": "
                + size
                + " bytes is too large for a source file (at most "
                + course.grader.judge.SubmissionReader.MAX_BYTES
                + "); submit the .java file");
      }
      return course.grader.judge.SubmissionReader.decode(
          file.toString(), java.nio.file.Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw course.catalog.CourseException.input(
          file + ": no such file; check the path (your files are untouched)");
    } catch (java.io.IOException e) {
      throw course.catalog.CourseException.input(
          file + ": cannot read it (" + e.getMessage() + ")");
    }
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
