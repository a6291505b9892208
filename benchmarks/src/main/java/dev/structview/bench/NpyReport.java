package dev.structview.bench;

import dev.structview.bench.data.TickData;
import dev.structview.bench.files.NpyFiles;
import dev.structview.bench.files.TickFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * W7 after its forks: for each file size that ran, NumPy timed on the very file the forks read
 * ({@link NumPyTimes}, with the forks' warmup and measurement counts and iteration time), its sum
 * checked, and the side-by-side tables ({@link NpyTable}).
 */
final class NpyReport {
  private static final String DIRECTORY_OPTION = "-D" + TickFiles.DIRECTORY_PROPERTY + "=";

  private NpyReport() {}

  /** Returns the W7 tables of {@code results}, empty if W7 did not run. */
  static String render(Collection<RunResult> results) throws IOException {
    Map<String, List<RunResult>> bySize = new LinkedHashMap<>();
    for (RunResult r : results) {
      if (Table.workload(r.getParams()).equals("W7Npy")) {
        bySize.computeIfAbsent(r.getParams().getParam("size"), k -> new ArrayList<>()).add(r);
      }
    }
    StringBuilder out = new StringBuilder();
    boolean numpy = !bySize.isEmpty() && NumPyTimes.available();
    if (!bySize.isEmpty() && !numpy) {
      out.append("- NumPy: not run (").append(NumPyTimes.PYTHON).append(" does not import numpy; set NUMPY_PYTHON)\n\n");
    }
    for (Map.Entry<String, List<RunResult>> e : bySize.entrySet()) {
      long records = TickFiles.records(e.getKey());
      Path file = NpyFiles.ensure(directory(e.getValue().get(0).getParams()), records);
      NumPyTimes.Result times = numpy ? numpyTimes(file, records, e.getValue()) : null;
      if (times != null) {
        out.append("- NumPy: ").append(times.versions()).append(", on ").append(file).append('\n');
      }
      NpyTable.tables(out, "W7Npy size=" + e.getKey(), e.getValue(), times, (double) records * TickData.SIZE);
    }
    return out.toString();
  }

  /** Times NumPy as the forks of the column sums were timed, and checks its sum. */
  private static NumPyTimes.Result numpyTimes(Path file, long records, List<RunResult> rows) {
    BenchmarkParams p = rows.stream().map(RunResult::getParams)
        .filter(q -> !NpyTable.OPENS.contains(Table.row(q))).findFirst().orElse(rows.get(0).getParams());
    TimeValue time = p.getMeasurement().getTime();
    NumPyTimes.Result times = NumPyTimes.time(file, p.getWarmup().getCount(), p.getMeasurement().getCount(),
        time.getTimeUnit().toNanos(time.getTime()) / 1e9);
    long expected = TickData.expectedSumIds(Math.toIntExact(records));
    if (times.sum() != expected) {
      throw new IllegalStateException("NumPy's sum of the id column of " + file + " is " + times.sum()
          + ", the contenders' " + expected);
    }
    return times;
  }

  /**
   * The directory the fork made the file in: {@code -Dstructview.bench.dir=DIR} among its JVM
   * options, else this JVM's ({@link TickFiles#directory()}).
   */
  static Path directory(BenchmarkParams fork) {
    for (String arg : fork.getJvmArgs()) {
      if (arg.startsWith(DIRECTORY_OPTION)) {
        return Path.of(arg.substring(DIRECTORY_OPTION.length()));
      }
    }
    return TickFiles.directory();
  }
}
