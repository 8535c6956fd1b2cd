package course.grader.server;

import course.grader.report.SubmittedFile;
import java.security.SecureRandom;
import java.util.Base64;

/** Students' bearer tokens: random, shown once, stored only as their SHA-256. */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** A new token: 32 random bytes, URL-safe Base64 (43 characters). */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What the gradebook stores for a token. */
  public static String hash(String token) {
    return SubmittedFile.sha256(token);
  }

  /** True when {@code text} has a token's shape (so junk is refused before any lookup). */
  public static boolean wellFormed(String text) {
    return text != null && text.matches("[A-Za-z0-9_-]{43}");
  }
}
