package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values struct.pack refuses fail the task with CPython's message (the vectors of
 * {@code src/test/resources/pack_errors.tsv}, made by CPython 3.13 with
 * {@code src/test/python/gen_pack_errors.py}), naming the row and the column; nulls fail alike; a
 * DataFrame whose schema does not fit the format fails {@code save()} on the driver.
 */
class WriteErrorsTest {
  private static final Path VECTORS = Path.of("src/test/resources/pack_errors.tsv");

  @TempDir
  Path dir;

  /**
   * Rows 0 to 2 hold good values; row 3 holds the bad one, in column 'v' after column 'k'. The
   * message is CPython's, then the value as Spark shows it ({@code cast(v as string)}), or bytes
   * as a binary literal.
   */
  @Test
  void valuesStructPackRefusesFailTheTaskWithCPythonsMessage() throws IOException {
    List<String> lines = Files.readAllLines(VECTORS, StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 15, "vectors: " + lines.size());
    int n = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertTrue(f[3].startsWith("3.1") && !f[3].startsWith("3.1."), "made by CPython 3.12+: " + f[3]);
      String format = f[0].charAt(0) + "h:k: " + f[0].substring(1) + ":v:";
      if (f[0].equals("c")) {
        format = "<h:k: c:v:";
      }
      DataType type = DataType.fromDDL(f[1]);
      Object good = f[1].equals("binary") ? new byte[] {7} : value(type, "1");
      List<Row> rows = List.of(RowFactory.create((short) 1, good), RowFactory.create((short) 2, good),
          RowFactory.create((short) 3, good), RowFactory.create((short) 4, value(type, f[2])));
      RecordValueException e = TestSpark.taskFailure(write(rows, type, format), dir.resolve("out" + n++));
      assertEquals(3, e.row(), line);
      assertEquals("v", e.column(), line);
      assertEquals("partition 0, row 3, column 'v': " + f[5] + ", got " + shown(type, f[2]), e.getMessage(), line);
    }
  }

  /** A value as Spark shows it, or bytes as their count and literal. */
  private static String shown(DataType type, String text) {
    if (type.equals(DataTypes.BinaryType)) {
      return text.length() / 2 + " bytes (X'" + text.toUpperCase(java.util.Locale.ROOT) + "')";
    }
    Dataset<Row> one = TestSpark.session().createDataFrame(List.of(RowFactory.create(value(type, text))),
        new StructType().add("v", type));
    return one.selectExpr("cast(v as string)").first().getString(0);
  }

  @Test
  void aNullFailsTheTaskNamingRowAndColumn() {
    StructType schema = new StructType().add("k", DataTypes.ShortType).add("v", DataTypes.BooleanType);
    Dataset<Row> df = TestSpark.session().createDataFrame(
        List.of(RowFactory.create((short) 1, true), RowFactory.create((short) 2, null)), schema).coalesce(1);
    RecordValueException e = TestSpark.taskFailure(df.write().format("structview").option("format", "<h:k: ?:v:"),
        dir.resolve("nulls"));
    assertEquals(1, e.row());
    assertTrue(e.getMessage().startsWith("partition 0, row 1, column 'v': null, which struct.pack cannot write"),
        e.getMessage());
  }

  @Test
  void anArrayOfTheWrongLengthOrWithANullNamesTheElement() {
    StructType schema = new StructType().add("a", DataTypes.createArrayType(DataTypes.ShortType, true));
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(List.of((short) 1, (short) 2)).toSeq()));
    List<Short> withNull = new ArrayList<>(List.of((short) 1, (short) 2));
    withNull.add(1, null);
    rows.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(withNull).toSeq()));
    Dataset<Row> df = TestSpark.session().createDataFrame(rows, schema).coalesce(1);
    RecordValueException e = TestSpark.taskFailure(df.write().format("structview").option("format", "<3h:a:"),
        dir.resolve("a"));
    assertEquals("partition 0, row 0, column 'a': the item holds 3 values, got an array of 2", e.getMessage());
    Dataset<Row> nulls = TestSpark.session().createDataFrame(rows.subList(1, 2), schema).coalesce(1);
    e = TestSpark.taskFailure(nulls.write().format("structview").option("format", "<3h:a:"), dir.resolve("b"));
    assertEquals("a[1]", e.column());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "k SMALLINT|v|the DataFrame has no column 'v', which format \"<h:k: B:v:\" writes; it has struct<k:smallint>",
    "k SMALLINT, v INT, w INT|w|the DataFrame's column 'w' is not in format \"<h:k: B:v:\", whose columns are k, v: select only those",
    "k SMALLINT, v STRING|v|column 'v' is string, which 'B' of format \"<h:k: B:v:\" does not take: give an integral type (tinyint, smallint, int, bigint or decimal(p,0))",
    "k SMALLINT, v DOUBLE|v|column 'v' is double, which 'B' of format \"<h:k: B:v:\" does not take: give an integral type (tinyint, smallint, int, bigint or decimal(p,0))",
    "k SMALLINT, v DECIMAL(10,2)|v|column 'v' is decimal(10,2), which 'B' of format \"<h:k: B:v:\" does not take: give an integral type (tinyint, smallint, int, bigint or decimal(p,0))",
    "k ARRAY<INT>, v INT|k|column 'k' is array<int>, which 'h' of format \"<h:k: B:v:\" does not take: give an integral type (tinyint, smallint, int, bigint or decimal(p,0))",
  })
  void aSchemaThatDoesNotFitTheFormatFailsSaveOnTheDriver(String ddl, String column, String message) {
    Dataset<Row> df = TestSpark.session().createDataFrame(List.of(), StructType.fromDDL(ddl));
    Path out = dir.resolve("schema");
    RecordSchemaException e = assertThrows(RecordSchemaException.class,
        () -> df.write().format("structview").option("format", "<h:k: B:v:").save(out.toString()));
    assertEquals(column, e.column());
    assertEquals(message, e.getMessage());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void nestedAndStringMismatchesNameTheirPath() {
    String format = "<T{h:x: 2s:tag:}:pos: 3h:arr:";
    Dataset<Row> df = TestSpark.session().createDataFrame(List.of(),
        StructType.fromDDL("pos STRUCT<x: SMALLINT, tag: STRING>, arr ARRAY<SMALLINT>"));
    RecordSchemaException e = assertThrows(RecordSchemaException.class,
        () -> df.write().format("structview").option("format", format).save(dir.resolve("n").toString()));
    assertEquals("pos.tag", e.column());
    assertTrue(e.getMessage().contains("give binary, as struct.pack takes bytes; or set option charset"), e.getMessage());
    Dataset<Row> arrays = TestSpark.session().createDataFrame(List.of(),
        StructType.fromDDL("pos STRUCT<x: SMALLINT, tag: BINARY>, arr ARRAY<STRING>"));
    e = assertThrows(RecordSchemaException.class,
        () -> arrays.write().format("structview").option("format", format).save(dir.resolve("n").toString()));
    assertEquals("arr[]", e.column());
  }

  @Test
  void headerAndFooterBytesAreRefusedOnWrite() {
    Dataset<Row> df = TestSpark.session().createDataFrame(List.of(), StructType.fromDDL("k SMALLINT"));
    StructviewOptionException e = assertThrows(StructviewOptionException.class, () -> df.write().format("structview")
        .option("format", "<h:k:").option("headerBytes", 8).save(dir.resolve("h").toString()));
    assertEquals("option 'headerBytes' = \"8\": a write makes files of records only, with no header or footer:"
        + " leave it out (or 0), and write headers or footers yourself", e.getMessage());
  }

  private static DataFrameWriter<Row> write(List<Row> rows, DataType type, String format) {
    StructType schema = new StructType().add("k", DataTypes.ShortType).add("v", type);
    return TestSpark.session().createDataFrame(rows, schema).coalesce(1).write().format("structview")
        .option("format", format);
  }

  private static Object value(DataType type, String text) {
    switch (type.simpleString()) {
      case "int":
        return Integer.parseInt(text);
      case "bigint":
        return Long.parseLong(text);
      case "double":
        return Double.parseDouble(text);
      case "float":
        return Float.parseFloat(text);
      case "binary":
        return HexFormat.of().parseHex(text);
      default:
        return new BigDecimal(text);
    }
  }
}
