package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings under option {@code charset}: read as CPython decodes what {@code struct.unpack} gives
 * ({@code c} its one byte, NUL too; {@code s} up to its first NUL; {@code p} its counted bytes),
 * and written back to the very bytes they were read from; malformed bytes read as U+FFFD, which a
 * write refuses by column and value where it does not fit.
 */
class CharsetTest {
  private static final String FORMAT = "<c:c: 4s:s: 5p:p:";
  /**
   * Packs records of random strings valid in the charset (argument 1) into a file (argument 2):
   * {@code c} takes every byte the charset decodes, NUL included; {@code s} no NUL (it would end
   * the string); {@code p} any. Prints each record's strings, decoded, as JSON.
   */
  private static final String VALID = """
      import json, random, struct, sys
      cs, path = sys.argv[1], sys.argv[2]
      rng = random.Random(7)
      top = 256 if cs == "iso-8859-1" else 128
      alphabet = [chr(i) for i in range(top)] + (["\\u00e9", "\\u20ac", "\\U0001f600"] if cs == "utf-8" else [])
      def text(nul):
          while True:
              t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
              t = t if nul else t.replace("\\0", "")
              if len(t.encode(cs)) <= 4:
                  return t.encode(cs)
      records = [struct.pack("<c4s5p", bytes([i % top]), text(False), text(True)) for i in range(2 * top)]
      open(path, "wb").write(b"".join(records))
      for r in records:
          c, s, p = struct.unpack("<c4s5p", r)
          print(json.dumps([c.decode(cs), s.split(b"\\0")[0].decode(cs), p.decode(cs)]))
      """;
  /** One record of bytes malformed in the charset: how CPython decodes them (errors="replace"). */
  private static final String MALFORMED = """
      import json, struct, sys
      cs, path = sys.argv[1], sys.argv[2]
      record = struct.pack("<c4s5p", b"\\x80", b"a\\x80", b"\\xff")
      open(path, "wb").write(record)
      c, s, p = struct.unpack("<c4s5p", record)
      print(json.dumps([c.decode(cs, "replace"), s.split(b"\\0")[0].decode(cs, "replace"), p.decode(cs, "replace")]))
      print(struct.pack("4s", s.split(b"\\0")[0].decode(cs, "replace").encode(cs, "replace")).hex())
      """;

  /**
   * Two records of one {@code s} of 200,000 bytes, longer than a piece of {@link Utf8Transcoder}:
   * the first of bytes valid in the charset, the second also of bytes malformed in UTF-8 (a lone
   * continuation byte, 0xFF, a truncated sequence). Prints each string, decoded as CPython does
   * (errors="replace"), as JSON.
   */
  private static final String LONG = """
      import json, random, struct, sys
      cs, path = sys.argv[1], sys.argv[2]
      rng = random.Random(11)
      valid = {"us-ascii": [b"a", b"~"], "iso-8859-1": [b"a", b"\\xe9", b"\\x80", b"\\xff"],
               "utf-8": [b"a", b"\\xc3\\xa9", b"\\xe2\\x82\\xac", b"\\xf0\\x9f\\x98\\x80"]}[cs]
      malformed = [b"\\x80", b"\\xff", b"\\xe2\\x82"]
      def field(pieces):
          out = bytearray()
          while len(out) < 200000 - 4:
              out += rng.choice(pieces)
          return bytes(out)
      records = [struct.pack("<200000s", field(valid)), struct.pack("<200000s", field(valid + malformed))]
      open(path, "wb").write(b"".join(records))
      for r in records:
          print(json.dumps([r.split(b"\\0")[0].decode(cs, "replace")]))
      """;

  @TempDir
  static Path dir;

