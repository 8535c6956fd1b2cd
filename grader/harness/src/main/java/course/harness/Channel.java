package course.harness;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wire format of the result channel between the harness (inside the child JVM) and the grader.
 * One frame per line: {@code <hmac> <seq> <type> <field>...}, fields Base64url-encoded, the
 * HMAC-SHA256 over {@code "<seq> <type> <field>..."} with a key only the grader and the harness
 * know. Student code shares the child's stdout, so anything it writes there fails the MAC or the
 * sequence check and is ignored: results cannot be forged by printing.
 *
 * <p>Frames: {@code plan uid class method name points} per graded unit; {@code start uid}; {@code
 * result uid status message output millis}; {@code done}.
 */
public final class Channel {
  /** Frame types. */
  public static final String PLAN = "plan";

  public static final String START = "start";
  public static final String RESULT = "result";
  public static final String DONE = "done";

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final Mac mac;
  private long nextSeq;

  /** A channel end keyed with {@code keyHex} (hex of at least 16 random bytes). */
  public Channel(String keyHex) {
    byte[] key = HexFormat.of().parseHex(keyHex.strip());
    if (key.length < 16) {
      throw new IllegalArgumentException("key too short");
    }
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has " + ALGORITHM, e);
    }
  }

  /** Encodes the next frame (with its newline). Each call takes the next sequence number. */
  public synchronized String encode(String type, String... fields) {
    StringBuilder body = new StringBuilder().append(nextSeq++).append(' ').append(type);
    for (String field : fields) {
      body.append(' ').append(B64.encodeToString(field.getBytes(StandardCharsets.UTF_8)));
    }
    String signed = body.toString();
    return sign(signed) + " " + signed + "\n";
  }

  /**
   * Decodes one line. Empty when the line is not a frame of this channel: bad MAC, wrong sequence
   * number (a replayed or reordered line), or garbage.
   */
  public synchronized Optional<Frame> decode(String line) {
    int space = line.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String signed = line.substring(space + 1);
    byte[] given;
    try {
      given = HexFormat.of().parseHex(line.substring(0, space));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(given, macBytes(signed))) {
      return Optional.empty();
    }
    String[] parts = signed.split(" ", -1);
    if (parts.length < 2 || !parts[0].equals(Long.toString(nextSeq))) {
      return Optional.empty();
    }
    List<String> fields = new ArrayList<>();
    try {
      for (int i = 2; i < parts.length; i++) {
        fields.add(new String(B64D.decode(parts[i]), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    nextSeq++;
    return Optional.of(new Frame(parts[1], List.copyOf(fields)));
  }

  private String sign(String signed) {
    return HexFormat.of().formatHex(macBytes(signed));
  }

  private byte[] macBytes(String signed) {
    return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
  }

  /** One authenticated frame. */
  public record Frame(String type, List<String> fields) {
    /** Field {@code i}, or empty text when the frame has fewer fields. */
    public String field(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }
  }
}
