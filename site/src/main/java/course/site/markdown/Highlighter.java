package course.site.markdown;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.GeneratedJavaParserTokenManager;
import com.github.javaparser.JavaToken;
import com.github.javaparser.Providers;
import com.github.javaparser.SimpleCharStream;
import com.github.javaparser.Token;
import com.github.javaparser.TokenMgrException;
import com.github.javaparser.TokenTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns code into escaped HTML with {@code <span class="tok-...">} around keywords ({@code
 * tok-kw}), strings ({@code tok-str}), comments ({@code tok-com}), numbers ({@code tok-num}),
 * annotations ({@code tok-ann}), keys ({@code tok-key}) and prompts ({@code tok-prompt}).
 */
public final class Highlighter {
  private Highlighter() {}

  /** Highlighted, escaped HTML for {@code code} in {@code language}. */
  public static String highlight(String language, String code) {
    return switch (language) {
      case "java" -> java(code);
      case "sh", "shell", "bash", "console", "zsh" -> shell(code);
      case "properties", "ini" -> properties(code);
      case "json" -> json(code);
      default -> escape(code);
    };
  }

  /** HTML text escaping: the characters that matter in element content and attributes. */
  public static String escape(String text) {
    return escape(new StringBuilder(text.length() + 16), text).toString();
  }

  /** Appends {@code text} to {@code sb} HTML-escaped; returns {@code sb}. */
  private static StringBuilder escape(StringBuilder sb, String text) {
    return escape(sb, text, 0, text.length());
  }

  /** Appends characters {@code from} to {@code to} of {@code text} to {@code sb} HTML-escaped. */
  static StringBuilder escape(StringBuilder sb, String text, int from, int to) {
    int copied = from;
    for (int i = from; i < to; i++) {
      String entity =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (entity != null) {
        sb.append(text, copied, i).append(entity);
        copied = i + 1;
      }
    }
    return sb.append(text, copied, to);
  }

  private static void span(StringBuilder out, String kind, String text) {
    out.append("<span class=\"tok-").append(kind).append("\">");
    escape(out, text).append("</span>");
  }

  // ---- Java: the tokens javac would see. JavaLexer reads the usual code in one pass; javaparser's
  // own lexer reads the rest.

  /**
   * Each thread's lexer, started again for each snippet: a new one allocates its character buffer
   * and line and column tables (about 40 KB) and its state tables, for every code block of a build.
   */
  private static final ThreadLocal<Lexer> LEXER = ThreadLocal.withInitial(Lexer::new);

  private static final class Lexer {
    private final SimpleCharStream stream = new SimpleCharStream(Providers.provider(""));
    private final GeneratedJavaParserTokenManager tokens =
        new GeneratedJavaParserTokenManager(stream);

    GeneratedJavaParserTokenManager of(String code) {
      stream.reInit(Providers.provider(code));
      tokens.ReInit(stream);
      return tokens;
    }
  }

  static String java(String code) {
    StringBuilder out = new StringBuilder(code.length() * 2);
    return JavaLexer.highlight(code, out) ? out.toString() : javaByLibrary(code);
  }

  /** The Java highlighting of {@code code} from javaparser's lexer. */
  static String javaByLibrary(String code) {
    List<Token> tokens = new ArrayList<>();
    try {
      GeneratedJavaParserTokenManager lexer = LEXER.get().of(code);
      while (true) {
        Token token = lexer.getNextToken();
        // Whitespace and comments hang off the next token, newest first.
        if (token.specialToken != null) {
          Deque<Token> special = new ArrayDeque<>();
          for (Token s = token.specialToken; s != null; s = s.specialToken) {
            special.push(s);
          }
          tokens.addAll(special);
        }
        if (token.kind == GeneratedJavaParserConstants.EOF) {
          break;
        }
        tokens.add(token);
      }
    } catch (TokenMgrException e) {
      // An unterminated comment or string: show the snippet plainly rather than fail the build.
      return escape(code);
    }
    tokens = covering(tokens, code);
    if (tokens == null) {
      return escape(code);
    }
    StringBuilder out = new StringBuilder(code.length() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String kind = javaKind(token.kind);
      if (token.kind == GeneratedJavaParserConstants.AT
          && i + 1 < tokens.size()
          && tokens.get(i + 1).kind == GeneratedJavaParserConstants.IDENTIFIER) {
        span(out, "ann", "@" + tokens.get(i + 1).image);
        i++;
      } else if (kind == null) {
        escape(out, token.image);
      } else {
        span(out, kind, token.image);
      }
    }
    return out.toString();
  }

  /**
   * The tokens that spell {@code code} exactly, or null. The lexer follows {@code >>} and {@code
   * >>>} with extra {@code >} tokens (so the parser can close nested generics such as {@code
   * List<List<String>>}); those cover no text of their own and are dropped here.
   */
  private static List<Token> covering(List<Token> tokens, String code) {
    List<Token> kept = new ArrayList<>(tokens.size());
    int pos = 0;
    for (Token token : tokens) {
      if (code.startsWith(token.image, pos)) {
        kept.add(token);
        pos += token.image.length();
      } else if (token.kind != GeneratedJavaParserConstants.GT) {
        return null;
      }
    }
    return pos == code.length() ? kept : null;
  }

  private static String javaKind(int kind) {
    if (TokenTypes.isComment(kind)) {
      return "com";
    }
    JavaToken.Kind k = JavaToken.Kind.valueOf(kind);
    return switch (k) {
      case STRING_LITERAL, TEXT_BLOCK_LITERAL, CHARACTER_LITERAL -> "str";
      case INTEGER_LITERAL, LONG_LITERAL, FLOATING_POINT_LITERAL -> "num";
      case TRUE, FALSE, NULL -> "kw";
      default -> TokenTypes.getCategory(kind) == JavaToken.Category.KEYWORD ? "kw" : null;
    };
  }

  // ---- Shell: prompts, comments, quoted strings.

  private static final Pattern SHELL =
      Pattern.compile("(?m)(^\\$ )|(#[^\\n]*)|(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')");

  static String shell(String code) {
    return scan(code, SHELL, "prompt", "com", "str");
  }

  // ---- Properties: comments, keys, values.

  private static final Pattern PROPERTIES =
      Pattern.compile("(?m)(^[ \\t]*[#!][^\\n]*)|(^[ \\t]*[^=:#!\\s][^=:\\n]*?)(?=[ \\t]*[=:])");

  static String properties(String code) {
    return scan(code, PROPERTIES, "com", "key");
  }

  // ---- JSON: keys, strings, numbers, literals.

  private static final Pattern JSON =
      Pattern.compile(
          "(\"(?:[^\"\\\\\\n]|\\\\.)*\")(?=\\s*:)|(\"(?:[^\"\\\\\\n]|\\\\.)*\")"
              + "|(-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)|\\b(true|false|null)\\b");

  static String json(String code) {
    return scan(code, JSON, "key", "str", "num", "kw");
  }

  /** Wraps each match of group {@code n} in a span of {@code kinds[n-1]}; escapes the rest. */
  private static String scan(String code, Pattern pattern, String... kinds) {
    StringBuilder out = new StringBuilder(code.length() * 2);
    Matcher m = pattern.matcher(code);
    int last = 0;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      escape(out, code.substring(last, m.start()));
      for (int g = 1; g <= kinds.length; g++) {
        if (m.group(g) != null) {
          span(out, kinds[g - 1], m.group());
          break;
        }
      }
      last = m.end();
    }
    escape(out, code.substring(last));
    return out.toString();
  }
}
