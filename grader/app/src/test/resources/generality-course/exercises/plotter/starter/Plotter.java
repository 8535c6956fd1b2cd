import java.awt.Point;

public class Plotter {
  public static Point shift(Point p, int dx) {
    return null;
  }

  public static int dice() {
    return 0;
  }
}
