import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShapesTest {
  @Nested
  class CircleTest {
    private final Shape circle = new Circle(2);

    @Test
    void area() {
      assertThat(circle.area()).isCloseTo(12.566, within(0.001));
    }

    @Test
    void perimeter() {
      assertThat(circle.perimeter()).isCloseTo(12.566, within(0.001));
    }
  }

  @Nested
  class RectangleTest {
    private final Shape rectangle = new Rectangle(3, 4);

    @Test
    void area() {
      assertThat(rectangle.area()).isEqualTo(12.0);
    }

    @Test
    void perimeter() {
      assertThat(rectangle.perimeter()).isEqualTo(14.0);
    }
  }

  @Test
  void totalAreaAddsEveryShape() {
    List<Shape> shapes = List.of(new Rectangle(1, 2), new Rectangle(3, 3), new Circle(1));
    assertThat(Shapes.totalArea(shapes)).isCloseTo(11 + Math.PI, within(1e-9));
  }
}
