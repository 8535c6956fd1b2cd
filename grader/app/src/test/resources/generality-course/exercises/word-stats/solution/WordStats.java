public class WordStats {
  public static int distinct(String text) {
    return new Counter(text).distinct();
  }
}
