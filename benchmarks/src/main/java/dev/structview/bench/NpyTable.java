package dev.structview.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The W7 tables, JMH's rows and NumPy's side by side: opening the file (µs per open and close), and
 * summing its {@code id} column (ms per pass, and GB/s: the file's record bytes, 10^9 a second,
 * over the time). Each row shows the best and the median measured iteration's time per operation
 * (for JMH and for NumPy's timeit alike), the mean and, for JMH, its 99.9% half-width; and how many
 * times as fast as NumPy's row the contender is: NumPy's time over the contender's, best over best
 * and median over median (above 1: faster than NumPy).
 */
final class NpyTable {
  /** The W7 benchmarks that open the file; the others sum the column. */
  static final List<String> OPENS = List.of("npyMap", "npyMapArray", "ffmMapShared", "ffmMapConfined");

  /** One row: times per operation in nanoseconds; {@code error} is NaN where there is none. */
  record Row(String name, double best, double median, double mean, double error) {
    /** The row of a JMH result. */
    static Row of(RunResult r) {
      Result<?> primary = r.getPrimaryResult();
      Statistics s = primary.getStatistics();
      double nanos = r.getParams().getTimeUnit().toNanos(1);
      return new Row(Table.row(r.getParams()), s.getMin() * nanos, s.getPercentile(50) * nanos,
          primary.getScore() * nanos, primary.getScoreError() * nanos);
    }

    /** The row of a NumPy timing. */
    static Row of(NumPyTimes.Timing t) {
      return new Row(t.name(), t.best(), t.median(), t.mean(), Double.NaN);
    }
  }

  private NpyTable() {}

  /**
   * Appends the two tables of one file: {@code rows} are JMH's, {@code numpy} NumPy's timings or
   * null; {@code bytes} the records' bytes, for GB/s.
   */
  static void tables(StringBuilder out, String title, List<RunResult> rows, NumPyTimes.Result numpy, double bytes) {
    List<Row> opens = new ArrayList<>();
    List<Row> sums = new ArrayList<>();
    for (RunResult r : rows) {
      (OPENS.contains(Table.row(r.getParams())) ? opens : sums).add(Row.of(r));
    }
    Row numpyOpen = numpy == null ? null : numpyRow(numpy, "numpyLoadMmap", opens);
    Row numpySum = numpy == null ? null : numpyRow(numpy, "numpyColumnSum", sums);
    out.append("### ").append(title).append(": open and close, µs\n\n")
        .append("| contender | best | median | mean | ± | × NumPy, best | median |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    opens.forEach(r -> out.append(line(r, numpyOpen, 1e3, Double.NaN)));
    out.append("\n### ").append(title).append(": sum of the id column, ms\n\n")
        .append("| contender | best | median | mean | ± | best GB/s | median GB/s | × NumPy, best | median |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    sums.forEach(r -> out.append(line(r, numpySum, 1e6, bytes)));
    out.append('\n');
  }

  /** Adds NumPy's row of {@code name} to {@code rows}, fastest first, and returns it (or null). */
  private static Row numpyRow(NumPyTimes.Result numpy, String name, List<Row> rows) {
    NumPyTimes.Timing t = numpy.timing(name);
    Row row = t == null ? null : Row.of(t);
    if (row != null) {
      rows.add(row);
    }
    rows.sort((a, b) -> Double.compare(a.best(), b.best()));
    return row;
  }

  private static String line(Row r, Row numpy, double unit, double bytes) {
    StringBuilder s = new StringBuilder("| ").append(r.name()).append(" | ").append(Table.fmt(r.best() / unit))
        .append(" | ").append(Table.fmt(r.median() / unit)).append(" | ").append(Table.fmt(r.mean() / unit))
        .append(" | ").append(Table.fmt(r.error() / unit)).append(" | ");
    if (!Double.isNaN(bytes)) {
      s.append(Table.fmt(bytes / r.best())).append(" | ").append(Table.fmt(bytes / r.median())).append(" | ");
    }
    s.append(numpy == null ? "" : times(numpy.best() / r.best())).append(" | ")
        .append(numpy == null ? "" : times(numpy.median() / r.median())).append(" |\n");
    return s.toString();
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }
}
