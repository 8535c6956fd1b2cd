package course.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bounded buffer behind System.out and System.err while tests run. */
class CaptureTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void outputWithinTheLimitIsKeptWithoutMark() {
    Capture capture = new Capture(100);
    capture.write(bytes("hello "), 0, 6);
    capture.write('w');
    capture.write(bytes("orld"), 0, 4);

    assertThat(capture.take()).isEqualTo("hello world");
  }

  @Test
  void outputOfExactlyTheLimitIsNotMarkedTruncated() {
    Capture capture = new Capture(5);
    capture.write(bytes("abcde"), 0, 5);

    assertThat(capture.take()).isEqualTo("abcde");
  }

  @Test
  void anArrayWriteBeyondTheLimitKeepsTheFirstBytesAndIsMarked() {
    Capture capture = new Capture(5);
    capture.write(bytes("abcdefgh"), 0, 8);

    assertThat(capture.take()).isEqualTo("abcde" + Capture.TRUNCATED);
  }

  @Test
  void aByteWriteBeyondTheLimitIsDroppedAndMarked() {
    Capture capture = new Capture(3);
    for (char c : "abcd".toCharArray()) {
      capture.write(c);
    }

    assertThat(capture.take()).isEqualTo("abc" + Capture.TRUNCATED);
  }

  @Test
  void manyWritesTogetherKeepAtMostTheLimit() {
    Capture capture = new Capture(10);
    for (int i = 0; i < 1000; i++) {
      capture.write(bytes("0123"), 0, 4);
    }

    assertThat(capture.take()).isEqualTo("0123012301" + Capture.TRUNCATED);
  }

  @Test
  void anArrayWriteHonoursOffsetAndLength() {
    Capture capture = new Capture(100);
    capture.write(bytes("xxabcxx"), 2, 3);

    assertThat(capture.take()).isEqualTo("abc");
  }

  @Test
  void anArrayWriteHonoursOffsetWhenItIsCut() {
    Capture capture = new Capture(2);
    capture.write(bytes("xxabcxx"), 2, 3);

    assertThat(capture.take()).isEqualTo("ab" + Capture.TRUNCATED);
  }

  @Test
  void aZeroLimitKeepsNothingButSaysSo() {
    Capture capture = new Capture(0);
    capture.write(bytes("abc"), 0, 3);

    assertThat(capture.take()).isEqualTo(Capture.TRUNCATED);
  }

  @Test
  void nothingWrittenIsEmptyAndUnmarked() {
    assertThat(new Capture(10).take()).isEmpty();
  }

  @Test
  void takeStartsAfreshWithNewRoomAndNoMark() {
    Capture capture = new Capture(4);
    capture.write(bytes("abcdef"), 0, 6);
    assertThat(capture.take()).isEqualTo("abcd" + Capture.TRUNCATED);

    assertThat(capture.take()).as("nothing since the last take").isEmpty();

    capture.write(bytes("wxyz"), 0, 4);
    assertThat(capture.take()).as("the full limit is available again").isEqualTo("wxyz");
  }

  @Test
  void textPrintedThroughAPrintStreamIsKeptAsUtf8() {
    Capture capture = new Capture(1000);
    PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8);
    out.println("Größe ✓");
    out.print(42);
    out.flush();

    assertThat(capture.take()).isEqualTo("Größe ✓" + System.lineSeparator() + "42");
  }

  @Test
  void aFloodThroughAPrintStreamIsCutAtTheLimit() {
    Capture capture = new Capture(1024);
    PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8);
    String chunk = "y".repeat(1000) + "\n";
    for (int i = 0; i < 10_000; i++) {
      out.print(chunk);
    }
    out.flush();

    String text = capture.take();
    assertThat(text).endsWith(Capture.TRUNCATED);
    assertThat(text.length() - Capture.TRUNCATED.length()).isEqualTo(1024);
  }

  @Test
  void aCutInsideAMultiByteCharacterDropsThePartialCharacter() {
    Capture capture = new Capture(5);
    capture.write(bytes("abcdéf"), 0, 7); // é is two bytes; the limit falls between them

    assertThat(capture.take()).isEqualTo("abcd" + Capture.TRUNCATED);
  }

  @Test
  void aCutAfterACompleteMultiByteCharacterKeepsIt() {
    Capture capture = new Capture(6);
    capture.write(bytes("abcdéf"), 0, 7);

    assertThat(capture.take()).isEqualTo("abcdé" + Capture.TRUNCATED);
  }

  @Test
  void theRunLimitBoundsOutputOverAllTests() {
    Capture capture = new Capture(4, 6);
    capture.write(bytes("abcd"), 0, 4);
    assertThat(capture.take()).isEqualTo("abcd");

    capture.write(bytes("efgh"), 0, 4);
    assertThat(capture.take()).isEqualTo("ef" + Capture.TRUNCATED);

    capture.write(bytes("ijkl"), 0, 4);
    assertThat(capture.take()).isEqualTo(Capture.TRUNCATED);
  }
}
