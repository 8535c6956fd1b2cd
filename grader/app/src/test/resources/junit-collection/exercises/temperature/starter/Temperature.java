class Temperature {
  static double celsiusToFahrenheit(double c) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static double fahrenheitToCelsius(double f) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static double celsiusToKelvin(double c) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static String describe(double celsius) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
