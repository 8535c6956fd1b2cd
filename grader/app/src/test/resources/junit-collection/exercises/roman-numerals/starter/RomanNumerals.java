class RomanNumerals {
  RomanNumerals(int number) {}

  String getRomanNumeral() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
