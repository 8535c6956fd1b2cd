class Acronym {
  private final String phrase;

  Acronym(String phrase) {
    this.phrase = phrase;
  }

  String get() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
