package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.format.FormatParser;
import dev.structview.format.Struct;
import dev.structview.memory.ByteStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Record arrays over NumPy's structured records: NumPy's own buffer formats ({@code T{=I:id:...}},
 * aligned dtypes whose itemsize runs past the format) are read by a record format with the same
 * values at the same offsets, and the values are CPython's; a layout with other values is refused
 * showing both layouts. Vectors: {@code runtime/src/test/python/gen_numpy_layout_vectors.py}.
 */
class NumpyLayoutsTest {
  private record Vector(String name, String numpyFormat, int itemsize, String[] tokens, String padded, String other,
      byte[] data, String values) {
    int count() {
      return data.length / itemsize;
    }
  }

  @TestFactory
  Stream<DynamicTest> numpyRecordsAreReadByAnyFormatOfTheSameValues() throws IOException {
    return vectors().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      String record = String.join("", v.tokens());
      checkRead(v, record);
      checkRead(v, v.padded().replace(" ", ""));
      // Single bytes and strings have no byte order, whichever prefix either side writes on them
      // (NumPy: 'T{B:flag:>I:value:}'; a view: ">BI").
      checkRead(v, String.join("", orderFlippedWhereNone(v.tokens())));
    }));
  }

  private static String[] orderFlippedWhereNone(String[] tokens) {
    String[] out = tokens.clone();
    for (int i = 0; i < out.length; i++) {
      String t = out[i];
      char code = t.charAt(t.length() - 1);
      if ("bB?cs".indexOf(code) >= 0) {
        out[i] = (t.charAt(0) == '<' ? '>' : '<') + t.substring(1);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> otherValuesAreRefusedShowingBothLayouts() throws IOException {
    return vectors().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      String other = v.other().replace(" ", "");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RecordArray.over(new TokenRecords(other), exporter(v)));
      String message = e.getMessage();
      assertTrue(message.contains("the formats differ"), message);
      assertTrue(message.contains("\n  exported: ") && message.contains("\n  record:   "), message);
      assertTrue(message.contains("(" + v.itemsize() + " bytes)"), message);
      // A record longer than NumPy's item never fits, whatever its values.
      String longer = String.join("", v.tokens()) + (v.itemsize() + 1) + "x";
      assertThrows(IllegalArgumentException.class, () -> RecordArray.over(new TokenRecords(longer), exporter(v)));
    }));
  }

  private static void checkRead(Vector v, String record) {
    TokenRecords type = new TokenRecords(record);
    try (RecordArray<TokenRecords.Rec> array = RecordArray.over(type, exporter(v));
        MemoryView exported = MemoryView.of(array)) {
      assertEquals(v.count(), array.size());
      List<String> items = new ArrayList<>();
      for (long i = 0; i < array.size(); i++) {
        items.add(array.get(i).values(v.tokens()));
      }
      assertEquals(v.values(), String.join(";", items), v.name() + " read as " + record);
      // Exported again, the items keep NumPy's size, padded in the record's own format.
      assertEquals(v.itemsize(), exported.itemsize());
      assertEquals(v.itemsize(), FormatParser.parseExtended(exported.format()).size(), exported.format());
      assertTrue(exported.format().startsWith(record), exported.format());
    }
  }

  private static BufferExporter exporter(Vector v) {
    byte[] data = v.data();
    return flags -> new BufferInfo(ByteBuffer.wrap(data), 0, data.length, true, v.itemsize(), v.numpyFormat(), 1,
        new long[] {v.count()}, new long[] {v.itemsize()}, null, data);
  }

  private static List<Vector> vectors() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in = NumpyLayoutsTest.class.getResourceAsStream("/vectors/numpy/layouts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        vectors.add(new Vector(f[0], f[1], Integer.parseInt(f[2]), f[3].split(" "), f[4], f[5],
            HexFormat.of().parseHex(f[6]), f[7]));
      }
    }
    assertTrue(vectors.size() >= 10, "vectors: " + vectors.size());
    return vectors;
  }

  /** Records of a PEP 3118 dialect format, whose values are read token by token with CPython's struct. */
  private static final class TokenRecords implements RecordType<TokenRecords.Rec> {
    private final String format;
    private final int size;

    TokenRecords(String format) {
      this.format = format;
      this.size = (int) FormatParser.parseExtended(format).size();
    }

    static final class Rec {
      private final int size;
      ByteStore store;
      long position;

      Rec(int size) {
        this.size = size;
      }

      /** The values as the generator prints them: ints, floats as their double's bits, bools as 0/1, strings as hex. */
      String values(String[] tokens) {
        byte[] bytes = new byte[size];
        store.copyTo(position, bytes, 0, size);
        List<String> out = new ArrayList<>();
        long at = 0;
        for (String token : tokens) {
          Struct s = Struct.of(token);
          if (!token.endsWith("x")) {
            Object value = s.unpackFrom(bytes, at).get(0);
            out.add(value instanceof Boolean b ? (b ? "1" : "0")
                : value instanceof byte[] b ? "x" + HexFormat.of().formatHex(b)
                : value instanceof Number n && (value instanceof Double || value instanceof Float)
                    ? "f" + Double.doubleToRawLongBits(n.doubleValue()) : value.toString());
          }
          at += s.size();
        }
        return String.join(",", out);
      }
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean writable() {
      return false;
    }

    @Override
    public Rec move(Rec view, ByteStore store, long position) {
      Rec r = view == null ? new Rec(size) : view;
      r.store = store;
      r.position = store.checkRecord(position, size);
      return r;
    }
  }
}