  @BeforeAll
  static void python() {
    assumeTrue(CPython.available(), CPython.MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"US-ASCII", "UTF-8", "ISO-8859-1"})
  void stringsReadAsCPythonDecodesThemAndWriteBackToTheSameBytes(String charset) throws IOException {
    Path file = dir.resolve("valid-" + charset + ".bin");
    List<String> cpython = CPython.run(VALID, List.of(charset.toLowerCase(Locale.ROOT), file.toString()), "");
    Dataset<Row> df = read(charset, file);
    assertStrings(cpython, df.collectAsList());

    Path out = dir.resolve("out-" + charset);
    df.coalesce(1).write().format("structview").option("format", FORMAT).option("charset", charset).save(out.toString());
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(part(out)), "the bytes read, written back");
  }

  @ParameterizedTest
  @ValueSource(strings = {"US-ASCII", "UTF-8"})
  void malformedBytesReadAsReplacementsThatAWriteRefusesByColumnAndValue(String charset) throws IOException {
    Path file = dir.resolve("malformed-" + charset + ".bin");
    List<String> cpython = CPython.run(MALFORMED, List.of(charset.toLowerCase(Locale.ROOT), file.toString()), "");
    Dataset<Row> df = read(charset, file);
    assertStrings(cpython.subList(0, 1), df.collectAsList());

    RecordValueException e = TestSpark.taskFailure(write(df, FORMAT, charset), dir.resolve("bad-" + charset));
    assertEquals("c", e.column());
    assertEquals(charset.equals("UTF-8")
        ? "partition 0, row 0, column 'c': char format requires a bytes object of length 1, got the string \"\uFFFD\","
            + " 3 bytes in UTF-8 (X'EFBFBD')"
        : "partition 0, row 0, column 'c': the string \"\uFFFD\": cannot encode '\uFFFD' (U+FFFD) at index 0 in US-ASCII",
        e.getMessage());

    DataFrameWriter<Row> s = write(df.select("s"), "<4s:s:", charset);
    if (charset.equals("UTF-8")) { // U+FFFD is a character UTF-8 encodes: written as that, not as the bytes read
      Path out = dir.resolve("s-" + charset);
      s.save(out.toString());
      assertEquals(cpython.get(1), java.util.HexFormat.of().formatHex(Files.readAllBytes(part(out))));
    } else {
      e = TestSpark.taskFailure(s, dir.resolve("bad-s-" + charset));
      assertEquals("partition 0, row 0, column 's': the string \"a\uFFFD\": cannot encode '\uFFFD' (U+FFFD) at index 1"
          + " in US-ASCII", e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"US-ASCII", "UTF-8", "ISO-8859-1"})
  void longStringsReadAsCPythonDecodesThemAndValidOnesWriteBack(String charset) throws IOException {
    Path file = dir.resolve("long-" + charset + ".bin");
    List<String> cpython = CPython.run(LONG, List.of(charset.toLowerCase(Locale.ROOT), file.toString()), "");
    Dataset<Row> df = TestSpark.session().read().format("structview").option("format", "<200000s:s:")
        .option("charset", charset).load(file.toString());
    List<Row> rows = df.collectAsList();
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 2; i++) {
      assertEquals(json.readValue(cpython.get(i), String[].class)[0], rows.get(i).getString(0), "record " + i);
    }
    Path out = dir.resolve("long-out-" + charset);
    df.limit(1).coalesce(1).write().format("structview").option("format", "<200000s:s:").option("charset", charset)
        .save(out.toString());
    assertArrayEquals(java.util.Arrays.copyOf(Files.readAllBytes(file), 200_000), Files.readAllBytes(part(out)),
        "the valid record read, written back");
  }

  private static Dataset<Row> read(String charset, Path file) {
    return TestSpark.session().read().format("structview").option("format", FORMAT).option("charset", charset)
        .load(file.toString());
  }

  private static DataFrameWriter<Row> write(Dataset<Row> df, String format, String charset) {
    return df.coalesce(1).write().format("structview").option("format", format).option("charset", charset);
  }

  /** Asserts that each row holds CPython's strings (a JSON array a line). */
  private static void assertStrings(List<String> cpython, List<Row> rows) throws IOException {
    assertEquals(cpython.size(), rows.size(), "rows");
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < rows.size(); i++) {
      List<String> actual = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        actual.add(rows.get(i).getString(c));
      }
      assertEquals(List.of(json.readValue(cpython.get(i), String[].class)), actual, "row " + i);
    }
  }

  /** The one file a write of one partition made. */
  private static Path part(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
    }
  }
}
