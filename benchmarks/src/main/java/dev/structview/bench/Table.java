package dev.structview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Prints JMH results side by side as Markdown: one table per workload and size, fastest first, with
 * the mean time per operation and its 99.9% confidence half-width, time per record (mean, and the
 * best iteration's: on a shared machine the best is the steadier of the two), throughput over the
 * record bytes, bytes allocated per operation, and each contender's time divided by the baseline's
 * in the same table, mean by mean and best by best (above 1: the baseline is faster). The baseline
 * is the generated view ({@code viewHeap}), in W1i and W1iw the view's own {@code moveTo} loop
 * ({@code viewMoveTo}), and in W8 hand-written VarHandles ({@code varHandle}). W6 has a table of
 * its own ({@link FileTable}), and W7 two ({@link NpyReport}).
 */
final class Table {
  private Table() {}

  /** Returns what the run was on: the JVM, the cores and the load before it started. */
  static String header(String mode) {
    return "# structview benchmarks (" + mode + ")\n\n"
        + "- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
        + "- jvm: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.home") + ")\n"
        + "- cpus: " + Runtime.getRuntime().availableProcessors() + ", load average at start: " + loadAverage()
        + "\n\n";
  }

  /** Returns the load after the run. */
  static String footer() {
    return "- load average at end: " + loadAverage() + "\n";
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown (" + e.getClass().getSimpleName() + ")";
    }
  }

  /** Returns the results as Markdown tables. */
  static String render(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult r : results) {
      if (workload(r.getParams()).equals("W7Npy")) {
        continue;   // beside NumPy's, in NpyReport's tables
      }
      groups.computeIfAbsent(group(r.getParams()), k -> new ArrayList<>()).add(r);
    }
    StringBuilder out = new StringBuilder();
    groups.forEach((title, rows) -> table(out, title, rows));
    return out.toString();
  }

  private static void table(StringBuilder out, String title, List<RunResult> rows) {
    rows.sort(Comparator.comparingDouble(r -> r.getPrimaryResult().getScore()));
    String workload = workload(rows.get(0).getParams());
    if (workload.equals("W6BigFile")) {
      FileTable.table(out, title, rows);
      return;
    }
    String baseline = baselineOf(workload);
    RunResult view = find(rows, baseline);
    out.append("### ").append(title).append("\n\n")
        .append("| contender | ns/op | ± | ns/record | best ns/record | GB/s | B/op | ÷ ").append(baseline)
        .append(" | best ÷ best |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RunResult r : rows) {
      out.append(line(r, view));
    }
    out.append('\n');
  }

  /**
   * The row a table divides by: the view's {@code moveTo} loop in W1i and W1iw, hand-written
   * byte-array VarHandles in W8 (code that reads only arrays, which the mix cannot slow), and the
   * generated view elsewhere.
   */
  private static String baselineOf(String workload) {
    if (workload.startsWith("W1i")) {
      return "viewMoveTo";
    }
    return workload.startsWith("W8") ? "varHandle" : "viewHeap";
  }

  private static String line(RunResult r, RunResult view) {
    BenchmarkParams p = r.getParams();
    Result<?> primary = r.getPrimaryResult();
    double ns = primary.getScore();
    long items = items(p);
    int bytes = recordBytes(p);
    Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    double best = primary.getStatistics().getMin();
    return "| " + row(p) + " | " + fmt(ns) + " | " + fmt(primary.getScoreError())
        + " | " + (items > 0 ? fmt(ns / items) : "") + " | " + (items > 0 ? fmt(best / items) : "")
        + " | " + (items > 0 && bytes > 0 ? fmt(items * bytes / ns) : "")
        + " | " + (alloc != null ? fmt(alloc.getScore()) : "")
        + " | " + (view != null ? ratio(ns, view.getPrimaryResult().getScore()) : "")
        + " | " + (view != null ? ratio(best, view.getPrimaryResult().getStatistics().getMin()) : "") + " |\n";
  }

  /** Returns the row of the contender {@code name}, or null. */
  static RunResult find(List<RunResult> rows, String name) {
    return rows.stream().filter(r -> row(r.getParams()).equals(name)).findFirst().orElse(null);
  }

  private static String ratio(double time, double viewTime) {
    return String.format(Locale.ROOT, "%.2f×", time / viewTime);
  }

  /** W1Scan records=1048576, or W2Message decode messages=16384. */
  private static String group(BenchmarkParams p) {
    String method = method(p);
    String op = method.startsWith("encode") ? " encode" : method.startsWith("decode") ? " decode" : "";
    StringBuilder title = new StringBuilder(workload(p)).append(op);
    for (String key : p.getParamsKeys()) {
      title.append(' ').append(key).append('=').append(p.getParam(key));
    }
    return title.toString();
  }

  /** The contender: the method name without W2's encode/decode prefix. */
  static String row(BenchmarkParams p) {
    String method = method(p);
    for (String prefix : new String[] {"encode", "decode"}) {
      if (method.startsWith(prefix)) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }

  private static String method(BenchmarkParams p) {
    String name = p.getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static String workload(BenchmarkParams p) {
    String name = p.getBenchmark();
    String type = name.substring(0, name.lastIndexOf('.'));
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /** The records (or messages) one operation visits; 0 when an operation is not a pass over records. */
  private static long items(BenchmarkParams p) {
    for (String key : new String[] {"records", "messages"}) {
      String value = p.getParam(key);
      if (value != null) {
        return Long.parseLong(value);
      }
    }
    return 0;
  }

  private static int recordBytes(BenchmarkParams p) {
    String workload = workload(p);
    if (workload.equals("W2Message")) {
      return 64;
    }
    return workload.startsWith("W1") || workload.startsWith("W8") ? 7 : 0;
  }

  static String fmt(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }
}
