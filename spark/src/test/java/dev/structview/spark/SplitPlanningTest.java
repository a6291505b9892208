package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The partitions a scan plans are those Spark's own file sources plan over the same files, under
 * every setting FilePartition reads ({@code maxPartitionBytes}, {@code openCostInBytes},
 * {@code minPartitionNum}, {@code leafNodeDefaultParallelism}, {@code maxPartitionNum}): the
 * {@code text} source, reading the same bytes as lines, is the truth.
 */
class SplitPlanningTest {
  /** Lines of 99 characters and a newline: 100-byte records to this source, lines to {@code text}. */
  private static final int RECORD = 100;
  private static final List<String> SETTINGS = List.of("spark.sql.leafNodeDefaultParallelism",
      "spark.sql.files.minPartitionNum", "spark.sql.files.maxPartitionNum");

  @TempDir
  static Path dir;
  private static String one;
  private static List<String> three;

  @BeforeAll
  static void write() throws IOException {
    one = lines("one.bin", 400);
    three = new ArrayList<>();
    for (String name : List.of("a.bin", "b.bin", "c.bin")) {
      three.add(lines(name, 100));
    }
  }

  private static String lines(String name, int count) throws IOException {
    String line = "x".repeat(RECORD - 1) + "\n";
    return Files.writeString(dir.resolve(name), line.repeat(count), StandardCharsets.US_ASCII).toString();
  }

  @AfterEach
  void defaults() {
    SETTINGS.forEach(TestSpark.session().conf()::unset);
  }

  /**
   * Each case: the settings as {@code key=value} pairs ({@code maxPartitionBytes} and
   * {@code openCostInBytes} always), the files, and the partitions Spark plans (pinned too, so
   * that the cases stay ones where the settings matter).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "maxPartitionBytes=10000 openCostInBytes=100|one|4",
    "maxPartitionBytes=1000000 openCostInBytes=100 spark.sql.leafNodeDefaultParallelism=10|one|10",
    "maxPartitionBytes=1000000 openCostInBytes=100 spark.sql.leafNodeDefaultParallelism=7|one|7",
    "maxPartitionBytes=1000000 openCostInBytes=100 spark.sql.leafNodeDefaultParallelism=10 spark.sql.files.minPartitionNum=5|one|5",
    "maxPartitionBytes=5000 openCostInBytes=100 spark.sql.files.maxPartitionNum=3|one|4",
    "maxPartitionBytes=1000000 openCostInBytes=100 spark.sql.leafNodeDefaultParallelism=7 spark.sql.files.maxPartitionNum=3|one|4",
    "maxPartitionBytes=30000 openCostInBytes=5000|three|3",
    "maxPartitionBytes=30000 openCostInBytes=5000 spark.sql.leafNodeDefaultParallelism=1|three|2",
    "maxPartitionBytes=2000 openCostInBytes=100 spark.sql.files.maxPartitionNum=4|three|5",
  })
  void partitionsAreThoseOfSparksTextSource(String settings, String files, int spark) {
    Map<String, Long> set = new java.util.HashMap<>();
    for (String pair : settings.split(" ")) {
      String[] kv = pair.split("=");
      set.put(kv[0], Long.parseLong(kv[1]));
    }
    TestSpark.splits(set.remove("maxPartitionBytes"), set.remove("openCostInBytes"));
    RuntimeConfig conf = TestSpark.session().conf();
    set.forEach((key, value) -> conf.set(key, value));
    String[] paths = files.equals("one") ? new String[] {one} : three.toArray(new String[0]);

    int text = TestSpark.session().read().format("text").load(paths).rdd().getNumPartitions();
    assertEquals(spark, text, "Spark's text source, the truth");
    int records = TestSpark.session().read().format("structview").option("format", "<" + RECORD + "s").load(paths)
        .rdd().getNumPartitions();
    assertEquals(text, records, settings);
  }
}
