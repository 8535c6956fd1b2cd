package course.grader.export;

import course.grader.policy.GradeSheet;
import java.io.IOException;

/** One export format: writes a policy-applied grade sheet to a stream it does not close. */
public interface SheetExport {
  void write(GradeSheet sheet, Appendable out) throws IOException;
}
