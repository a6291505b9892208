package dev.structview.samples.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known word closest to a mistyped one, when it is close enough to be what the
 * user meant. Closeness is the optimal-string-alignment (restricted Damerau–Levenshtein) distance,
 * so a swapped pair of letters ({@code dupm}) counts as one slip, as it does for a typist.
 */
final class Suggestion {
  private Suggestion() {}

  /**
   * The candidate nearest to {@code typed} (the first of equals), or none when every candidate is
   * too far: at most one edit for words of up to five letters and two for longer ones, so
   * {@code zip} is not offered for {@code bmp}. Case is ignored: {@code DUMP} suggests {@code dump}.
   */
  static Optional<String> closest(String typed, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(typed.length() - candidate.length()) > allowed(candidate)) {
        continue; // too far already, and a huge argument costs no quadratic table
      }
      int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance && d <= allowed(candidate)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int allowed(String candidate) {
    return candidate.length() <= 5 ? 1 : 2;
  }

  /** The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
