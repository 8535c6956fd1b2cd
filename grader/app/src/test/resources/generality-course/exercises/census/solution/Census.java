import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

class Census {
  static int total() {
    try (InputStream in = Census.class.getResourceAsStream("/population.csv");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
