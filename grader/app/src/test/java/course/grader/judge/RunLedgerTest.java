package course.grader.judge;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import course.harness.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a run on their own: frames in, verdicts out, no process and no clock. */
class RunLedgerTest {
  private final RunLedger ledger =
      new RunLedger(Set.of("VisibleTest"), Duration.ofSeconds(2), Duration.ofSeconds(30));

  private static Channel.Frame frame(String type, String... fields) {
    return new Channel.Frame(type, List.of(fields));
  }

  private void plan(String uid, String className, double points) {
    ledger.apply(frame(Channel.PLAN, uid, className, "m", uid + " name", Double.toString(points)));
  }

  private void result(String uid, String status, String message) {
    ledger.apply(frame(Channel.RESULT, uid, status, message, "output of " + uid, "5"));
  }

  @Test
  void aPlannedTestThatNeverReportsIsNeverAPass() {
    plan("a", "VisibleTest", 1);
    plan("b", "HiddenTest", 2);
    result("a", "passed", "");
    ChildRun.Result run = ledger.finish(RunLedger.End.DONE, 0);
    assertThat(run.outcome()).isEqualTo(Outcome.CRASHED);
    assertThat(run.tests())
        .extracting(TestResult::status)
        .containsExactly(TestStatus.PASSED, TestStatus.CRASHED);
    assertThat(run.tests().get(1).points()).isZero();
  }

  @Test
  void aResultForATestThatWasNeverPlannedCountsForNothing() {
    plan("a", "VisibleTest", 1);
    result("forged", "passed", "");
    result("a", "failed", "no");
    ChildRun.Result run = ledger.finish(RunLedger.End.DONE, 0);
    assertThat(run.tests()).hasSize(1);
    assertThat(run.tests().get(0).points()).isZero();
  }

  @Test
  void anUnknownStatusIsAnErrorNotAPass() {
    plan("a", "VisibleTest", 1);
    result("a", "totally_passed", "");
    assertThat(ledger.finish(RunLedger.End.DONE, 0).tests().get(0).status())
        .isEqualTo(TestStatus.ERRORED);
  }

  @Test
  void aTimeoutSettlesTheRunningTestAndRestartsForTheRest() {
    plan("a", "VisibleTest", 1);
    plan("b", "VisibleTest", 1);
    ledger.apply(frame(Channel.START, "a"));
    assertThat(ledger.testRunning()).isTrue();
    ledger.ended(RunLedger.End.TEST_TIMEOUT);
    assertThat(ledger.restarts(RunLedger.End.TEST_TIMEOUT)).isTrue();
    assertThat(ledger.settled()).containsExactly("a");
    result("b", "passed", "");
    ChildRun.Result run = ledger.finish(RunLedger.End.DONE, 0);
    assertThat(run.outcome()).isEqualTo(Outcome.GRADED);
    assertThat(run.tests().get(0).status()).isEqualTo(TestStatus.TIMED_OUT);
    assertThat(run.tests().get(0).message()).contains("took longer than 2 s");
  }

  @Test
  void outOfMemoryRestartsOnlyWhileTestsAreLeft() {
    plan("a", "VisibleTest", 1);
    result("a", "out_of_memory", "OutOfMemoryError");
    assertThat(ledger.lastReportedOutOfMemory()).isTrue();
    assertThat(ledger.restarts(RunLedger.End.OUT_OF_MEMORY)).isFalse();
    plan("b", "VisibleTest", 1);
    assertThat(ledger.restarts(RunLedger.End.OUT_OF_MEMORY)).isTrue();
  }

  @Test
  void aFloodOutsideAnyTestEndsTheRunWithoutARestart() {
    plan("a", "VisibleTest", 1);
    ledger.ended(RunLedger.End.OUTPUT_LIMIT);
    assertThat(ledger.restarts(RunLedger.End.OUTPUT_LIMIT)).isFalse();
    ChildRun.Result run = ledger.finish(RunLedger.End.OUTPUT_LIMIT, 0);
    assertThat(run.outcome()).isEqualTo(Outcome.CRASHED);
    assertThat(run.note()).contains("outside any test");
  }

  @Test
  void aFloodDuringATestCostsThatTestAndRestarts() {
    plan("a", "VisibleTest", 1);
    plan("b", "VisibleTest", 1);
    ledger.apply(frame(Channel.START, "a"));
    ledger.ended(RunLedger.End.OUTPUT_LIMIT);
    assertThat(ledger.restarts(RunLedger.End.OUTPUT_LIMIT)).isTrue();
  }

  @Test
  void aHiddenTestKeepsNoOutputAndEveryMessageIsCut() {
    plan("h", "HiddenTest", 1);
    plan("v", "VisibleTest", 1);
    result("h", "failed", "x".repeat(5000));
    result("v", "failed", "short");
    List<TestResult> tests = ledger.finish(RunLedger.End.DONE, 0).tests();
    assertThat(tests.get(0).output()).isEmpty();
    assertThat(tests.get(0).message()).hasSize(500);
    assertThat(tests.get(1).output()).isEqualTo("output of v");
  }

  @Test
  void theWholeRunHittingItsLimitIsTimedOutAndUnreportedTestsEarnNothing() {
    plan("a", "VisibleTest", 1);
    plan("b", "VisibleTest", 1);
    result("a", "passed", "");
    ledger.apply(frame(Channel.START, "b"));
    ChildRun.Result run = ledger.finish(RunLedger.End.RUN_TIMEOUT, 0);
    assertThat(run.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(run.tests().get(1).message()).contains("still running");
  }

  @Test
  void aSkippedTestLeavesThePlan() {
    plan("a", "VisibleTest", 1);
    result("a", "skipped", "disabled");
    assertThat(ledger.finish(RunLedger.End.DONE, 0).tests()).isEmpty();
  }
}
