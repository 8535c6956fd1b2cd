import java.awt.Point;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

public class Plotter {
  private static final Logger LOG = Logger.getLogger("plotter");

  public static Point shift(Point p, int dx) {
    LOG.fine("shifting");
    return new Point(p.x + dx, p.y);
  }

  public static int dice() {
    return RandomGenerator.getDefault().nextInt(1, 7);
  }
}
