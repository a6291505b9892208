package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.files.TickFiles;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The W6 table: per contender, the mean time of one pass over the file and its 99.9% half-width,
 * the throughput over the file's bytes (GB/s, 10^9 bytes a second) at the mean and at the best
 * iteration, that throughput as a share of the bandwidth baseline's in the same run (mean of
 * mean, best of best), and bytes allocated per pass. The baseline is the JDK's plain {@code long}
 * sum: {@code ffmBandwidth} when the run has it (JDK 22+), else {@code bandwidth}.
 */
final class FileTable {
  private FileTable() {}

  /** Appends the table of {@code rows}, which are sorted fastest first. */
  static void table(StringBuilder out, String title, List<RunResult> rows) {
    RunResult baseline = Table.find(rows, "ffmBandwidth");
    if (baseline == null) {
      baseline = Table.find(rows, "bandwidth");
    }
    String name = baseline == null ? "baseline" : Table.row(baseline.getParams());
    out.append("### ").append(title).append("\n\n")
        .append("| contender | ms/op | ± | GB/s | best GB/s | of ").append(name).append(" | best of best | B/op |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RunResult r : rows) {
      out.append(line(r, baseline));
    }
    out.append('\n');
  }

  private static String line(RunResult r, RunResult baseline) {
    BenchmarkParams p = r.getParams();
    Result<?> primary = r.getPrimaryResult();
    double bytes = bytes(p);
    double mean = nanos(r, primary.getScore());
    double best = nanos(r, minimum(r));
    Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    double error = nanos(r, primary.getScoreError());
    return "| " + Table.row(p) + " | " + Table.fmt(mean / 1e6) + " | " + Table.fmt(error / 1e6)
        + " | " + Table.fmt(bytes / mean) + " | " + Table.fmt(bytes / best)
        + " | " + (baseline != null ? share(nanos(baseline, baseline.getPrimaryResult().getScore()), mean) : "")
        + " | " + (baseline != null ? share(nanos(baseline, minimum(baseline)), best) : "")
        + " | " + (alloc != null ? Table.fmt(alloc.getScore()) : "") + " |\n";
  }

  private static double minimum(RunResult r) {
    return r.getPrimaryResult().getStatistics().getMin();
  }

  /** The bytes one pass reads: the whole file. */
  static double bytes(BenchmarkParams p) {
    return (double) TickFiles.records(p.getParam("size")) * TickData.SIZE;
  }

  /** A score of {@code r}'s (time per operation, in its output unit) in nanoseconds. */
  private static double nanos(RunResult r, double score) {
    return score * r.getParams().getTimeUnit().toNanos(1);
  }

  /** The contender's throughput as a share of the baseline's: the baseline's time over the contender's. */
  private static String share(double baselineNanos, double nanos) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * baselineNanos / nanos);
  }
}
