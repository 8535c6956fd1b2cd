final class Mandelbrot {
  private Mandelbrot() {}

  /** The iteration at which z leaves the disc of radius 2, or {@code max} if it never does. */
  static int escape(Complex c, int max) {
    Complex z = new Complex(0, 0);
    for (int i = 0; i < max; i++) {
      z = z.times(z).plus(c);
      if (z.abs2() > 4) {
        return i;
      }
    }
    return max;
  }

  static long inside(int size, int max) {
    long count = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        Complex c = new Complex(-2.0 + 2.5 * x / size, -1.25 + 2.5 * y / size);
        if (escape(c, max) == max) {
          count++;
        }
      }
    }
    return count;
  }
}
