package course.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure rule of {@code feedback: message}; {@code HiddenFeedbackTest} drives it end to end. */
class HiddenFeedbackMessageTest {
  @Test
  void aShortOneLineMessageIsKeptAsItIs() {
    String junit = "sum([1, 2]) ==> expected: <3> but was: <4>";
    assertThat(HiddenFeedback.message(junit)).isEqualTo(junit);
  }

  @Test
  void aLongValueIsCutButTheVerdictAfterItStays() {
    String input = "[" + "1, ".repeat(40) + "1]";
    String cut = HiddenFeedback.message("sum(" + input + ") ==> expected: <41> but was: <40>");
    assertThat(cut)
        .startsWith("sum([1, 1, ")
        .contains("…")
        .endsWith("==> expected: <41> but was: <40>");
    assertThat(cut).hasSizeLessThan(100);
  }

  @Test
  void onlyTheFirstNonBlankLineIsKeptAndWhereItFailedToo() {
    String assertj = "\nexpected: \"a\nSECRET\"\n but was: \"b\" (at Shout.java:7)";
    assertThat(HiddenFeedback.message(assertj)).isEqualTo("expected: \"a … (at Shout.java:7)");
  }

  @Test
  void applyingItTwiceChangesNothing() {
    for (String m :
        new String[] {
          "x(" + "y".repeat(300) + ")\nmore", "\nexpected: \"a\nSECRET\"\n (at A.java:1)", "plain"
        }) {
      String once = HiddenFeedback.message(m);
      assertThat(HiddenFeedback.message(once)).isEqualTo(once);
    }
  }
}
