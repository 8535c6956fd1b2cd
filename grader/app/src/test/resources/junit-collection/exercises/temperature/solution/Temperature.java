final class Temperature {
  private Temperature() {}

  static double celsiusToFahrenheit(double c) {
    return c * 9 / 5 + 32;
  }

  static double fahrenheitToCelsius(double f) {
    return (f - 32) * 5 / 9;
  }

  static double celsiusToKelvin(double c) {
    return c + 273.15;
  }

  static String describe(double celsius) {
    if (celsius <= 0) {
      return "freezing";
    }
    return celsius >= 30 ? "hot" : "mild";
  }
}
