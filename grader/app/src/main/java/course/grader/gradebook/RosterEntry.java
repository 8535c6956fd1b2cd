package course.grader.gradebook;

import java.util.Objects;

/**
 * Who a student id is, as the instructor's roster says. Empty strings for what the roster leaves
 * out.
 *
 * @param sisId the institution's id (Canvas "SIS User ID", Moodle "ID number")
 */
public record RosterEntry(
    String studentId, String name, String email, String sisId, String section) {
  public RosterEntry {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(sisId, "sisId");
    Objects.requireNonNull(section, "section");
  }

  /** An entry for a student the roster does not list: the id only. */
  public static RosterEntry idOnly(String studentId) {
    return new RosterEntry(studentId, "", "", "", "");
  }
}
