package course.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.harness.Channel.Frame;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The authenticated wire format: what one end encodes, only the other end with the key decodes. */
class ChannelTest {
  private static final String KEY = "00112233445566778899aabbccddeeff0123456789abcdef";
  private static final String OTHER_KEY = "ffeeddccbbaa99887766554433221100fedcba9876543210";

  /** A frame as the grader reads it: one line, without its newline. */
  private static String line(String encoded) {
    assertThat(encoded).endsWith("\n");
    return encoded.substring(0, encoded.length() - 1);
  }

  /** The HMAC a holder of {@code keyHex} would put in front of {@code signed}. */
  private static String hmac(String keyHex, String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHex), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFrameDecodesAtTheOtherEndWithTheSameKey() {
    Channel harness = new Channel(KEY);
    Channel grader = new Channel(KEY);

    Optional<Frame> frame =
        grader.decode(
            line(harness.encode(Channel.PLAN, "uid-1", "AdderTest", "adds", "adds", "2")));

    assertThat(frame).isPresent();
    assertThat(frame.get().type()).isEqualTo(Channel.PLAN);
    assertThat(frame.get().fields()).containsExactly("uid-1", "AdderTest", "adds", "adds", "2");
  }

  @Test
  void fieldsSurviveEmptyStringsWhitespaceAndNonAscii() {
    Channel harness = new Channel(KEY);
    Channel grader = new Channel(KEY);
    List<String> fields =
        List.of(
            "",
            " ",
            "two words",
            "line one\nline two\r\n",
            "tab\there",
            "Größe ✓ 日本語 😀",
            "expected: <3> but was: <4>",
            "");

    Frame frame =
        grader
            .decode(line(harness.encode(Channel.RESULT, fields.toArray(String[]::new))))
            .orElseThrow();

    assertThat(frame.type()).isEqualTo(Channel.RESULT);
    assertThat(frame.fields()).containsExactlyElementsOf(fields);
  }

  @Test
  void anEncodedFrameIsExactlyOneLineEvenWhenFieldsHoldNewlines() {
    String encoded = new Channel(KEY).encode(Channel.RESULT, "a\nb", "c\r\nd", "\n");

    assertThat(encoded.indexOf('\n')).isEqualTo(encoded.length() - 1);
    assertThat(encoded).doesNotContain("\r");
  }

  @Test
  void aFrameWithoutFieldsDecodesWithNoFields() {
    Frame frame =
        new Channel(KEY).decode(line(new Channel(KEY).encode(Channel.DONE))).orElseThrow();

    assertThat(frame.type()).isEqualTo(Channel.DONE);
    assertThat(frame.fields()).isEmpty();
    assertThat(frame.field(0)).isEmpty();
  }

  @Test
  void oneEmptyFieldIsNotTheSameAsNoField() {
    Frame frame =
        new Channel(KEY).decode(line(new Channel(KEY).encode(Channel.START, ""))).orElseThrow();

    assertThat(frame.fields()).containsExactly("");
  }

  @Test
  void fieldBeyondTheLastIsEmptyText() {
    Frame frame =
        new Channel(KEY).decode(line(new Channel(KEY).encode(Channel.START, "uid"))).orElseThrow();

    assertThat(frame.field(0)).isEqualTo("uid");
    assertThat(frame.field(1)).isEmpty();
    assertThat(frame.field(99)).isEmpty();
  }

  @Test
  void theKeyMayBeUpperCaseHexWithSurroundingWhitespace() {
    Channel harness = new Channel(KEY);
    Channel grader = new Channel("  " + KEY.toUpperCase() + "\n");

    assertThat(grader.decode(line(harness.encode(Channel.DONE)))).isPresent();
  }

  @Test
  void aDifferentKeyDecodesNothing() {
    Channel harness = new Channel(KEY);
    Channel stranger = new Channel(OTHER_KEY);

    assertThat(stranger.decode(line(harness.encode(Channel.START, "uid")))).isEmpty();
  }

