class IsbnVerifier {
  boolean isValid(String isbn) {
    String s = isbn.replace("-", "");
    if (!s.matches("\\d{9}[\\dX]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      int d = c == 'X' ? 10 : c - '0';
      sum += d * (10 - i);
    }
    return sum % 11 == 0;
  }
}
