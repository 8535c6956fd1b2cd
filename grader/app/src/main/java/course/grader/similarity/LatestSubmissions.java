package course.grader.similarity;

import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Each student's latest recorded attempt at one exercise, with its files, from the gradebook. */
public final class LatestSubmissions {
  private LatestSubmissions() {}

  /** One candidate per student who submitted {@code exercise}, in student id order. */
  public static List<SimilarityAnalysis.Candidate> of(Gradebook gradebook, String exercise) {
    Objects.requireNonNull(gradebook, "gradebook");
    Objects.requireNonNull(exercise, "exercise");
    List<SimilarityAnalysis.Candidate> candidates = new ArrayList<>();
    for (String student : gradebook.students()) {
      List<Attempt> attempts = gradebook.history(student, exercise);
      if (attempts.isEmpty()) {
        continue;
      }
      // history() lists attempts in order, so the last one is the latest.
      Attempt latest = attempts.get(attempts.size() - 1);
      candidates.add(
          new SimilarityAnalysis.Candidate(
              student, latest.attempt(), gradebook.files(latest.submissionId())));
    }
    return candidates;
  }
}
