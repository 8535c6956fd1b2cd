/**
 * The harness inside the child JVM. A named module that exports and opens nothing to student code:
 * the submission and the tests run in the unnamed module (the class path), which can neither read
 * its private state (the channel key) with reflection nor reach its classes at all. Only the
 * warm-up test is opened, to JUnit, for the training run that writes the start-up archive.
 */
module course.harness {
  requires course.api;
  requires org.junit.platform.launcher;
  requires org.junit.jupiter.api;
  // What instructors' tests may use (and the warm-up test does): resolved with the harness.
  requires org.junit.jupiter.params;
  requires org.assertj.core;

  opens course.harness.warmup to
      org.junit.platform.commons;
}
