package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.assertRows;
import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Write, then read: DataFrames of every code (the values of files CPython packed from random bytes,
 * read through the source) are written in several partitions; CPython reads the files written and
 * finds, record for record, the bytes {@code struct.pack} makes of the DataFrame's rows and the
 * rows' values; the source reads the rows back.
 */
class WriteTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void python() {
    assumeTrue(CPython.available(), CPython.MISSING);
  }

  /**
   * The format Spark writes with, and the same records in CPython's struct syntax (where the first
   * has PEP 3118 names, structs or shapes, which struct does not read).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<?bBhHiIlLqQefd3s2pcx|<?bBhHiIlLqQefd3s2pcx",
    ">?bBhHiIlLqQefd5s4pc|>?bBhHiIlLqQefd5s4pc",
    "@b?hilqnNPLdef|@b?hilqnNPLdef",
    "bxhxxiq0l|bxhxxiq0l",
    "<3h2I4B2e3d2Q3?|<3h2I4B2e3d2Q3?",
    "<i7s1p0s|<i7s1p0s",
    "<I:id: T{h:a: 2B:b: T{?:ok: e}:deep:}:inner: (2,3)h:grid: 4s:tag: 2T{b}:pairs:|<Ih2B?e6h4s2b",
  })
  void cpythonReadsWhatSparkWroteAsStructPacksTheRows(String format, String struct) throws IOException {
    String name = "src" + Math.abs(format.hashCode());
    CPythonRecords.write(dir, spec(name + ".bin", struct, 40, format.length(), ""));
    TestSpark.splits(Files.size(dir.resolve(name + ".bin")) / 3 + 1, 1); // three partitions, so three files
    Dataset<Row> source = TestSpark.session().read().format("structview").option("format", format)
        .load(dir.resolve(name + ".bin").toString());
    List<Row> rows = source.collectAsList();
    Path out = dir.resolve(name);
    source.write().format("structview").option("format", format).save(out.toString());

    assertEquals(3, files(out), "one file per partition");
    WrittenRecords cpython = WrittenRecords.read(out, struct, rows);
    assertEquals(rows.size(), cpython.records().size(), "records");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(cpython.packed().get(i), cpython.records().get(i), "record " + i + " is what struct.pack makes of "
          + rows.get(i));
    }
    assertRows(cpython.values(), rows);
    assertRows(cpython.values(), TestSpark.session().read().format("structview").option("format", format)
        .load(out.toString()).collectAsList());
  }

  /** A decimal with a fraction packs into e f d as Python's float() of it does (correctly rounded, then narrowed). */
  @Test
  void decimalsPackIntoFloatItemsAsStructPacksPythonsFloatOfThem() {
    List<String> wide = List.of("0.100000000000000001", "-12345678901234567890.123456789012345678",
        "16777217.000000000000000001", "0.000000000000000001", "3.141592653589793238", "0");
    List<String> half = List.of("0.100000000000000001", "-65503.999999999999999999", "2049.000000000000000001",
        "0.000000059604644775", "3.141592653589793238", "0"); // e: within 65504 once rounded, subnormals
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < wide.size(); i++) {
      BigDecimal d = new BigDecimal(wide.get(i));
      rows.add(RowFactory.create(d, d, new BigDecimal(half.get(i))));
    }
    StructType schema = StructType.fromDDL("d DECIMAL(38,18), f DECIMAL(38,18), e DECIMAL(38,18)");
    Path out = dir.resolve("decimals");
    TestSpark.session().createDataFrame(rows, schema).coalesce(1).write().format("structview")
        .option("format", "<d:d: f:f: e:e:").save(out.toString());
    WrittenRecords cpython = WrittenRecords.read(out, "<dfe", rows);
    assertEquals(rows.size(), cpython.records().size(), "records");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(cpython.packed().get(i), cpython.records().get(i), "record " + i + " packs " + rows.get(i));
    }
  }

  private static long files(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(p -> p.getFileName().toString().startsWith("part-")).count();
    }
  }
}
