package course.grader.judge;

import course.harness.Channel;

/** What a child JVM's session waits for: a frame of the channel, or the end of a stream. */
sealed interface ChildEvent {
  /** An authenticated frame of this run's channel. */
  record FrameArrived(Channel.Frame frame) implements ChildEvent {}

  /** The child's stdout (the channel) ended. */
  record StreamEnded() implements ChildEvent {}

  /** The child process ended. */
  record Exited() implements ChildEvent {}

  /** The child wrote more than {@link ChildProcess#RAW_OUTPUT_LIMIT} past the capture. */
  record Flooded() implements ChildEvent {}
}
