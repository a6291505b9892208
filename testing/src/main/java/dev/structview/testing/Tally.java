package dev.structview.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counters of what a property's tries did ("operations: slice ok", "compilations: failed"), printed
 * under its summary line; tests may assert on them. One per property run; not thread-safe.
 */
public final class Tally {
  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

  /** Counts one {@code value} under {@code label}. */
  public void count(String label, String value) {
    count(label, value, 1);
  }

  /** Counts {@code times} {@code value}s under {@code label}. */
  public void count(String label, String value, long times) {
    counts.computeIfAbsent(label, l -> new LinkedHashMap<>()).merge(value, times, Long::sum);
  }

  /** Returns how often {@code value} was counted under {@code label}. */
  public long get(String label, String value) {
    return counts.getOrDefault(label, Map.of()).getOrDefault(value, 0L);
  }

  /** Returns the values counted under {@code label} and their counts, in the order first counted. */
  public Map<String, Long> values(String label) {
    return Map.copyOf(counts.getOrDefault(label, Map.of()));
  }

  /** One line per label: each value with its count and share, the most frequent first. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    counts.forEach((label, values) -> {
      long total = values.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder line = new StringBuilder("  ").append(label).append(':');
      values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> line.append(String.format(Locale.ROOT, " [%s]=%d (%.1f%%)", e.getKey(), e.getValue(),
              100.0 * e.getValue() / total)));
      out.add(line.toString());
    });
    return out;
  }
}
