package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a student kit, {@code course list} counts what the course's policy counts (the server's
 * course.yaml: last attempt, late penalty), exactly as the instructor's {@code list --student}
 * words it, not the student's best score.
 */
class KitListPolicyTest {
  @TempDir Path tmp;

  @Test
  void aKitsListShowsTheStandingTheCoursesPolicyGivesAsTheInstructorSeesIt() throws Exception {
    Path course = tmp.resolve("course");
    Path fixture = CourseRunner.fixtureCourse();
    CourseRunner.copyTree(fixture, course);
    // The fixture's adder is past due: every attempt is late.
    Files.writeString(
        course.resolve("course.yaml"), "policy:\n  select: last\n  late_per_day: 10%\n");
    try (ServedClass served =
        new ServedClass(course, "adder", tmp.resolve("class"), List.of("alice"), "--jobs", "1")) {
      served.login("alice");
      Path adder = course.resolve("exercises/adder");
      Path first = Files.copy(adder.resolve("solution/Adder.java"), tmp.resolve("Adder.java"));
      assertThat(served.student("alice", "", "submit", "adder", first.toString()).code()).isZero();
      Files.copy(
          adder.resolve("wrong/subtracts/Adder.java"),
          first,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      served.student("alice", "", "submit", "adder", first.toString());

      String kit = adderLine(served.student("alice", "", "list").out());
      String instructor =
          adderLine(new CourseRunner(course, served.db).run("list", "--student", "alice").out());
      assertThat(instructor).contains("· last ").contains("in 2 attempts").contains("late, -");
      assertThat(kit).isEqualTo(instructor);
    }
  }

  private static String adderLine(String out) {
    // Columns are as wide as the longest slug, and the kit holds only the published exercise.
    return out.lines()
        .filter(l -> l.startsWith("adder"))
        .findFirst()
        .orElse(out)
        .replaceAll("\\s+", " ");
  }
}
