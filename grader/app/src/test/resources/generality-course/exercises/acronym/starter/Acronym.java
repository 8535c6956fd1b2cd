class Acronym {
  Acronym(String phrase) {}

  String get() {
    return "";
  }
}
