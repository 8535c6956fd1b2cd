package course.site.generate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The single-page edition ({@code all.html}): each page's article is moved to the site root with
 * its ids prefixed by the page's id, links to other pages rewritten to in-page anchors ({@code
 * #raft--terms-and-roles--votes}) and other relative links (images, downloads) rebased to the root.
 *
 * <p>The articles are HTML this build wrote (commonmark and the templates: every attribute
 * double-quoted, no comments, no scripts), so a scan of their tags rewrites {@code id}, {@code
 * href} and {@code src} values in place and copies everything else as it is: parsing each article
 * again with jsoup was a tenth of a 1,000-lesson build. An article with anything the scan does not
 * read as plainly (an author's raw HTML with a comment, a script or style, an unquoted or
 * unknown-entity value, a stray {@code <}) goes through jsoup instead, which rewrites it whatever
 * way its attributes happen to be written.
 */
final class SinglePage {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private final Map<String, String> pageIds;

  /**
   * @param pageIds the id of each page of the edition, by output path
   */
  SinglePage(Map<String, String> pageIds) {
    this.pageIds = Map.copyOf(pageIds);
  }

  /** The article {@code html} of page {@code output}, rewritten for {@code all.html}. */
  String rewrite(String output, String html) {
    String fast = scan(output, html);
    return fast != null ? fast : withJsoup(output, html);
  }

