package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.all;
import static dev.structview.spark.CPythonRecords.assertRows;
import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files CPython wrote, read through {@code format("structview")} with splits forced smaller than a
 * record, compared row by row, value by value, with {@code struct.iter_unpack}.
 */
class ReadTest {
  /** Every code, in each byte order; native with its alignment; counts; random bit patterns. */
  private static final String[] FORMATS = {
    "<?bBhHiIlLqQefd3s2pcx",
    ">?bBhHiIlLqQefd5s4pc",
    "!qQ",
    "=iIhH",
    "@b?hilqnNPLdef",
    "bxhxxiq0l",
    "<3h2I4B2e3d2Q3?",
    "<i7s1p0s",
  };

  @TempDir
  static Path dir;
  private static Map<String, List<List<String>>> cpython;

  @BeforeAll
  static void write() {
    assumeTrue(CPython.available(), CPython.MISSING);
    String[] specs = new String[FORMATS.length * 2];
    for (int i = 0; i < FORMATS.length; i++) {
      specs[2 * i] = spec("packed" + i + ".bin", FORMATS[i], 11, i, "");
      specs[2 * i + 1] = spec("raw" + i + ".bin", FORMATS[i], 7, 100 + i, "\"raw\": true");
    }
    cpython = CPythonRecords.write(dir, specs);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyCodeAcrossTinySplits(boolean mmap) {
    TestSpark.splits(7, 1);
    for (int i = 0; i < FORMATS.length; i++) {
      String packed = "packed" + i + ".bin";
      String raw = "raw" + i + ".bin";
      Dataset<Row> rows = TestSpark.session().read().format("structview").option("format", FORMATS[i])
          .option("mmap", mmap).load(dir.resolve(packed).toString(), dir.resolve(raw).toString());
      assertRows(all(cpython, packed, raw), rows.collectAsList());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 5, 64, 128L << 20})
  void splitSizesNeverLoseOrRepeatARecord(long maxPartitionBytes) {
    TestSpark.splits(maxPartitionBytes, 0);
    Dataset<Row> rows = TestSpark.session().read().format("structview").option("format", FORMATS[0])
        .load(dir.resolve("packed0.bin").toString(), dir.resolve("raw0.bin").toString());
    assertRows(all(cpython, "packed0.bin", "raw0.bin"), rows.collectAsList());
    assertEquals(11 + 7, rows.count());
  }
}
