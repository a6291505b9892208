package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.format.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad options fail {@code load()} on the driver, naming the option and the value. */
class OptionsTest {
  private static final String FIX = "give each file, directory or glob to read, or the directory to write";

  @TempDir
  static Path dir;
  private static String file;

  @BeforeAll
  static void write() throws IOException {
    file = Files.write(dir.resolve("six.bin"), new byte[6]).toString();
  }

  private static DataFrameReader read(String format) {
    return TestSpark.session().read().format("structview").option("format", format);
  }

  @Test
  void aBadFormatNamesTheOptionTheValueAndTheIndex() {
    StructviewOptionException e = assertThrows(StructviewOptionException.class, () -> read("<IhZ").load(file));
    assertEquals("format", e.option());
    assertEquals("<IhZ", e.value());
    assertTrue(e.getMessage().startsWith("option 'format' = \"<IhZ\": bad char in struct format: 'Z' at index 3"),
        e.getMessage());
    assertEquals(3, assertInstanceOf(FormatException.class, e.getCause()).index());
  }

  @Test
  void aMissingFormatIsNamed() {
    StructviewOptionException e = assertThrows(StructviewOptionException.class,
        () -> TestSpark.session().read().format("structview").load(file));
    assertTrue(e.getMessage().startsWith("option 'format' is missing"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "headerBytes|-1|give a whole number of bytes, 0 or more",
    "footerBytes|ten|give a whole number of bytes, 0 or more",
    "onPartialRecord|skip|give 'fail' or 'drop'",
    "charset|no-such-charset|not a charset this JVM supports, such as UTF-8",
    "charset|UTF-16LE|a charset that encodes characters with NUL bytes, where s strings end at their first NUL and a c holds one byte; use UTF-8, or read the column as binary",
    "charset|UTF-32|a charset that encodes characters with NUL bytes, where s strings end at their first NUL and a c holds one byte; use UTF-8, or read the column as binary",
    "mmap|yes|give 'true' or 'false'",
  })
  void aBadValueIsNamed(String option, String value, String problem) {
    StructviewOptionException e = assertThrows(StructviewOptionException.class,
        () -> read("<h").option(option, value).load(file));
    assertEquals("option '" + option + "' = \"" + value + "\": " + problem, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<3x|the format holds no values (only pad bytes or zero counts)",
    "<0h|records of 0 bytes cannot be read or written: a record has 1 to 33554432 bytes (32 MiB)",
    "<33554433s|records of 33554433 bytes cannot be read or written: a record has 1 to 33554432 bytes (32 MiB), as a task holds a few copies of one in memory; read larger records with StructviewInputFormat",
    "<300000000s|records of 300000000 bytes cannot be read or written: a record has 1 to 33554432 bytes (32 MiB), as a task holds a few copies of one in memory; read larger records with StructviewInputFormat",
    "<16777217B|item at index 1 holds 16777217 elements, more than the 16777216 a batch can hold",
    "<h:a: h:A:|two fields are named 'A' but for case, which Spark does not tell apart unless spark.sql.caseSensitive is true; rename one",
  })
  void aFormatSparkCannotReadIsRefused(String format, String problem) {
    StructviewOptionException e = assertThrows(StructviewOptionException.class, () -> read(format).load(file));
    assertEquals("option 'format' = \"" + format + "\": " + problem, e.getMessage());
  }

  /** A null or blank path is refused by name: it failed inside Spark with a NullPointerException (INTERNAL_ERROR). */
  @Test
  void aNullOrBlankPathIsNamed() {
    StructviewOptionException e = assertThrows(StructviewOptionException.class, () -> read("<h").load((String) null));
    assertEquals("option 'path' is null: " + FIX, e.getMessage());
    e = assertThrows(StructviewOptionException.class, () -> read("<h").load(file, null));
    assertEquals("option 'path' = \"[\"" + file + "\",null]\": a path is null: " + FIX,
        e.getMessage());
    e = assertThrows(StructviewOptionException.class, () -> read("<h").load(" "));
    assertEquals("option 'path' = \" \": a path is blank: " + FIX, e.getMessage());
    e = assertThrows(StructviewOptionException.class, () -> read("<h").option("path", "").load());
    assertEquals("option 'path' = \"\": a path is blank: " + FIX, e.getMessage());
    DataFrameWriter<Row> writer = TestSpark.session().range(1).selectExpr("cast(id as smallint) f0").write()
        .format("structview").option("format", "<h");
    e = assertThrows(StructviewOptionException.class, () -> writer.save((String) null));
    assertEquals("option 'path' is null: " + FIX, e.getMessage());
    e = assertThrows(StructviewOptionException.class, () -> writer.save(""));
    assertEquals("option 'path' = \"\": a path is blank: " + FIX, e.getMessage());
  }

  /** An option given as null counts as not given: Spark passes it on, and copies of the options refused it. */
  @ParameterizedTest
  @CsvSource({"headerBytes", "footerBytes", "onPartialRecord", "charset", "mmap", "fs.any.setting"})
  void anOptionGivenAsNullIsNotGiven(String option) {
    assertEquals(3, read("<h").option(option, (String) null).load(file).count());
    StructviewOptionException e = assertThrows(StructviewOptionException.class,
        () -> TestSpark.session().read().format("structview").option("format", (String) null).load(file));
    assertTrue(e.getMessage().startsWith("option 'format' is missing"), e.getMessage());
  }

  @Test
  void aUserSchemaIsRefused() {
    Exception e = assertThrows(Exception.class,
        () -> read("<h").schema("a INT").load(file));
    assertTrue(e.getMessage().contains("structview") || e.getMessage().contains("schema"), e.getMessage());
  }
}