  /** The rewrite by jsoup: for any HTML. */
  String withJsoup(String output, String html) {
    String pageId = pageIds.get(output);
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element e : doc.body().select("[id]")) {
      e.attr("id", pageId + "--" + e.attr("id"));
    }
    for (Element a : doc.body().select("a[href]")) {
      a.attr("href", link(output, pageId, a.attr("href")));
    }
    for (Element e : doc.body().select("[src]")) {
      e.attr("src", source(output, e.attr("src")));
    }
    return doc.body().html();
  }

  /**
   * The rewrite by a scan of the tags, or null when {@code html} has something the scan leaves to
   * jsoup. Text and every other attribute are copied unchanged.
   */
  String scan(String output, String html) {
    String pageId = pageIds.get(output);
    StringBuilder out = new StringBuilder(html.length() + html.length() / 8);
    int n = html.length();
    int copied = 0;
    int i = html.indexOf('<');
    while (i >= 0) {
      if (i + 1 >= n) {
        return null;
      }
      char c = html.charAt(i + 1);
      if (c == '/') {
        int end = html.indexOf('>', i);
        if (end < 0 || !isLetter(html, i + 2)) {
          return null;
        }
        i = html.indexOf('<', end);
        continue;
      }
      if (!isLetter(html, i + 1)) {
        return null; // a comment, a doctype, a processing instruction or a stray '<'
      }
      int p = i + 1;
      while (p < n && isNameChar(html.charAt(p))) {
        p++;
      }
      // Tag names are ASCII (isNameChar): compared in place, without a lower-case copy of each.
      int tag = i + 1;
      if (named(html, tag, p, "script")
          || named(html, tag, p, "style")
          || named(html, tag, p, "textarea")
          || named(html, tag, p, "title")
          || named(html, tag, p, "xmp")
          || named(html, tag, p, "plaintext")
          || named(html, tag, p, "noscript")) {
        return null; // raw text: its '<' are not tags
      }
      boolean anchor = named(html, tag, p, "a");
      // Attributes: name, or name="value" (double or single quotes).
      while (true) {
        while (p < n && isSpace(html.charAt(p))) {
          p++;
        }
        if (p >= n) {
          return null;
        }
        char d = html.charAt(p);
        if (d == '>') {
          p++;
          break;
        }
        if (d == '/' && p + 1 < n && html.charAt(p + 1) == '>') {
          p += 2;
          break;
        }
        int nameStart = p;
        while (p < n && isAttributeNameChar(html.charAt(p))) {
          p++;
        }
        if (p == nameStart) {
          return null;
        }
        int afterName = p;
        while (p < n && isSpace(html.charAt(p))) {
          p++;
        }
        if (p >= n || html.charAt(p) != '=') {
          p = afterName; // a name without a value
          if (rewritten(html.substring(nameStart, afterName), anchor)) {
            return null;
          }
          continue;
        }
        p++;
        while (p < n && isSpace(html.charAt(p))) {
          p++;
        }
        if (p >= n || (html.charAt(p) != '"' && html.charAt(p) != '\'')) {
          return null; // unquoted
        }
        char quote = html.charAt(p);
        int valueStart = p + 1;
        int valueEnd = html.indexOf(quote, valueStart);
        if (valueEnd < 0) {
          return null;
        }
        p = valueEnd + 1;
        boolean id = named(html, nameStart, afterName, "id");
        boolean href = anchor && named(html, nameStart, afterName, "href");
        boolean src = named(html, nameStart, afterName, "src");
        if (!id && !href && !src) {
          continue;
        }
        String value = decode(html.substring(valueStart, valueEnd));
        if (value == null) {
          return null;
        }
        String rewritten =
            id ? pageId + "--" + value : href ? link(output, pageId, value) : source(output, value);
        out.append(html, copied, afterName).append("=\"");
        encode(out, rewritten).append('"');
        copied = p;
      }
      i = html.indexOf('<', p);
    }
    return out.append(html, copied, n).toString();
  }

  /**
   * Whether {@code html[start, end)} is {@code lower} (ASCII lower case) in any case of ASCII
   * letters: what {@code toLowerCase(Locale.ROOT).equals(lower)} says of it, without the copies.
   */
  private static boolean named(String html, int start, int end, String lower) {
    if (end - start != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = html.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean rewritten(String name, boolean anchor) {
    return name.equalsIgnoreCase("id")
        || name.equalsIgnoreCase("src")
        || (anchor && name.equalsIgnoreCase("href"));
  }

  private String source(String output, String src) {
    if (!SCHEME.matcher(src).matches() && !src.startsWith("#")) {
      return SitePaths.resolve(SitePaths.dir(output), src).orElse(src);
    }
    return src;
  }

  private static boolean isLetter(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static boolean isAttributeNameChar(char c) {
    return !isSpace(c) && c != '=' && c != '>' && c != '/' && c != '"' && c != '\'' && c != '<';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** An attribute value's text: the entities the build writes decoded; null for any other. */
  private static String decode(String value) {
    int amp = value.indexOf('&');
    if (amp < 0) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    int from = 0;
    while (amp >= 0) {
      sb.append(value, from, amp);
      int semi = value.indexOf(';', amp);
      if (semi < 0) {
        return null;
      }
      String entity = value.substring(amp + 1, semi);
      switch (entity) {
        case "amp" -> sb.append('&');
        case "quot" -> sb.append('"');
        case "lt" -> sb.append('<');
        case "gt" -> sb.append('>');
        case "apos" -> sb.append('\'');
        default -> {
          int code = numeric(entity);
          if (code < 0) {
            return null;
          }
          sb.appendCodePoint(code);
        }
      }
      from = semi + 1;
      amp = value.indexOf('&', from);
    }
    return sb.append(value, from, value.length()).toString();
  }

  /** The code point of {@code #39} or {@code #x27}; -1 for anything else. */
  private static int numeric(String entity) {
    if (entity.length() < 2 || entity.charAt(0) != '#') {
      return -1;
    }
    boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
    String digits = entity.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > 6) {
      return -1;
    }
    try {
      int code = Integer.parseInt(digits, hex ? 16 : 10);
      return code > 0 && Character.isValidCodePoint(code) ? code : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static StringBuilder encode(StringBuilder out, String value) {
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out;
  }

  private String link(String output, String pageId, String href) {
    if (href.startsWith("#")) {
      return href.length() == 1 ? "#" + pageId : "#" + pageId + "--" + href.substring(1);
    }
    if (SCHEME.matcher(href).matches() || href.isEmpty()) {
      return href;
    }
    String path = href;
    String fragment = "";
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    Optional<String> target = SitePaths.resolve(SitePaths.dir(output), path);
    if (target.isEmpty()) {
      return href;
    }
    String targetId = pageIds.get(target.get());
    if (targetId == null) {
      return target.get() + (hash >= 0 ? "#" + fragment : "");
    }
    return fragment.isEmpty() ? "#" + targetId : "#" + targetId + "--" + fragment;
  }
}