  @Test
  void aFrameForgedWithADifferentKeyDoesNotDisturbTheRealSequence() {
    Channel harness = new Channel(KEY);
    Channel forger = new Channel(OTHER_KEY);
    Channel grader = new Channel(KEY);

    assertThat(grader.decode(line(forger.encode(Channel.RESULT, "uid", "SUCCESSFUL")))).isEmpty();
    assertThat(grader.decode(line(harness.encode(Channel.START, "uid")))).isPresent();
  }

  @Test
  void aTamperedFieldDecodesNothing() {
    String genuine = line(new Channel(KEY).encode(Channel.RESULT, "uid", "FAILED", "0"));
    String[] parts = genuine.split(" ");
    // Replace the status field with a (valid Base64) "SUCCESSFUL", keeping MAC and sequence.
    parts[4] =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("SUCCESSFUL".getBytes(StandardCharsets.UTF_8));
    String tampered = String.join(" ", parts);

    Channel grader = new Channel(KEY);
    assertThat(grader.decode(tampered)).isEmpty();
    assertThat(grader.decode(genuine)).as("the genuine frame still decodes").isPresent();
  }

  @Test
  void aTamperedTypeDecodesNothing() {
    String genuine = line(new Channel(KEY).encode(Channel.START, "uid"));
    String tampered = genuine.replace(" start ", " done ");

    assertThat(tampered).isNotEqualTo(genuine);
    assertThat(new Channel(KEY).decode(tampered)).isEmpty();
  }

  @Test
  void aTamperedMacDecodesNothing() {
    String genuine = line(new Channel(KEY).encode(Channel.DONE));
    char first = genuine.charAt(0);
    String tampered = (first == '0' ? '1' : '0') + genuine.substring(1);

    Channel grader = new Channel(KEY);
    assertThat(grader.decode(tampered)).isEmpty();
    assertThat(grader.decode(genuine)).isPresent();
  }

  @Test
  void aTruncatedMacDecodesNothing() {
    String genuine = line(new Channel(KEY).encode(Channel.DONE));
    int space = genuine.indexOf(' ');
    String truncated = genuine.substring(0, space - 2) + genuine.substring(space);

    assertThat(new Channel(KEY).decode(truncated)).isEmpty();
  }

  @Test
  void extraTextAfterAGenuineFrameDecodesNothing() {
    String genuine = line(new Channel(KEY).encode(Channel.DONE));

    assertThat(new Channel(KEY).decode(genuine + " ")).isEmpty();
    assertThat(new Channel(KEY).decode(genuine + "\r")).isEmpty();
  }

  @Test
  void framesDecodeInTheOrderTheyWereEncoded() {
    Channel harness = new Channel(KEY);
    String first = line(harness.encode(Channel.START, "a"));
    String second = line(harness.encode(Channel.START, "b"));
    String third = line(harness.encode(Channel.DONE));
    Channel grader = new Channel(KEY);

    assertThat(grader.decode(first)).map(f -> f.field(0)).contains("a");
    assertThat(grader.decode(second)).map(f -> f.field(0)).contains("b");
    assertThat(grader.decode(third)).map(Frame::type).contains(Channel.DONE);
  }

  @Test
  void aReplayedEarlierLineDecodesNothingAndTheNextLineStillDecodes() {
    Channel harness = new Channel(KEY);
    String first = line(harness.encode(Channel.START, "a"));
    String second = line(harness.encode(Channel.RESULT, "a", "FAILED"));
    String third = line(harness.encode(Channel.DONE));
    Channel grader = new Channel(KEY);

    assertThat(grader.decode(first)).isPresent();
    assertThat(grader.decode(second)).isPresent();
    assertThat(grader.decode(second)).as("replay of the last line").isEmpty();
    assertThat(grader.decode(first)).as("replay of an older line").isEmpty();
    assertThat(grader.decode(third)).map(Frame::type).contains(Channel.DONE);
  }

