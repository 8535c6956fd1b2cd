package course.site.markdown;

import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A {@code quiz} fenced block after parsing: its children are {@link Question}s. A malformed quiz
 * has no children and an {@link #error()} (with the 0-based line in the body) for the strict build.
 */
public final class Quiz extends CustomBlock {
  private final String error;
  private final int errorLine;

  Quiz(String error, int errorLine) {
    this.error = error;
    this.errorLine = errorLine;
  }

  /** What is wrong with the quiz YAML, if anything. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The 0-based body line of the error. */
  public int errorLine() {
    return errorLine;
  }

  /** One question; children: a {@link Prompt}, {@link Choice}s, an optional {@link Explanation}. */
  public static final class Question extends CustomBlock {
    private final int answer;

    Question(int answer) {
      this.answer = answer;
    }

    /** The 0-based index of the right choice. */
    public int answer() {
      return answer;
    }
  }

  /** The question's text (inline Markdown). */
  public static final class Prompt extends CustomBlock {}

  /** One choice (inline Markdown). */
  public static final class Choice extends CustomBlock {
    private final int index;

    Choice(int index) {
      this.index = index;
    }

    /** The 0-based index of this choice. */
    public int index() {
      return index;
    }
  }

  /** Shown after an answer (Markdown). */
  public static final class Explanation extends CustomBlock {}
}
