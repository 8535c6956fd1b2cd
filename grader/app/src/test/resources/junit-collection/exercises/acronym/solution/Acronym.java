class Acronym {
  private final String phrase;

  Acronym(String phrase) {
    this.phrase = phrase;
  }

  String get() {
    StringBuilder out = new StringBuilder();
    for (String word : phrase.split("[\\s-]+")) {
      String letters = word.replaceAll("[^A-Za-z]", "");
      if (!letters.isEmpty()) {
        out.append(Character.toUpperCase(letters.charAt(0)));
      }
    }
    return out.toString();
  }
}
