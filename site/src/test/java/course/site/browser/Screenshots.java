package course.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots that are checked, not only saved: each must decode as a PNG of the window's size and
 * show a page (many colours), not a blank or single-colour frame. Saved under {@code
 * target/screenshots} for a person to look at.
 */
final class Screenshots {
  private static final Path FOLDER = Path.of("target", "screenshots");

  private Screenshots() {}

  /** Takes, checks and saves a screenshot; returns it for further checks. */
  static BufferedImage take(ChromeDriver driver, String name) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as(name + ": a PNG").isNotNull();
    long width = (Long) driver.executeScript("return window.innerWidth");
    assertThat((long) image.getWidth()).as(name + ": width of the window").isEqualTo(width);
    assertThat(distinctColours(image))
        .as(name + ": a rendered page, not a flat frame")
        .isGreaterThan(8);
    Files.createDirectories(FOLDER);
    Files.write(FOLDER.resolve(name + ".png"), png);
    return image;
  }

  /** The mean luminance (0 black to 255 white) of the image, from a grid of samples. */
  static double luminance(BufferedImage image) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        int rgb = image.getRGB(x, y);
        sum += 0.2126 * ((rgb >> 16) & 255) + 0.7152 * ((rgb >> 8) & 255) + 0.0722 * (rgb & 255);
        n++;
      }
    }
    return sum / n;
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
