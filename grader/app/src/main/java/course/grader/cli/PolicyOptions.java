package course.grader.cli;

import course.catalog.Exercise;
import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Gradebook;
import course.grader.policy.GradeSheet;
import course.grader.policy.LatePolicy;
import course.grader.policy.Policy;
import course.grader.policy.PolicyText;
import course.grader.policy.Selection;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import picocli.CommandLine.Option;

/** The grading policy options shared by export, show and history. */
final class PolicyOptions {
  @Option(
      names = "--policy",
      paramLabel = "best|last|first",
      description =
          "Which attempt counts: best (highest score after penalties), last or first"
              + " (default: course.yaml's policy, else best).")
  Selection selection;

  @Option(
      names = "--late-per-day",
      paramLabel = "PERCENT",
      description =
          "Take this share of the score per started day late, e.g. 10%% (default: course.yaml's"
              + " policy, else 0%%).")
  String perDay;

  @Option(
      names = "--late-cap",
      paramLabel = "PERCENT",
      description =
          "Never take more than this in total, e.g. 50%% (default: course.yaml's policy, else"
              + " 100%%).")
  String cap;

  @Option(
      names = "--grace",
      paramLabel = "DURATION",
      description =
          "Lateness forgiven entirely, e.g. 15m, 2h, 1d (default: course.yaml's policy, else 0).")
  String grace;

  /** The policy: each flag given, else course.yaml's {@code policy:}, else the default. */
  Policy policy(Common common) {
    return resolve(CourseConfig.read(common.root()).policy());
  }

  private Policy resolve(CourseConfig.PolicySettings course) {
    BigDecimal perDayValue =
        perDay != null
            ? PolicyText.percent("--late-per-day", perDay)
            : course.latePerDay().orElse(BigDecimal.ZERO);
    BigDecimal capValue =
        cap != null
            ? PolicyText.percent("--late-cap", cap)
            : course.lateCap().orElse(BigDecimal.ONE);
    Duration graceValue =
        grace != null
            ? PolicyText.duration("--grace", grace)
            : course.grace().orElse(Duration.ZERO);
    Selection chosen = selection != null ? selection : course.select().orElse(Selection.BEST);
    return new Policy(chosen, new LatePolicy(perDayValue, capValue, graceValue));
  }

  /** The course's policy as course.yaml gives it, without flags (for {@code submit}). */
  static Policy ofCourse(Common common) {
    return new PolicyOptions().policy(common);
  }

  /** The gradebook read once with this policy; exercises in course order first. */
  GradeSheet sheet(Gradebook gradebook, Common common, String studentOrNull) {
    List<Exercise> catalog = common.catalog().exercises();
    return GradeSheet.build(
        gradebook,
        policy(common),
        catalog.stream().map(Exercise::slug).toList(),
        catalog.stream()
            .map(e -> new ExerciseRow(e.slug(), e.title(), OptionalDouble.empty(), e.due()))
            .toList(),
        studentOrNull);
  }

  /** The gradebook that views read; they never create one. */
  static Gradebook existing(Common common) {
    return common.requireGradebook("grade a submission first, or pass --db");
  }
}
