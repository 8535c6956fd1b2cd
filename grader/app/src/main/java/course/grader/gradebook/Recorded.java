package course.grader.gradebook;

/**
 * Where {@link Gradebook#record} stored a submission.
 *
 * @param submissionId the row id, for {@link Gradebook#files(long)} and regrades
 * @param attempt 1 for the student's first submission of the exercise, then 2, 3, ...
 */
public record Recorded(long submissionId, int attempt) {}
