public class WordStats {
  public static int distinct(String text) {
    return 0;
  }
}
