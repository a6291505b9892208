package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.all;
import static dev.structview.spark.CPythonRecords.assertRows;
import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers, footers, many files, directories and globs, and files whose size does not fit their records. */
class FilesTest {
  private static final String FORMAT = "<IhB";

  @TempDir
  static Path dir;
  private static Map<String, List<List<String>>> cpython;

  @BeforeAll
  static void write() throws IOException {
    assumeTrue(CPython.available(), CPython.MISSING);
    Files.createDirectories(dir.resolve("many"));
    Files.createDirectories(dir.resolve("bad"));
    cpython = CPythonRecords.write(dir,
        spec("framed.bin", FORMAT, 19, 1, "\"header\": 100, \"footer\": 13"),
        spec("many/a.bin", FORMAT, 5, 2, "\"header\": 100, \"footer\": 13"),
        spec("many/b.bin", FORMAT, 0, 3, "\"header\": 100, \"footer\": 13"),
        spec("many/c.bin", FORMAT, 8, 4, "\"header\": 100, \"footer\": 13"),
        spec("many/_SUCCESS", FORMAT, 0, 5, "\"header\": 1"),
        spec("bad/tail.bin", FORMAT, 9, 6, "\"header\": 100, \"footer\": 13, \"tail\": 3"));
  }

  private static DataFrameReader read() {
    return TestSpark.session().read().format("structview").option("format", FORMAT)
        .option("headerBytes", 100).option("footerBytes", 13);
  }

  @Test
  void headerAndFooterAreSkippedAcrossTinySplits() {
    TestSpark.splits(9, 1);
    assertRows(cpython.get("framed.bin"), read().load(dir.resolve("framed.bin").toString()).collectAsList());
  }

  @Test
  void directoriesAndGlobsReadEveryFileInNameOrderButHiddenOnes() {
    TestSpark.splits(16, 1);
    List<List<String>> expected = all(cpython, "many/a.bin", "many/c.bin");
    assertRows(expected, read().load(dir.resolve("many").toString()).collectAsList());
    assertRows(expected, read().load(dir.resolve("many/*.bin").toString()).collectAsList());
    assertRows(expected, read().load(dir.resolve("many/[ac].bin").toString()).collectAsList());
    assertRows(all(cpython, "many/c.bin", "framed.bin", "many/a.bin"), read().load(
        dir.resolve("many/c.bin").toString(), dir.resolve("framed.bin").toString(), dir.resolve("many/a.bin").toString())
        .collectAsList());
  }

  @Test
  void aPartialRecordFailsTheLoadNamingFileSizesAndLeftover() {
    String file = dir.resolve("bad/tail.bin").toString();
    RecordFileException e = assertThrows(RecordFileException.class, () -> read().load(file));
    long size = 100 + 9 * 7 + 3 + 13;
    assertTrue(e.getMessage().contains(file) && e.getMessage().contains("has " + size + " bytes")
        && e.getMessage().contains("7-byte records") && e.getMessage().contains("3 bytes are left over"), e.getMessage());
    assertTrue(e.file().endsWith("bad/tail.bin"), e.file());
  }

  @Test
  void dropReadsTheWholeRecordsOfAPartialFile() {
    TestSpark.splits(5, 1);
    assertRows(cpython.get("bad/tail.bin"), read().option("onPartialRecord", "drop")
        .load(dir.resolve("bad/tail.bin").toString()).collectAsList());
  }

  @Test
  void aFileShorterThanItsHeaderAndFooterFailsTheLoad() {
    String file = dir.resolve("framed.bin").toString();
    RecordFileException e = assertThrows(RecordFileException.class,
        () -> read().option("headerBytes", 300).load(file));
    assertTrue(e.getMessage().contains("has " + (100 + 19 * 7 + 13) + " bytes, fewer than its header (300"),
        e.getMessage());
  }

  @Test
  void aPathMatchingNothingFailsTheLoad() {
    String missing = dir.resolve("none/*.bin").toString();
    RecordFileException e = assertThrows(RecordFileException.class, () -> read().load(missing));
    assertEquals("path does not exist: " + missing + " (no file or directory matches it)", e.getMessage());
  }
}
