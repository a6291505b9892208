package dev.structview.spark;

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
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema a format reads as (names, types, arrays, structs), and the values of PEP 3118 formats
 * against CPython's struct reading the same bytes with the extensions unrolled.
 */
class SchemaTest {
  /** A PEP 3118 format, and the struct format CPython packs the same bytes with. */
  private static final String NESTED = "<I:id: T{h:a: 2B:b: T{?:ok: e}:deep:}:inner: (2,3)h:grid: 4s:tag: 2T{b}:pairs:";
  private static final String NESTED_STRUCT = "<Ih2B?e6h4sbb";

  @TempDir
  static Path dir;
  private static Map<String, List<List<String>>> cpython;

  @BeforeAll
  static void write() {
    assumeTrue(CPython.available(), CPython.MISSING);
    cpython = CPythonRecords.write(dir, spec("nested.bin", NESTED_STRUCT, 17, 3, "\"raw\": true"),
        spec("text.bin", "<6s4pc", 3, 4, ""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<I:id: h:delta: B:flags:|struct<id:bigint,delta:smallint,flags:smallint>",
    "<?bBhHiIlLqQefd|struct<f0:boolean,f1:tinyint,f2:smallint,f3:smallint,f4:int,f5:int,f6:bigint,f7:int,f8:bigint,f9:bigint,f10:decimal(20,0),f11:float,f12:float,f13:double>",
    "@lLnNP|struct<f0:bigint,f1:decimal(20,0),f2:bigint,f3:decimal(20,0),f4:decimal(20,0)>",
    "<3sp2pc5x|struct<f0:binary,f1:binary,f2:binary,f3:binary>",
    "<h 2x 0i h:f0: i|struct<f1:smallint,f0:smallint,f2:int>",
    "<3h(2,3)B(2)4s|struct<f0:array<smallint>,f1:array<array<smallint>>,f2:array<binary>>",
    "<T{h:a: T{}:e: b}:s: 2T{d}|struct<s:struct<a:smallint,f0:tinyint>,f0:array<struct<f0:double>>>",
  })
  void formatsReadAsTheDocumentedTypesAndNumPyNames(String format, String schema) {
    StructType read = new StructviewDataSource().inferSchema(new CaseInsensitiveStringMap(Map.of("format", format)));
    assertEquals(schema, read.simpleString());
  }

  @Test
  void nestedStructsShapesAndNamesHoldCPythonsValues() {
    TestSpark.splits(11, 1);
    Dataset<Row> rows = TestSpark.session().read().format("structview").option("format", NESTED)
        .load(dir.resolve("nested.bin").toString());
    assertEquals("struct<id:bigint,inner:struct<a:smallint,b:array<smallint>,deep:struct<ok:boolean,f0:float>>,"
        + "grid:array<array<smallint>>,tag:binary,pairs:array<struct<f0:tinyint>>>", rows.schema().simpleString());
    assertRows(cpython.get("nested.bin"), rows.collectAsList());
    assertRows(cpython.get("nested.bin").stream().map(r -> List.of(r.get(4))).toList(),
        rows.select("inner.deep.ok").collectAsList());
  }

  @Test
  void aCharsetReadsCStringsAndPascalStrings() {
    Dataset<Row> rows = TestSpark.session().read().format("structview").option("format", "<6s4pc")
        .option("charset", "ISO-8859-1").load(dir.resolve("text.bin").toString());
    assertEquals("struct<f0:string,f1:string,f2:string>", rows.schema().simpleString());
    List<Row> actual = rows.collectAsList();
    List<List<String>> expected = cpython.get("text.bin");
    for (int i = 0; i < actual.size(); i++) {
      for (int c = 0; c < 3; c++) {
        byte[] bytes = java.util.HexFormat.of().parseHex(expected.get(i).get(c).substring(1));
        int end = 0;
        while (c == 0 && end < bytes.length && bytes[end] != 0) { // s ends at its first NUL; c is its one byte
          end++;
        }
        String want = new String(bytes, 0, c == 0 ? end : bytes.length, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(want, actual.get(i).getString(c), "row " + i + " column " + c);
      }
    }
  }
}
