import java.util.List;

interface Shape {
  double area();

  double perimeter();
}

final class Circle implements Shape {
  private final double radius;

  Circle(double radius) {
    this.radius = radius;
  }

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }

  @Override
  public double perimeter() {
    return 2 * Math.PI * radius;
  }
}

final class Rectangle implements Shape {
  private final double width;
  private final double height;

  Rectangle(double width, double height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public double area() {
    return width * height;
  }

  @Override
  public double perimeter() {
    return 2 * (width + height);
  }
}

final class Shapes {
  private Shapes() {}

  static double totalArea(List<Shape> shapes) {
    return shapes.stream().mapToDouble(Shape::area).sum();
  }
}
