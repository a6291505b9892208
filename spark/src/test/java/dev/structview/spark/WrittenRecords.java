package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What CPython reads from the files a Spark write made ({@code gen_records.py --read}): each
 * record's bytes and its {@code struct.iter_unpack} values, and the bytes {@code struct.pack} makes
 * of each of the DataFrame's rows (floats passed bit for bit).
 *
 * @param records per record, its bytes in hex
 * @param values per record, the values CPython unpacks, as the script's tokens
 * @param packed per row given, the bytes CPython packs, in hex
 */
record WrittenRecords(List<String> records, List<List<String>> values, List<String> packed) {
  private static final Path SCRIPT = Path.of("src/test/python/gen_records.py");

  /** Runs CPython over the files of {@code dir} with format {@code struct}, packing {@code rows} too. */
  static WrittenRecords read(Path dir, String struct, List<Row> rows) {
    String script;
    try {
      script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> json = new ArrayList<>();
    for (Row row : rows) {
      json.add(json(row));
    }
    String input = "{\"struct\": \"" + struct + "\", \"dir\": \"" + dir + "\", \"rows\": [" + String.join(", ", json)
        + "]}\n";
    WrittenRecords out = new WrittenRecords(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (String line : CPython.run(script, List.of("--read"), input)) {
      String[] parts = line.split("\t", -1);
      if (parts[0].equals("rec")) {
        assertEquals(out.records.size(), Integer.parseInt(parts[1]), "records in order");
        out.records.add(parts[2]);
        out.values.add(parts[3].isEmpty() ? List.of() : List.of(parts[3].split(" ")));
      } else {
        out.packed.add(parts[2]);
      }
    }
    return out;
  }

  /** A row's values in struct order, as the script reads them. */
  private static String json(Row row) {
    List<Object> values = new ArrayList<>();
    CPythonRecords.flatten(row, values);
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      out.add(json(v));
    }
    return "[" + String.join(", ", out) + "]";
  }

  private static String json(Object v) {
    if (v instanceof Float) { // the bits, so that a NaN keeps its sign and payload
      return String.format("{\"f32\": \"%08x\"}", Float.floatToRawIntBits((Float) v));
    }
    if (v instanceof Double) {
      return String.format("{\"f64\": \"%016x\"}", Double.doubleToRawLongBits((Double) v));
    }
    if (v instanceof byte[]) {
      return "{\"b\": \"" + HexFormat.of().formatHex((byte[]) v) + "\"}";
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    return String.valueOf(v); // booleans and integers are JSON as Java prints them
  }
}
