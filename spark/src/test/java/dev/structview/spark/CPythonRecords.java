package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Record files written by CPython ({@code src/test/python/gen_records.py}) and the values
 * {@code struct.iter_unpack} reads from them, with the comparison of Spark's rows against them.
 */
final class CPythonRecords {
  private static final Path SCRIPT = Path.of("src/test/python/gen_records.py");

  private CPythonRecords() {}

  /**
   * Writes files into {@code dir}, one per JSON spec (see the script), and returns each file's
   * records as CPython reads them: the values of a record as the script's tokens.
   */
  static Map<String, List<List<String>>> write(Path dir, String... specs) {
    String script;
    try {
      script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<List<String>>> records = new LinkedHashMap<>();
    for (String line : CPython.run(script, List.of(dir.toString()), String.join("\n", specs) + "\n")) {
      String[] parts = line.split("\t", -1);
      List<List<String>> file = records.computeIfAbsent(parts[0], f -> new ArrayList<>());
      assertEquals(file.size(), Integer.parseInt(parts[1]), "records in order");
      file.add(parts[2].isEmpty() ? List.of() : List.of(parts[2].split(" ")));
    }
    return records;
  }

  /** A JSON spec for the script. */
  static String spec(String file, String struct, int records, long seed, String more) {
    return "{\"file\": \"" + file + "\", \"struct\": \"" + struct + "\", \"records\": " + records + ", \"seed\": "
        + seed + (more.isEmpty() ? "" : ", " + more) + "}";
  }

  /** Asserts that Spark's rows hold CPython's records, in order, value by value. */
  static void assertRows(List<List<String>> expected, List<Row> rows) {
    assertEquals(expected.size(), rows.size(), "rows");
    for (int i = 0; i < rows.size(); i++) {
      assertRow(i, expected.get(i), rows.get(i));
    }
  }

  private static void assertRow(int index, List<String> want, Row row) {
    List<Object> actual = new ArrayList<>();
    flatten(row, actual);
    assertEquals(want.size(), actual.size(), () -> "values of row " + index + ": " + row);
    for (int v = 0; v < want.size(); v++) {
      int at = v;
      assertTrue(same(want.get(v), actual.get(v)),
          () -> "row " + index + " value " + at + ": CPython " + want.get(at) + ", Spark " + actual.get(at));
    }
  }

  /** Concatenates the rows CPython read from files, in the order given. */
  static List<List<String>> all(Map<String, List<List<String>>> records, String... files) {
    List<List<String>> out = new ArrayList<>();
    for (String f : files) {
      out.addAll(records.get(f));
    }
    return out;
  }

  /** Spark's values in the order struct unpacks them: structs and arrays unrolled. */
  static void flatten(Object value, List<Object> out) {
    if (value instanceof Row) {
      Row row = (Row) value;
      for (int i = 0; i < row.length(); i++) {
        flatten(row.get(i), out);
      }
    } else if (value instanceof scala.collection.Seq) {
      for (Object element : CollectionConverters.asJava((scala.collection.Seq<?>) value)) {
        flatten(element, out);
      }
    } else {
      out.add(value);
    }
  }

  private static boolean same(String python, Object spark) {
    if (spark instanceof Float || spark instanceof Double) {
      double actual = ((Number) spark).doubleValue();
      if (python.equals("nan")) {
        return Double.isNaN(actual);
      }
      double expected = python.equals("inf") ? Double.POSITIVE_INFINITY
          : python.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(python);
      return Double.compare(expected, actual) == 0;
    }
    if (spark instanceof byte[]) {
      return python.equals("x" + HexFormat.of().formatHex((byte[]) spark));
    }
    if (spark instanceof Boolean) {
      return python.equals((Boolean) spark ? "True" : "False");
    }
    if (spark instanceof BigDecimal) {
      return python.equals(((BigDecimal) spark).toPlainString());
    }
    if (spark instanceof Byte || spark instanceof Short || spark instanceof Integer || spark instanceof Long) {
      return python.equals(spark.toString());
    }
    fail("unexpected value " + spark + " of " + (spark == null ? "null" : spark.getClass()));
    return false;
  }
}
