package course.site.markdown;

import java.util.Locale;
import org.commonmark.node.CustomBlock;

/** A GitHub-style alert ({@code > [!NOTE]}) turned into an aside. */
public final class Admonition extends CustomBlock {
  /** The kinds of admonition a lesson may use. */
  public enum Kind {
    NOTE("Note"),
    TIP("Tip"),
    WARNING("Warning"),
    MISTAKES("Common mistakes");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /** The title shown above the admonition. */
    public String title() {
      return title;
    }

    /** The CSS class: the kind in lower case. */
    public String cssClass() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;

  Admonition(Kind kind) {
    this.kind = kind;
  }

  /** Which admonition this is. */
  public Kind kind() {
    return kind;
  }
}
