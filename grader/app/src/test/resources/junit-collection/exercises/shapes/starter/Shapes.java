import java.util.List;

interface Shape {
  double area();

  double perimeter();
}

class Circle implements Shape {
  Circle(double radius) {}

  public double area() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  public double perimeter() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}

class Rectangle implements Shape {
  Rectangle(double width, double height) {}

  public double area() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  public double perimeter() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}

class Shapes {
  static double totalArea(List<Shape> shapes) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
