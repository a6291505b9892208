package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.assertRows;
import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** Column pruning and limits reach the scan, as its plan shows, and give CPython's values. */
class PushdownTest {
  private static final String FORMAT = "<I:id: h:delta: B:flags: 2d:xy:";
  private static final String STRUCT = "<IhB2d";
  private static final int RECORDS = 40;

  @TempDir
  static Path dir;
  private static String file;
  private static List<List<String>> cpython;

  @BeforeAll
  static void write() {
    assumeTrue(CPython.available(), CPython.MISSING);
    Map<String, List<List<String>>> written = CPythonRecords.write(dir, spec("ticks.bin", STRUCT, RECORDS, 7, ""));
    cpython = written.get("ticks.bin");
    file = dir.resolve("ticks.bin").toString();
  }

  private static Dataset<Row> ticks() {
    return TestSpark.session().read().format("structview").option("format", FORMAT).load(file);
  }

  private static BatchScanExec scan(Dataset<Row> rows) {
    SparkPlan plan = rows.queryExecution().executedPlan();
    for (SparkPlan node : CollectionConverters.asJava(plan.collectLeaves())) {
      if (node instanceof BatchScanExec) {
        return (BatchScanExec) node;
      }
    }
    throw new AssertionError("no BatchScanExec in " + plan);
  }

  /** CPython's values at the given positions of each record. */
  private static List<List<String>> columns(List<List<String>> records, int... positions) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : records) {
      List<String> values = new ArrayList<>();
      for (int p : positions) {
        values.add(r.get(p));
      }
      out.add(values);
    }
    return out;
  }

  @Test
  void onlyTheSelectedColumnsAreRead() {
    TestSpark.splits(50, 1);
    Dataset<Row> rows = ticks().select("xy", "id");
    assertEquals("struct<id:bigint,xy:array<double>>", scan(rows).scan().readSchema().simpleString());
    assertRows(columns(cpython, 3, 4, 0), rows.collectAsList());
  }

  @Test
  void aLimitCutsThePartitionsOnTheDriver() {
    TestSpark.splits(30, 1);
    Dataset<Row> rows = ticks().select("delta").limit(7);
    BatchScanExec scan = scan(rows);
    assertTrue(scan.scan().description().contains("PushedLimit=7"), scan.scan().description());
    long planned = 0;
    for (var p : CollectionConverters.asJava(scan.inputPartitions())) {
      planned += ((RecordPartition) p).records();
    }
    assertEquals(7, planned);
    assertRows(columns(cpython.subList(0, 7), 1), rows.collectAsList());
  }

  @Test
  void countOpensNoFileAndIsExact() {
    TestSpark.splits(13, 1);
    Dataset<Row> all = ticks();
    assertEquals(RECORDS, all.count());
    assertEquals("struct<>", scan(all.select()).scan().readSchema().simpleString());
  }

  @Test
  void statisticsCountTheRecords() {
    RecordScan scan = (RecordScan) scan(ticks()).scan();
    assertEquals(RECORDS, scan.estimateStatistics().numRows().getAsLong());
    assertEquals(RECORDS * 23L, scan.estimateStatistics().sizeInBytes().getAsLong());
  }
}
