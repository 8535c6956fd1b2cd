package course.site.markdown;

import java.util.Set;

/**
 * The Java highlighter's fast path: one pass over ASCII code, spans written as the tokens are
 * found, no token objects. It reads what javaparser's lexer reads the same way (the keywords are
 * javaparser's, {@code JavaLexerTest} holds the two together on every Java file of this repository
 * and on random code) and gives up on anything less usual: a character outside ASCII outside a
 * comment or literal, a control character, a Unicode escape, four {@code >} in a row, a backslash,
 * {@code #} or a backtick in code, an escape it does not know, a hexadecimal floating-point number,
 * text it cannot finish. {@link Highlighter} then asks javaparser's lexer, which decides as before.
 */
final class JavaLexer {
  private JavaLexer() {}

  /**
   * The words javaparser's lexer reads as keywords ({@code tok-kw}), {@code true}, {@code false}
   * and {@code null} among them. {@code non-sealed} is matched on its own. Not {@code yield}:
   * javaparser's lexer reads it as a keyword only when its parser asks, which highlighting does
   * not.
   */
  static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "permits",
          "private",
          "protected",
          "public",
          "record",
          "return",
          "sealed",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "requires",
          "to",
          "with",
          "open",
          "opens",
          "uses",
          "module",
          "exports",
          "provides",
          "transitive",
          "when",
          "true",
          "false",
          "null");

  /** The one keyword with a hyphen, a token of its own in javaparser's lexer. */
  private static final String NON_SEALED = "non-sealed";

  private static final byte OTHER = 0; // gives up
  private static final byte SPACE = 1;
  private static final byte PUNCT = 2; // operators and separators: escaped as they are
  private static final byte WORD = 3; // starts an identifier
  private static final byte DIGIT = 4;
  private static final byte[] CLASS = new byte[128];

  static {
    // Not Ctrl-Z (U+001A), which javaparser's lexer reads as a token without text.
    for (char c : " \t\n\r\f".toCharArray()) {
      CLASS[c] = SPACE;
    }
    for (char c : "(){}[];,.@=><!~?:+-*/&|^%\"'".toCharArray()) {
      CLASS[c] = PUNCT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = WORD;
      CLASS[Character.toUpperCase(c)] = WORD;
    }
    CLASS['_'] = WORD;
    CLASS['$'] = WORD;
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
  }

  /**
   * Appends {@code code} highlighted to {@code out} and returns true, or returns false having
   * appended nothing when the code is one this lexer leaves to javaparser's.
   */
  static boolean highlight(String code, StringBuilder out) {
    if (code.indexOf("\\u") >= 0 || code.indexOf(">>>>") >= 0) {
      // javaparser reads Unicode escapes before it lexes, and its highlighting gives up on some
      // runs of four > or more (the extra > tokens it makes for generics no longer line up).
      return false;
    }
    int start = out.length();
    int n = code.length();
    int plain = 0; // start of the text not yet written, which is escaped as it is
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c >= 128) {
        return undo(out, start);
      }
      int end;
      String kind;
      switch (CLASS[c]) {
        case SPACE -> {
          i++;
          continue;
        }
        case WORD -> {
          end = word(code, i);
          if (end < 0) {
            return undo(out, start);
          }
          if (c == 'n' && code.startsWith(NON_SEALED, i)) {
            end = i + NON_SEALED.length();
            kind = "kw";
          } else if (KEYWORDS.contains(code.substring(i, end))) {
            kind = "kw";
          } else {
            i = end;
            continue;
          }
        }
        case DIGIT -> {
          end = number(code, i);
          if (end < 0) {
            return undo(out, start);
          }
          kind = "num";
        }
        case PUNCT -> {
          if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
            end = i + 2;
            while (end < n && code.charAt(end) != '\n' && code.charAt(end) != '\r') {
              end++;
            }
            kind = "com";
          } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
            end = code.indexOf("*/", i + 2);
            if (end < 0) {
              return undo(out, start);
            }
            end += 2;
            kind = "com";
          } else if (c == '"') {
            end = code.startsWith("\"\"\"", i) ? textBlock(code, i) : quoted(code, i, '"');
            if (end < 0) {
              return undo(out, start);
            }
            kind = "str";
          } else if (c == '\'') {
            end = quoted(code, i, '\'');
            if (end < 0 || !oneCharacter(code, i, end)) {
              return undo(out, start);
            }
            kind = "str";
          } else if (code.startsWith("...", i)) {
            i += 3; // an ellipsis, which a fraction after it does not take a dot from
            continue;
          } else if (c == '.' && i + 1 < n && isDigit(code.charAt(i + 1))) {
            end = fraction(code, i + 1);
            if (end < 0) {
              return undo(out, start);
            }
            kind = "num";
          } else if (c == '@' && i + 1 < n && code.charAt(i + 1) < 128) {
            int name = i + 1;
            if (CLASS[code.charAt(name)] != WORD) {
              i++;
              continue;
            }
            end = word(code, name);
            if (end < 0) {
              return undo(out, start);
            }
            String word = code.substring(name, end);
            if (KEYWORDS.contains(word) || word.equals("_") || code.startsWith(NON_SEALED, name)) {
              i++; // an @ before a keyword (@interface): the keyword is found next
              continue;
            }
            kind = "ann";
          } else {
            i++;
            continue;
          }
        }
        default -> {
          return undo(out, start);
        }
      }
      Highlighter.escape(out, code, plain, i);
      out.append("<span class=\"tok-").append(kind).append("\">");
      Highlighter.escape(out, code, i, end);
      out.append("</span>");
      plain = end;
      i = end;
    }
    Highlighter.escape(out, code, plain, n);
    return true;
  }

  private static boolean undo(StringBuilder out, int start) {
    out.setLength(start);
    return false;
  }

  /** The end of the identifier at {@code i}, or -1 when it runs into a character past ASCII. */
  private static int word(String code, int i) {
    int end = i;
    while (end < code.length()) {
      char c = code.charAt(end);
      if (c >= 128) {
        return -1;
      }
      if (CLASS[c] != WORD && CLASS[c] != DIGIT) {
        break;
      }
      end++;
    }
    return end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of digits with underscores between them from {@code i} (a digit). */
  private static int digits(String code, int i) {
    int end = i + 1;
    int last = i; // the last digit
    while (end < code.length() && (isDigit(code.charAt(end)) || code.charAt(end) == '_')) {
      if (code.charAt(end) != '_') {
        last = end;
      }
      end++;
    }
    return last + 1;
  }

  /**
   * The end of the number at {@code i} (a digit), or -1 for one this lexer leaves to javaparser's:
   * hexadecimal floating point, or a base prefix without its digits.
   */
  private static int number(String code, int i) {
    int n = code.length();
    if (code.charAt(i) == '0' && i + 1 < n && "xXbB".indexOf(code.charAt(i + 1)) >= 0) {
      boolean hex = code.charAt(i + 1) == 'x' || code.charAt(i + 1) == 'X';
      int end = i + 2;
      int last = -1;
      while (end < n) {
        char c = code.charAt(end);
        boolean digit = hex ? Character.digit(c, 16) >= 0 && c < 128 : c == '0' || c == '1';
        if (digit) {
          last = end;
        } else if (c != '_') {
          break;
        }
        end++;
      }
      if (last < 0 || code.charAt(i + 2) == '_') {
        return -1;
      }
      end = last + 1;
      if (hex && end < n && ".pP".indexOf(code.charAt(end)) >= 0) {
        return -1;
      }
      return end < n && (code.charAt(end) == 'l' || code.charAt(end) == 'L') ? end + 1 : end;
    }
    int end = digits(code, i);
    if (end < n && code.charAt(end) == '.') {
      end++;
      if (end < n && isDigit(code.charAt(end))) {
        return fraction(code, end);
      }
      return exponentAndSuffix(code, end);
    }
    int exponent = exponentAndSuffix(code, end);
    if (exponent != end) {
      return exponent;
    }
    return end < n && (code.charAt(end) == 'l' || code.charAt(end) == 'L') ? end + 1 : end;
  }

  /** The end of a fraction's digits at {@code i} (a digit), its exponent and its suffix. */
  private static int fraction(String code, int i) {
    return exponentAndSuffix(code, digits(code, i));
  }

  /** The end of an optional exponent at {@code i}, then of an optional {@code fFdD}. */
  private static int exponentAndSuffix(String code, int i) {
    int n = code.length();
    int end = i;
    if (end < n && (code.charAt(end) == 'e' || code.charAt(end) == 'E')) {
      int k = end + 1;
      if (k < n && (code.charAt(k) == '+' || code.charAt(k) == '-')) {
        k++;
      }
      if (k < n && isDigit(code.charAt(k))) {
        end = digits(code, k);
      }
    }
    if (end < n && "fFdD".indexOf(code.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  /**
   * The end of the string or character literal at {@code i} closed by {@code quote}, or -1 when it
   * is not closed on its line or holds an escape this lexer leaves to javaparser's.
   */
  private static int quoted(String code, int i, char quote) {
    int n = code.length();
    int end = i + 1;
    while (end < n) {
      char c = code.charAt(end);
      if (c == quote) {
        return end + 1;
      }
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\') {
        if (end + 1 >= n || "ntbrf\\'\"01234567".indexOf(code.charAt(end + 1)) < 0) {
          return -1;
        }
        end++;
      }
      end++;
    }
    return -1;
  }

  /** Whether the character literal from {@code i} to {@code end} holds one character. */
  private static boolean oneCharacter(String code, int i, int end) {
    String inside = code.substring(i + 1, end - 1);
    if (inside.length() == 1) {
      return !Character.isSurrogate(inside.charAt(0));
    }
    return inside.length() == 2 && inside.charAt(0) == '\\' && !isDigit(inside.charAt(1));
  }

  /**
   * The end of the text block at {@code i}, or -1 when its opening line holds more than blanks or
   * it is not closed.
   */
  private static int textBlock(String code, int i) {
    int n = code.length();
    int end = i + 3;
    while (end < n && (code.charAt(end) == ' ' || code.charAt(end) == '\t')) {
      end++;
    }
    if (end >= n || (code.charAt(end) != '\n' && code.charAt(end) != '\r')) {
      return -1;
    }
    while (end < n) {
      char c = code.charAt(end);
      if (c == '\\') {
        end += 2;
      } else if (code.startsWith("\"\"\"", end)) {
        return end + 3;
      } else {
        end++;
      }
    }
    return -1;
  }
}
