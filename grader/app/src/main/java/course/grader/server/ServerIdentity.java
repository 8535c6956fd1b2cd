package course.grader.server;

import course.catalog.CourseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The grading server's self-signed TLS identity, kept beside the gradebook: {@value #KEYSTORE} (a
 * PKCS#12 key store, mode 0600) and {@value #PASSWORD} (its password, mode 0600). Made on first use
 * by the JDK's own {@code keytool}, so no certificate library is needed; student kits pin the
 * certificate's SHA-256 fingerprint instead of trusting any authority.
 */
public final class ServerIdentity {
  /** The key store's file name. */
  public static final String KEYSTORE = "server-identity.p12";

  /** The key store password's file name. */
  public static final String PASSWORD = "server-identity.pass";

  static final String ALIAS = "course-server";

  /** The environment variable that hands keytool the password. */
  private static final String STOREPASS_VARIABLE = "COURSE_KEYSTORE_PASSWORD";

  private final Path keystore;
  private final char[] password;
  private final String fingerprint;

  private ServerIdentity(Path keystore, char[] password, String fingerprint) {
    this.keystore = keystore;
    this.password = password;
    this.fingerprint = fingerprint;
  }

  /**
   * The identity kept in {@code folder}, made there first when it has none.
   *
   * @throws CourseException when the folder cannot be written or the key store is unreadable
   */
  public static synchronized ServerIdentity loadOrCreate(Path folder) {
    Path keystore = folder.resolve(KEYSTORE);
    Path passwordFile = folder.resolve(PASSWORD);
    if (!Files.exists(keystore)) {
      create(folder, keystore, passwordFile);
    }
    try {
      char[] password =
          Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, password);
      }
      Certificate certificate = store.getCertificate(ALIAS);
      if (certificate == null) {
        throw CourseException.input(
            keystore
                + ": holds no '"
                + ALIAS
                + "' certificate; delete it and its "
                + PASSWORD
                + " to make a new identity (students then need a new kit)");
      }
      return new ServerIdentity(keystore, password, fingerprintOf(certificate.getEncoded()));
    } catch (IOException | GeneralSecurityException e) {
      throw CourseException.input(
          keystore
              + ": cannot read the server's identity ("
              + e.getMessage()
              + "); delete it and "
              + PASSWORD
              + " to make a new one (students then need a new kit)");
    }
  }

  /** The SHA-256 fingerprint of a DER-encoded certificate: 32 upper-case hex pairs with colons. */
  public static String fingerprintOf(byte[] der) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The fingerprint in canonical form, or empty when {@code text} is not one. */
  public static java.util.Optional<String> parseFingerprint(String text) {
    String hex = text.strip().replace(":", "").replace(" ", "");
    if (!hex.matches("[0-9A-Fa-f]{64}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex)));
  }

  /** SHA-256 of the certificate, as {@link #fingerprintOf} writes it. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The PKCS#12 key store holding the key and certificate. */
  public Path keystore() {
    return keystore;
  }

  /** The key store's password (a copy). */
  public char[] password() {
    return password.clone();
  }

  private static void create(Path folder, Path keystore, Path passwordFile) {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    create(
        folder,
        keystore,
        passwordFile,
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /**
   * Makes the key store with {@code keytool}, which reads the password from its environment: on its
   * command line, any process could read it, and a password beginning {@code -J} (one random
   * password in 4,096) would be taken by keytool's launcher as an option of its JVM.
   */
  static void create(Path folder, Path keystore, Path passwordFile, String password) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Path partial = folder.resolve(KEYSTORE + ".partial");
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(partial);
      writePrivate(passwordFile, password);
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      keytool.toString(),
                      "-genkeypair",
                      "-keystore",
                      partial.toString(),
                      "-storetype",
                      "PKCS12",
                      "-storepass:env",
                      STOREPASS_VARIABLE,
                      "-alias",
                      ALIAS,
                      "-keyalg",
                      "EC",
                      "-groupname",
                      "secp256r1",
                      "-validity",
                      "3650",
                      "-dname",
                      "CN=course grading server",
                      "-ext",
                      "SAN=dns:localhost,ip:127.0.0.1",
                      "-noprompt"))
              .redirectErrorStream(true);
      builder.environment().put(STOREPASS_VARIABLE, password);
      Process p = builder.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw CourseException.input(
            keystore + ": keytool could not make the server's certificate: " + output.strip());
      }
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
      Files.move(partial, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CourseException.input(
          folder
              + ": cannot write the server's identity there ("
              + e.getMessage()
              + "); pass --db in a folder you can write");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CourseException.input(keystore + ": interrupted while making the certificate");
    }
  }

  private static void writePrivate(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }
}
