package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.testing.SparseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records of the largest size the source takes (32 MiB) are read one a batch, two tasks at once,
 * from a sparse file; one byte more is refused by {@code load()} and {@code save()} up front, where
 * records of 300 MB ran the executor out of memory and stopped the SparkContext.
 */
class LargeRecordTest {
  private static final long SIZE = RecordLayout.MAX_RECORD_BYTES;
  /** 100,000 bytes of text starting the second record: long enough to be decoded a piece at a time. */
  private static final String TEXT = "\u00e9".repeat(50_000);

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void write() {
    file = SparseFile.create(dir.resolve("largest.bin"), 2 * SIZE);
    SparseFile.write(file, SIZE, TEXT.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false"})
  void recordsOfTheLargestSizeAreReadTwoTasksAtOnce(String mmap) {
    TestSpark.splits(SIZE, 4 << 20); // a partition a record: both read at once by local[2]
    Dataset<Row> binary = read("<" + SIZE + "s", mmap).load(file.toString());
    assertEquals(2, binary.rdd().getNumPartitions());
    assertEquals("[[33554432,00000000], [33554432,C3A9C3A9]]",
        binary.selectExpr("length(f0)", "hex(substring(f0, 1, 4))").collectAsList().toString());
    Dataset<Row> text = read("<" + SIZE + "s", mmap).option("charset", "UTF-8").load(file.toString());
    List<Row> rows = text.collectAsList();
    assertEquals("", rows.get(0).getString(0)); // an s string ends at its first NUL
    assertEquals(TEXT, rows.get(1).getString(0));
  }

  @ParameterizedTest
  @ValueSource(longs = {SIZE + 1, 300_000_000})
  void largerRecordsAreRefusedUpFrontByLoadAndSave(long size) {
    String format = "<" + size + "s";
    String message = "option 'format' = \"" + format + "\": records of " + size + " bytes cannot be read or written:"
        + " a record has 1 to 33554432 bytes (32 MiB), as a task holds a few copies of one in memory; read larger"
        + " records with StructviewInputFormat";
    Path big = SparseFile.create(dir.resolve("size" + size + ".bin"), size);
    StructviewOptionException e = assertThrows(StructviewOptionException.class,
        () -> read(format, "true").load(big.toString()));
    assertEquals(message, e.getMessage());
    Path out = dir.resolve("out" + size);
    e = assertThrows(StructviewOptionException.class, () -> TestSpark.session().range(1).selectExpr("binary('') f0")
        .write().format("structview").option("format", format).save(out.toString()));
    assertEquals(message, e.getMessage());
    assertFalse(Files.exists(out), "nothing written");
  }

  private static DataFrameReader read(String format, String mmap) {
    return TestSpark.session().read().format("structview").option("format", format).option("mmap", mmap);
  }
}
