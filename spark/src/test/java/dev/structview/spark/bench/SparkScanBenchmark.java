package dev.structview.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark (issue point 7): a 1 GiB file of ticks read in one {@code local[2]} session
 * by the {@code structview} source, by {@code binaryRecords} with hand-written decoding, and by
 * Spark's Parquet reader over the same ticks converted once. Run by {@code spark/bench.sh}; not a
 * test.
 *
 * <p>Every contender answers two queries: {@code all} (count and sum every column) and
 * {@code price} (sum one column). The contenders' answers are compared first; then warm-up rounds
 * and measured rounds run every query of every contender in turn, so that a change in the
 * machine's load falls on all of them alike. The table gives the best and median of the measured
 * rounds.
 *
 * <p>System properties: {@code structview.bench.dir} (where the files are made, default
 * {@code java.io.tmpdir/structview-spark-bench}), {@code structview.bench.warmups} (default 2),
 * {@code structview.bench.rounds} (default 5), {@code structview.bench.only} (contenders' names, comma
 * separated: run those alone, for a profiler; the first is the base of the ratios).
 */
public final class SparkScanBenchmark {
  private static final String STRUCTVIEW = "structview";
  private static final List<String> QUERIES = List.of("all", "price");

  private SparkScanBenchmark() {}

  /** Runs the benchmark and prints its table; arguments are not used. */
  public static void main(String[] args) {
    Path dir = Path.of(System.getProperty("structview.bench.dir",
        Path.of(System.getProperty("java.io.tmpdir"), "structview-spark-bench").toString()));
    int warmups = Integer.getInteger("structview.bench.warmups", 2);
    int rounds = Integer.getInteger("structview.bench.rounds", 5);
    if (warmups < 0 || rounds < 1) {
      throw new IllegalArgumentException("structview.bench.warmups=" + warmups + " structview.bench.rounds=" + rounds
          + ": give 0 or more warm-up rounds and 1 or more measured rounds");
    }
    Path raw = TickFile.ensure(dir);
    SparkSession spark = session();
    Path parquet = parquet(spark, raw, dir.resolve("ticks-" + TickFile.RECORDS + ".parquet"));
    String only = System.getProperty("structview.bench.only");
    List<Contender> contenders = only == null ? contenders(spark, raw, parquet) : chosen(spark, raw, parquet, only);
    check(contenders);
    String loadBefore = load();
    Timings timings = new Timings(TickFile.RECORDS, spark.sparkContext().defaultParallelism());
    for (int round = 0; round < warmups + rounds; round++) {
      for (Contender c : contenders) {
        time(timings, round >= warmups, c.name(), "all", c::all);
        time(timings, round >= warmups, c.name(), "price", c::price);
      }
    }
    System.out.printf(Locale.ROOT, "%n%s, %d records of %d bytes (%s), local[2], %d warm-up and %d measured"
        + " rounds%nload average before: %s; after: %s%n%n%s%n%s", Runtime.version(), TickFile.RECORDS,
        TickFile.RECORD_BYTES, TickFile.FORMAT, warmups, rounds, loadBefore, load(),
        timings.table(contenders.get(0).name(), QUERIES), only == null ? targets(timings) : "");
    spark.stop();
  }

  private static SparkSession session() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("structview-spark benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  private static List<Contender> contenders(SparkSession spark, Path raw, Path parquet) {
    String file = raw.toString();
    return List.of(
        new DatasetContender(STRUCTVIEW, () -> spark.read().format("structview").option("format", TickFile.FORMAT)
            .load(file)),
        new DatasetContender("structview mmap=false", () -> spark.read().format("structview")
            .option("format", TickFile.FORMAT).option("mmap", "false").load(file)),
        new DatasetContender("parquet", () -> spark.read().parquet(parquet.toString())),
        new BinaryRecordsContender(JavaSparkContext.fromSparkContext(spark.sparkContext()), file));
  }

  private static List<Contender> chosen(SparkSession spark, Path raw, Path parquet, String names) {
    List<Contender> all = contenders(spark, raw, parquet);
    List<Contender> chosen = new ArrayList<>();
    for (String name : names.split(",")) {
      chosen.add(all.stream().filter(c -> c.name().equals(name.trim())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no contender is named '" + name + "'")));
    }
    return chosen;
  }

  /** Converts the ticks to Parquet once (Spark's default, snappy), unless a complete copy is there. */
  private static Path parquet(SparkSession spark, Path raw, Path dir) {
    if (Files.exists(dir.resolve("_SUCCESS"))) {
      return dir;
    }
    spark.read().format("structview").option("format", TickFile.FORMAT).load(raw.toString())
        .write().mode(SaveMode.Overwrite).parquet(dir.toString());
    return dir;
  }

  /** Fails unless every contender gives the first one's answers; also the first warm-up of each. */
  private static void check(List<Contender> contenders) {
    for (Function<Contender, Sums> query : List.<Function<Contender, Sums>>of(Contender::all, Contender::price)) {
      Sums expected = query.apply(contenders.get(0));
      for (Contender c : contenders.subList(1, contenders.size())) {
        Sums got = query.apply(c);
        if (!got.agrees(expected)) {
          throw new IllegalStateException(c.name() + " computed " + got + ", " + contenders.get(0).name()
              + " computed " + expected);
        }
      }
      System.out.println("every contender computed " + expected);
    }
  }

  private static void time(Timings timings, boolean measured, String contender, String query, Runnable run) {
    long start = System.nanoTime();
    run.run();
    long elapsed = System.nanoTime() - start;
    System.out.printf(Locale.ROOT, "%s %s %s: %.3f s%n", measured ? "run" : "warm-up", contender, query, elapsed / 1e9);
    if (measured) {
      timings.add(contender, query, elapsed);
    }
  }

  /** The targets for a full scan, met or not, at the best and the median times. */
  private static String targets(Timings t) {
    List<String> lines = new ArrayList<>();
    for (String at : List.of("best", "median")) {
      Function<String, Double> time = c -> at.equals("best") ? t.best(c, "all") : t.median(c, "all");
      double overBinary = time.apply("binaryRecords + ByteBuffer") / time.apply(STRUCTVIEW);
      double overParquet = time.apply(STRUCTVIEW) / time.apply("parquet");
      lines.add(String.format(Locale.ROOT, "%s: structview is %.2f× faster than binaryRecords (target ≥ 3: %s),"
          + " takes %.2f× Parquet's time (target ≤ 1.5: %s)", at, overBinary, overBinary >= 3 ? "met" : "MISSED",
          overParquet, overParquet <= 1.5 ? "met" : "MISSED"));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | UncheckedIOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
