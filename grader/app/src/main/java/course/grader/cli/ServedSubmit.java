package course.grader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import course.grader.report.GradeReport;
import course.grader.report.SubmittedFile;
import course.grader.wire.WireJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code course submit} in a student kit that names its grading server, for {@link SubmitCommand}
 * and for the kit's fast path ({@link KitFastPath}) alike. Nothing here refers to picocli: the fast
 * path runs it without loading any of picocli's classes (a class that throws picocli's exceptions
 * loads them as it is verified).
 */
final class ServedSubmit {
  private ServedSubmit() {}

  /**
   * A student kit's submit: the files are read here (so a wrong file is named before anything is
   * sent), graded on the course's server, and printed exactly as a local submit prints them.
   *
   * @param student the id given with {@code --student}, or null
   * @param err where a note about the student id goes
   */
  static int run(
      Remote remote,
      Common common,
      SubmissionArgs args,
      String student,
      Console console,
      java.io.PrintWriter err) {
    // Only the exercise's folder is needed here (the server checks the rest): parsing the whole
    // catalog would cost a student half a second per submit. An unknown name gets the catalog's
    // message, with its suggestion.
    String slug =
        args.reading(
            console,
            () ->
                java.nio.file.Files.isRegularFile(
                            common
                                .root()
                                .resolve("exercises")
                                .resolve(args.exercise)
                                .resolve("exercise.md"))
                        && args.exercise.matches("[a-z0-9][a-z0-9-]*")
                    ? args.exercise
                    : common.catalog().exercise(args.exercise).slug());
    List<SubmittedFile> files =
        args.reading(
            console,
            () -> {
              List<SubmittedFile> read = new java.util.ArrayList<>();
              for (java.nio.file.Path f : args.files) {
                read.add(new SubmittedFile(f.getFileName().toString(), readText(f)));
              }
              return read;
            });
    JsonNode answer = remote.submit(slug, files);
    GradeReport report = WireJson.readReport(answer);
    String who = answer.path("student").asText();
    if (student != null && !student.equals(who)) {
      err.println(
          "course: note: the server graded this as '"
              + who
              + "' (the student of your login), not '"
              + student
              + "'");
      err.flush();
    }
    Map<String, Object> lateness = new LinkedHashMap<>();
    for (String field : List.of("timeliness", "late_ms", "penalty")) {
      if (answer.has(field)) {
        lateness.put(field, course.grader.wire.PlainJson.value(answer.get(field)));
      }
    }
    int code = args.print(console, report, who, answer.path("attempt").asInt(), lateness);
    KitProgress.record(
        common.root(), slug, report.score(), report.maxScore(), answer.path("attempt").asInt());
    if (!args.json && answer.hasNonNull("late_line")) {
      console.out().println(answer.get("late_line").asText());
    }
    return code;
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
}
