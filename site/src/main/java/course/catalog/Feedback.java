package course.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a failing hidden test tells the student ({@code feedback:} in {@code exercise.md}). The
 * grader applies it to what {@code submit} prints and records; visible tests always tell all.
 */
public enum Feedback {
  /** The test's name only: no message. */
  NAME,
  /** The assertion message's first line, with long values cut (the default). */
  MESSAGE,
  /** The whole message, as the test wrote it. */
  FULL;

  /** The word of {@code exercise.md}: {@code name}, {@code message}, {@code full}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named by {@code word}, if any. */
  public static Optional<Feedback> of(String word) {
    for (Feedback f : values()) {
      if (f.word().equals(word)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
