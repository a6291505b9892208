package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column names that differ in case only, under {@code spark.sql.caseSensitive} false (Spark's
 * default: one name to Spark, so refused, as Spark's own Parquet writer refuses them) and true (two
 * names, each matched exactly).
 */
class ColumnCaseTest {
  private static final String CASE_SENSITIVE = "spark.sql.caseSensitive";

  @TempDir
  Path dir;

  @AfterEach
  void caseInsensitiveAgain() {
    TestSpark.session().conf().unset(CASE_SENSITIVE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<h:a:|a SMALLINT, A SMALLINT|A|the DataFrame's columns 'a' and 'A' differ in case only, which Spark does not tell apart unless spark.sql.caseSensitive is true: rename or drop one",
    "<h:a:|A SMALLINT, a SMALLINT|a|the DataFrame's columns 'A' and 'a' differ in case only, which Spark does not tell apart unless spark.sql.caseSensitive is true: rename or drop one",
    "<h:a: h:b:|a SMALLINT, b SMALLINT, a SMALLINT|a|the DataFrame's columns 'a' and 'a' have one name: rename or drop one",
    "<T{h:x:}:s:|s STRUCT<x: SMALLINT, X: SMALLINT>|s.X|the DataFrame's columns 's.x' and 's.X' differ in case only, which Spark does not tell apart unless spark.sql.caseSensitive is true: rename or drop one",
    "<2T{h:x:}:s:|s ARRAY<STRUCT<X: SMALLINT, x: SMALLINT>>|s[].x|the DataFrame's columns 's[].X' and 's[].x' differ in case only, which Spark does not tell apart unless spark.sql.caseSensitive is true: rename or drop one",
  })
  void columnsSparkCannotTellApartAreRefusedNamingBoth(String format, String ddl, String column, String message) {
    Dataset<Row> df = TestSpark.session().createDataFrame(List.of(), StructType.fromDDL(ddl));
    Path out = dir.resolve("out");
    RecordSchemaException e = assertThrows(RecordSchemaException.class,
        () -> df.write().format("structview").option("format", format).save(out.toString()));
    assertEquals(column, e.column());
    assertEquals(message, e.getMessage());
    assertFalse(Files.exists(out), "nothing written");
  }

  /** The truth: Spark's own Parquet writer refuses the frame under the default, and takes it when case-sensitive. */
  @Test
  void sparksParquetWriterRefusesTheSameFrameUnlessCaseSensitive() {
    Dataset<Row> df = frame();
    Exception e = assertThrows(Exception.class, () -> df.write().parquet(dir.resolve("pq").toString()));
    assertEquals("COLUMN_ALREADY_EXISTS", assertInstanceOf(SparkThrowable.class, e).getCondition());
    TestSpark.session().conf().set(CASE_SENSITIVE, "true");
    frame().write().parquet(dir.resolve("pq").toString());
  }

  @Test
  void caseSensitiveNamesMatchExactlyOnWriteAndRead() throws IOException {
    assumeTrue(CPython.available(), CPython.MISSING);
    TestSpark.session().conf().set(CASE_SENSITIVE, "true");
    Path out = dir.resolve("both");
    frame().select("A", "a").write().format("structview").option("format", "<h:a: h:A:").save(out.toString());
    String packed = CPython.run("import struct\nprint(struct.pack('<hh', 1, 2).hex())", List.of(), "").get(0);
    assertEquals(packed, HexFormat.of().formatHex(Files.readAllBytes(part(out))));

    Dataset<Row> read = TestSpark.session().read().format("structview").option("format", "<h:a: h:A:")
        .load(out.toString());
    assertEquals("[[1,2]]", read.collectAsList().toString());
    assertEquals("[[2]]", read.select("A").collectAsList().toString());
    assertEquals("[[1]]", read.select("a").collectAsList().toString());

    RecordSchemaException e = assertThrows(RecordSchemaException.class, () -> frame().write().format("structview")
        .option("format", "<h:a:").save(dir.resolve("one").toString()));
    assertEquals("A", e.column());
  }

  /**
   * A format with names that differ in case only is refused by {@code load()} unless
   * case-sensitive; read while case-sensitive, it is Spark's analyzer that refuses the ambiguous
   * name once the session is not, as it refuses any two such columns: no column is picked silently.
   */
  @Test
  void readingNamesThatDifferInCaseOnlyNeverPicksOneSilently() {
    TestSpark.session().conf().set(CASE_SENSITIVE, "true");
    Dataset<Row> read = TestSpark.session().read().format("structview").option("format", "<h:a: T{h:x: h:X:}:A:")
        .load(write(new byte[] {1, 0, 2, 0, 3, 0}));
    assertEquals("[[1,[2,3]]]", read.collectAsList().toString());
    assertEquals("[[3]]", read.select("A.X").collectAsList().toString());
    TestSpark.session().conf().unset(CASE_SENSITIVE);
    Exception e = assertThrows(Exception.class, () -> read.select("a").collectAsList());
    assertEquals("AMBIGUOUS_REFERENCE", assertInstanceOf(SparkThrowable.class, e).getCondition());
    StructviewOptionException refused = assertThrows(StructviewOptionException.class, () -> TestSpark.session().read()
        .format("structview").option("format", "<h:b: T{h:x: h:X:}:s:").load(write(new byte[6])));
    assertTrue(refused.getMessage().endsWith("two fields are named 'X' but for case, which Spark does not tell apart"
        + " unless spark.sql.caseSensitive is true; rename one"), refused.getMessage());
  }

  /** A row (a = 1, A = 2). */
  private static Dataset<Row> frame() {
    return TestSpark.session().createDataFrame(List.of(RowFactory.create((short) 1, (short) 2)),
        StructType.fromDDL("a SMALLINT, A SMALLINT"));
  }

  private String write(byte[] bytes) {
    try {
      return Files.write(Files.createTempFile(dir, "records", ".bin"), bytes).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path part(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
    }
  }
}
