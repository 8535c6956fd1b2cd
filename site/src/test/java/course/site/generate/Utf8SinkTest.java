package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page encoder gives the bytes of Java's own UTF-8 writer, whatever the writes: strings, parts
 * of strings, char arrays, single chars, strings longer than its buffer and slices, surrogate pairs
 * split between writes or at a slice's end; and it starts afresh for each page. A lone surrogate
 * (which no template writes) becomes '?', as {@link String#getBytes} makes it.
 */
final class Utf8SinkTest {
  private static final String[] PIECES = {
    "plain ascii ", "<a href=\"x\">", "é·ü", "☰ → ←", "\uD83D\uDE00", "日本", "\n", ""
  };

  @Test
  void anySequenceOfWritesGivesTheBytesOfJavasUtf8Writer() throws IOException {
    Random random = new Random(20261206);
    Utf8Sink sink = new Utf8Sink();
    for (int round = 0; round < 300; round++) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
        sink.to(actual);
        int writes = random.nextInt(40);
        for (int w = 0; w < writes; w++) {
          String s = piece(random);
          switch (random.nextInt(5)) {
            case 0 -> {
              reference.write(s);
              sink.write(s);
            }
            case 1 -> {
              // In two parts, which may split a surrogate pair.
              int k = random.nextInt(s.length() + 1);
              reference.write(s, 0, k);
              sink.write(s, 0, k);
              reference.write(s, k, s.length() - k);
              sink.write(s, k, s.length() - k);
            }
            case 2 -> {
              reference.write(s.toCharArray(), 0, s.length());
              sink.write(s.toCharArray(), 0, s.length());
            }
            case 3 -> {
              for (char c : s.toCharArray()) {
                reference.write(c);
                sink.write(c);
              }
            }
            default -> {
              // Longer than the buffer and the slices, a pair across a slice's end.
              String big = "x".repeat((1 << 14) - 1) + "\uD83D\uDE00" + s.repeat(9000);
              reference.write(big);
              sink.write(big);
            }
          }
        }
        sink.finish();
      }
      byte[] a = actual.toByteArray();
      byte[] e = expected.toByteArray();
      int at = java.util.Arrays.mismatch(a, e);
      assertThat(at)
          .as(
              "round %d: first difference at byte %d of %d: %s, expected %s",
              round, at, e.length, around(a, at), around(e, at))
          .isEqualTo(-1);
    }
  }

  @Test
  void aLoneSurrogateBecomesAQuestionMark() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = new Utf8Sink().to(out);
    sink.write("a\uD83D");
    sink.write("b\uDE00c");
    sink.write('\uD83D');
    sink.finish();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 12);
    return java.util.Arrays.toString(
        java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, at + 12)));
  }

  private static String piece(Random random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }
}
