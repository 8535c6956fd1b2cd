package course.grader.gradebook;

import java.util.Objects;

/**
 * Who a student id is, as the instructor's roster says. Empty strings for what the roster leaves
 * out.
 *
 * @param sisId the institution's id (Canvas "SIS User ID", Moodle "ID number")
 * @param canvasId Canvas's own user id (its export's "ID"), as Canvas's download names give it
 */
public record RosterEntry(
    String studentId, String name, String email, String sisId, String section, String canvasId) {
  public RosterEntry {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(sisId, "sisId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(canvasId, "canvasId");
  }

  /** An entry as a roster file gives it: no Canvas user id. */
  public RosterEntry(String studentId, String name, String email, String sisId, String section) {
    this(studentId, name, email, sisId, section, "");
  }

  /** This entry with Canvas's user id. */
  public RosterEntry withCanvasId(String id) {
    return new RosterEntry(studentId, name, email, sisId, section, id);
  }

  /** An entry for a student the roster does not list: the id only. */
  public static RosterEntry idOnly(String studentId) {
    return new RosterEntry(studentId, "", "", "", "");
  }
}
