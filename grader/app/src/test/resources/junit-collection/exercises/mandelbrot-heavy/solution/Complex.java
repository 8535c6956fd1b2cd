record Complex(double re, double im) {
  Complex plus(Complex other) {
    return new Complex(re + other.re, im + other.im);
  }

  Complex times(Complex other) {
    return new Complex(re * other.re - im * other.im, re * other.im + im * other.re);
  }

  double abs2() {
    return re * re + im * im;
  }
}