  @Test
  void aSkippedLineMakesTheFollowingOneDecodeNothingUntilTheMissingOneArrives() {
    Channel harness = new Channel(KEY);
    String first = line(harness.encode(Channel.START, "a"));
    String second = line(harness.encode(Channel.START, "b"));
    String third = line(harness.encode(Channel.START, "c"));
    Channel grader = new Channel(KEY);

    assertThat(grader.decode(second)).as("sequence 1 while 0 is expected").isEmpty();
    assertThat(grader.decode(third)).as("sequence 2 while 0 is expected").isEmpty();
    assertThat(grader.decode(first)).map(f -> f.field(0)).contains("a");
    assertThat(grader.decode(third)).as("sequence 2 while 1 is expected").isEmpty();
    assertThat(grader.decode(second)).map(f -> f.field(0)).contains("b");
    assertThat(grader.decode(third)).map(f -> f.field(0)).contains("c");
  }

  @Test
  void aCorrectlySignedLineWithTheWrongSequenceNumberDecodesNothing() throws Exception {
    Channel grader = new Channel(KEY);
    String signed = "1 done";

    assertThat(grader.decode(hmac(KEY, signed) + " " + signed)).isEmpty();
    assertThat(grader.decode(hmac(KEY, "0 done") + " 0 done")).isPresent();
  }

  @Test
  void aCorrectlySignedLineWithoutATypeDecodesNothing() throws Exception {
    Channel grader = new Channel(KEY);

    assertThat(grader.decode(hmac(KEY, "0") + " 0")).isEmpty();
    assertThat(grader.decode(line(new Channel(KEY).encode(Channel.DONE)))).isPresent();
  }

  @Test
  void aCorrectlySignedLineWithAFieldThatIsNotBase64DecodesNothingAndUsesNoSequenceNumber()
      throws Exception {
    Channel grader = new Channel(KEY);
    String signed = "0 start not+base64!";

    assertThat(grader.decode(hmac(KEY, signed) + " " + signed)).isEmpty();
    assertThat(grader.decode(line(new Channel(KEY).encode(Channel.START, "uid"))))
        .map(f -> f.field(0))
        .contains("uid");
  }

  @Test
  void garbageLinesDecodeToEmptyWithoutExceptions() {
    String genuineMac = line(new Channel(KEY).encode(Channel.DONE)).split(" ")[0];
    List<String> garbage =
        List.of(
            "",
            " ",
            "   ",
            "nospace",
            " 0 done",
            "zz 0 done",
            "abc 0 done",
            genuineMac + " ",
            genuineMac,
            "Hello from the student's code!",
            "0 done",
            "x".repeat(5_000_000),
            "00".repeat(1_000_000) + " 0 done",
            genuineMac + " 0 done " + "A".repeat(3_000_000));
    Channel grader = new Channel(KEY);

    for (String line : garbage) {
      assertThat(grader.decode(line))
          .as("line starting %s", line.substring(0, Math.min(40, line.length())))
          .isEmpty();
    }
    assertThat(grader.decode(line(new Channel(KEY).encode(Channel.DONE))))
        .as("garbage uses no sequence number")
        .isPresent();
  }

  @Test
  void aKeyShorterThanSixteenBytesIsRefused() {
    assertThatThrownBy(() -> new Channel("00112233445566778899aabbccddee"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> new Channel("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyOfExactlySixteenBytesIsAccepted() {
    Channel sixteen = new Channel("00112233445566778899aabbccddeeff");

    assertThat(sixteen.decode(line(new Channel("00112233445566778899aabbccddeeff").encode("done"))))
        .isPresent();
  }

  @Test
  void aKeyThatIsNotHexIsRefused() {
    assertThatThrownBy(() -> new Channel("not hex at all, but long enough to be a key"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
