package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.assertRows;
import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
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

  private static long files(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(p -> p.getFileName().toString().startsWith("part-")).count();
    }
  }
}
