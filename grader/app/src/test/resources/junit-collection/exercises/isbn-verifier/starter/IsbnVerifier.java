class IsbnVerifier {
  boolean isValid(String isbn) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
