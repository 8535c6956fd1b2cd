record Complex(double re, double im) {
  Complex plus(Complex other) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Complex times(Complex other) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  double abs2() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
