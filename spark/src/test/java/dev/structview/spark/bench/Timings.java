package dev.structview.spark.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured times of each contender's queries, and the table they make: best and median
 * seconds, rows per second per core at each, and each contender's time over the first one's.
 */
final class Timings {
  private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
  private final long rows;
  private final int cores;

  /**
   * @param rows the records every query reads
   * @param cores the cores the queries ran on ({@code local[n]}'s n)
   */
  Timings(long rows, int cores) {
    this.rows = rows;
    this.cores = cores;
  }

  /** Records one run of {@code query} by {@code contender}. */
  void add(String contender, String query, long elapsedNanos) {
    nanos.computeIfAbsent(key(contender, query), k -> new ArrayList<>()).add(elapsedNanos);
  }

  /** Returns the best (smallest) time of a contender's query, in seconds. */
  double best(String contender, String query) {
    return sorted(contender, query).get(0) / 1e9;
  }

  /** Returns the median time of a contender's query, in seconds. */
  double median(String contender, String query) {
    List<Long> s = sorted(contender, query);
    int n = s.size();
    return (n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0) / 1e9;
  }

  /** Returns the Markdown table, contenders in the order first measured, each query against {@code base}'s. */
  String table(String base, List<String> queries) {
    StringBuilder out = new StringBuilder();
    out.append("| contender | query | best s | median s | rows/s/core (best) | rows/s/core (median) |"
        + " ÷ ").append(base).append(" (best) | ÷ ").append(base).append(" (median) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (String query : queries) {
      for (String key : nanos.keySet()) {
        String contender = key.substring(0, key.indexOf('\u0000'));
        if (key.endsWith('\u0000' + query)) {
          out.append(row(contender, query, base));
        }
      }
    }
    return out.toString();
  }

  private String row(String contender, String query, String base) {
    double best = best(contender, query);
    double median = median(contender, query);
    return String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %s | %.2f× | %.2f× |%n", contender, query, best,
        median, perCore(best), perCore(median), best / best(base, query), median / median(base, query));
  }

  private String perCore(double seconds) {
    return String.format(Locale.ROOT, "%.1f M", rows / seconds / cores / 1e6);
  }

  private List<Long> sorted(String contender, String query) {
    List<Long> s = new ArrayList<>(nanos.get(key(contender, query)));
    s.sort(null);
    return s;
  }

  private static String key(String contender, String query) {
    return contender + '\u0000' + query;
  }
}
