import java.awt.Point;
import java.util.ArrayList;
import java.util.List;

final class Grid {
  private final int width;
  private final int height;

  Grid(int width, int height) {
    this.width = width;
    this.height = height;
  }

  List<Point> neighbours(Point p) {
    List<Point> out = new ArrayList<>();
    int[][] moves = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    for (int[] m : moves) {
      Point q = new Point(p.x + m[0], p.y + m[1]);
      if (q.x >= 0 && q.y >= 0 && q.x < width && q.y < height) {
        out.add(q);
      }
    }
    return out;
  }

  static int manhattan(Point a, Point b) {
    return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
}
