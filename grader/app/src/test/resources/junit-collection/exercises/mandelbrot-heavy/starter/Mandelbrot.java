class Mandelbrot {
  static int escape(Complex c, int max) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static long inside(int size, int max) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
