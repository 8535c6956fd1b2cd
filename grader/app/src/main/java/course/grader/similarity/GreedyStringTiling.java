package course.grader.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy String Tiling (Wise, 1993), the algorithm behind JPlag: repeatedly find the longest common
 * runs of unmarked tokens, at least {@code minMatch} long, and mark them as tiles, so that every
 * token takes part in at most one tile. Unlike a longest-common-subsequence, it finds matching
 * blocks in any order, so moving methods or statements around does not hide a copy.
 *
 * <p>Candidate runs are found through a hash index of each sequence's {@code minMatch}-grams (the
 * Karp-Rabin part of RKR-GST), so a pair costs about the number of matching windows, not the
 * product of the lengths.
 */
final class GreedyStringTiling {
  /**
   * One tile: {@code length} equal tokens from {@code a} in the first and {@code b} in the second.
   */
  record Tile(int a, int b, int length) {}

  private GreedyStringTiling() {}

  /**
   * The hash of each window of {@code minMatch} tokens starting at each position (positions whose
   * window runs past the end are absent), as an index from hash to positions, ascending.
   */
  static Map<Long, int[]> index(int[] tokens, int minMatch) {
    Map<Long, List<Integer>> positions = new HashMap<>();
    long[] hashes = windowHashes(tokens, minMatch);
    for (int i = 0; i < hashes.length; i++) {
      positions.computeIfAbsent(hashes[i], h -> new ArrayList<>()).add(i);
    }
    Map<Long, int[]> index = new HashMap<>();
    positions.forEach(
        (hash, list) -> index.put(hash, list.stream().mapToInt(Integer::intValue).toArray()));
    return index;
  }

  static long[] windowHashes(int[] tokens, int minMatch) {
    int count = Math.max(0, tokens.length - minMatch + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < minMatch; k++) {
        h = 31 * h + tokens[i + k];
      }
      hashes[i] = h;
    }
    return hashes;
  }

  /**
   * The tiles between {@code a} and {@code b}. Tokens already marked in {@code aMarked} or {@code
   * bMarked} (starter code, file boundaries) never match; both arrays are updated in place.
   *
   * @param aHashes {@link #windowHashes} of {@code a}
   * @param bIndex {@link #index} of {@code b}
   */
  static List<Tile> tiles(
      int[] a,
      boolean[] aMarked,
      long[] aHashes,
      int[] b,
      boolean[] bMarked,
      Map<Long, int[]> bIndex,
      int minMatch) {
    List<Tile> tiles = new ArrayList<>();
    while (true) {
      int longest = minMatch;
      List<Tile> found = new ArrayList<>();
      for (int i = 0; i < aHashes.length; i++) {
        if (aMarked[i]) {
          continue;
        }
        int[] candidates = bIndex.get(aHashes[i]);
        if (candidates == null) {
          continue;
        }
        for (int j : candidates) {
          if (bMarked[j]) {
            continue;
          }
          int length = 0;
          while (i + length < a.length
              && j + length < b.length
              && !aMarked[i + length]
              && !bMarked[j + length]
              && a[i + length] == b[j + length]) {
            length++;
          }
          if (length > longest) {
            longest = length;
            found.clear();
            found.add(new Tile(i, j, length));
          } else if (length == longest) {
            found.add(new Tile(i, j, length));
          }
        }
      }
      if (found.isEmpty()) {
        return tiles;
      }
      for (Tile tile : found) {
        if (unmarked(aMarked, tile.a(), tile.length())
            && unmarked(bMarked, tile.b(), tile.length())) {
          mark(aMarked, tile.a(), tile.length());
          mark(bMarked, tile.b(), tile.length());
          tiles.add(tile);
        }
      }
    }
  }

  private static boolean unmarked(boolean[] marked, int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (marked[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] marked, int from, int length) {
    for (int k = from; k < from + length; k++) {
      marked[k] = true;
    }
  }
}
