package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.testing.Gen;
import dev.structview.testing.Property;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Struct} on random formats, bytes, offsets and values. Each call either does exactly what
 * CPython's rules say it does (the record where the offset rule puts it, the values the README's
 * type table gives, the bytes outside the record untouched) or throws the exception its javadoc
 * names; a failed {@code packInto} leaves the buffer as it was.
 */
class StructFuzzTest {
  private static final java.math.BigInteger TWO_64 = java.math.BigInteger.ONE.shiftLeft(64);

  private static final Gen<byte[]> DATA = Buffers.bytes(64);
  private static final Gen<Long> OFFSETS = Buffers.offsets();
  private static final Gen<Buffers.Kind> KINDS = Gen.of(Buffers.Kind.values());

  /** A format, the bytes to read, an offset and the kind of buffer that holds the bytes. */
  record ReadCase(String format, byte[] data, long offset, Buffers.Kind kind) {}

  /** A format and the values to pack with it. */
  record PackCase(String format, List<Object> values) {}

  /** Values to pack, the bytes to pack them into, an offset and the kind of buffer. */
  record WriteCase(PackCase pack, byte[] data, long offset, Buffers.Kind kind) {}

  /** Any format, bytes, an offset, values and the kind of buffer. */
  record AnyCase(String format, byte[] data, long offset, List<Object> values, Buffers.Kind kind) {}

  static Gen<ReadCase> readCases() {
    Gen<String> small = Formats.smallStructFormats();
    return s -> new ReadCase(small.next(s), DATA.next(s), OFFSETS.next(s), KINDS.next(s));
  }

  static Gen<WriteCase> writeCases() {
    Gen<PackCase> packs = Formats.smallStructFormats().flatMap(f -> {
      int count = ReferenceLayout.of(f).values.intValueExact();
      return Gen.<List<Object>>frequency(
          Gen.weight(8, Values.any().list(count)),
          Gen.weight(1, Values.any().list(0, count + 2)))
          .map(values -> new PackCase(f, values));
    });
    return s -> new WriteCase(packs.next(s), DATA.next(s), OFFSETS.next(s), KINDS.next(s));
  }

  static Gen<AnyCase> anyCases() {
    Gen<String> formats = Formats.formatLike();
    Gen<List<Object>> values = Values.any().list(0, 6);
    return s -> new AnyCase(formats.next(s), DATA.next(s), OFFSETS.next(s), values.next(s), KINDS.next(s));
  }

  @Test
  void unpackingReadsTheRecordTheOffsetRuleSelects() {
    Property.forAll(readCases()).budget(10_000).check(c -> unpackReads(c.format(), c.data(), c.offset(), c.kind()));
  }

  private static void unpackReads(String format, byte[] data, long offset, Buffers.Kind kind) {
    Struct struct = Struct.of(format);
    ReferenceLayout ref = ReferenceLayout.of(format);
    long size = struct.size();
    assertEquals(ref.size.longValueExact(), size, "size of " + Formats.escape(format));

    Outcome<List<Object>> whole = Outcome.of(() -> struct.unpack(data));
    Outcome<List<Object>> wholeBuffer = Outcome.of(() -> struct.unpack(Buffers.wrap(data, kind)));
    if (data.length == size) {
      List<Object> values = whole.value("unpack");
      checkCarriers(ref, values);
      assertTrue(same(values, wholeBuffer.value("unpack(ByteBuffer)")), "unpack(ByteBuffer) differs");
      assertTrue(same(values, struct.unpack(struct.pack(values.toArray()))), "values do not round-trip: " + values);
    } else {
      whole.failedWith(StructException.class, "unpack of " + data.length + " bytes");
      wholeBuffer.failedWith(StructException.class, "unpack(ByteBuffer) of " + data.length + " bytes");
    }

    long start = Buffers.start(offset, data.length, size);
    ByteBuffer buffer = Buffers.wrap(data, kind);
    Outcome<List<Object>> from = Outcome.of(() -> struct.unpackFrom(data, offset));
    Outcome<List<Object>> fromBuffer = Outcome.of(() -> struct.unpackFrom(buffer, offset));
    assertEquals(3, buffer.position(), "unpackFrom moved the buffer");
    if (start < 0) {
      from.failedWith(StructException.class, "unpackFrom at " + offset);
      fromBuffer.failedWith(StructException.class, "unpackFrom(ByteBuffer) at " + offset);
    } else {
      List<Object> expected = struct.unpack(Buffers.slice(data, start, size));
      assertTrue(same(expected, from.value("unpackFrom at " + offset)), "unpackFrom read another record");
      assertTrue(same(expected, fromBuffer.value("unpackFrom(ByteBuffer) at " + offset)),
          "unpackFrom(ByteBuffer) read another record");
    }
    checkIterUnpack(struct, data, kind);
  }

  private static void checkIterUnpack(Struct struct, byte[] data, Buffers.Kind kind) {
    long size = struct.size();
    Outcome<List<List<Object>>> records = Outcome.of(() -> drain(struct.iterUnpack(data)));
    Outcome<List<List<Object>>> bufferRecords = Outcome.of(() -> drain(struct.iterUnpack(Buffers.wrap(data, kind))));
    if (size == 0 || data.length % size != 0) {
      records.failedWith(StructException.class, "iterUnpack of " + data.length + " bytes");
      bufferRecords.failedWith(StructException.class, "iterUnpack(ByteBuffer) of " + data.length + " bytes");
      return;
    }
    List<List<Object>> got = records.value("iterUnpack");
    List<List<Object>> gotBuffer = bufferRecords.value("iterUnpack(ByteBuffer)");
    assertEquals(data.length / size, got.size(), "iterUnpack's record count");
    assertEquals(got.size(), gotBuffer.size(), "iterUnpack(ByteBuffer)'s record count");
    for (int r = 0; r < got.size(); r++) {
      List<Object> expected = struct.unpack(Buffers.slice(data, r * size, size));
      assertTrue(same(expected, got.get(r)) && same(expected, gotBuffer.get(r)), "iterUnpack record " + r);
    }
  }

  @Test
  void packingWritesOnlyTheRecordOrNothing() {
    Property.forAll(writeCases()).budget(10_000).check(c -> packWrites(c.pack(), c.data(), c.offset(), c.kind()));
  }

  private static void packWrites(PackCase c, byte[] data, long offset, Buffers.Kind kind) {
    Struct struct = Struct.of(c.format());
    ReferenceLayout ref = ReferenceLayout.of(c.format());
    Object[] values = c.values().toArray();
    boolean countOk = ref.values.equals(java.math.BigInteger.valueOf(values.length));
    boolean valuesOk = countOk;
    for (int i = 0; valuesOk && i < values.length; i++) {
      valuesOk = ValueModel.accepts(ref.codes.get(i), ref.nativeMode, values[i]);
    }

    Outcome<byte[]> packed = Outcome.of(() -> struct.pack(values));
    expect(packed, countOk, valuesOk, true, false, "pack");
    if (packed.ok()) {
      assertEquals(struct.size(), packed.value().length, "pack's length");
      checkPackedValues(ref, values, struct.unpack(packed.value()));
    }

    long start = Buffers.start(offset, data.length, struct.size());
    byte[] array = data.clone();
    Outcome<Void> into = Outcome.run(() -> struct.packInto(array, offset, values));
    expect(into, countOk, valuesOk, start >= 0, false, "packInto at " + offset);
    assertArrayEquals(packed.ok() && into.ok() ? splice(data, start, packed.value()) : data, array,
        "packInto wrote outside its record, or wrote on failure");

    ByteBuffer buffer = Buffers.wrap(data, kind);
    byte[] before = Buffers.backing(buffer);
    Outcome<Void> intoBuffer = Outcome.run(() -> struct.packInto(buffer, offset, values));
    expect(intoBuffer, countOk, valuesOk, start >= 0, kind == Buffers.Kind.READ_ONLY, "packInto(ByteBuffer) at " + offset);
    assertArrayEquals(packed.ok() && intoBuffer.ok() ? splice(before, start + 3, packed.value()) : before,
        Buffers.backing(buffer), "packInto(ByteBuffer) wrote outside its record, or wrote on failure");
    assertEquals(3, buffer.position(), "packInto moved the buffer");
  }

  /** CPython's order: the value count, then a read-only buffer, then the offset, then each value. */
  private static void expect(Outcome<?> outcome, boolean countOk, boolean valuesOk, boolean fits, boolean readOnly,
      String what) {
    if (!countOk) {
      outcome.failedWith(StructException.class, what + " with the wrong number of values");
    } else if (readOnly) {
      outcome.failedWith(ReadOnlyBufferException.class, what + " into a read-only buffer");
    } else if (!fits) {
      outcome.failedWith(StructException.class, what + " with a record that does not fit");
    } else if (!valuesOk) {
      outcome.failedWith(IllegalArgumentException.class, what + " with a value the code refuses");
    } else {
      outcome.value(what);
    }
  }

  /** What unpacking packed values gives back: integers exactly, truthiness for '?', bytes as written. */
  private static void checkPackedValues(ReferenceLayout ref, Object[] values, List<Object> unpacked) {
    for (int i = 0; i < values.length; i++) {
      char code = ref.codes.get(i);
      Object got = unpacked.get(i);
      String what = "value " + i + " ('" + code + "') " + Values.describe(values[i]) + " came back as "
          + Values.describe(got);
      if (code == '?') {
        assertEquals(ValueModel.truthy(values[i]), got, what);
      } else if (code == 'c') {
        assertArrayEquals((byte[]) values[i], (byte[]) got, what);
      } else if (code == 's') {
        byte[] v = (byte[]) values[i];
        byte[] g = (byte[]) got;
        byte[] expected = Arrays.copyOf(v, g.length);   // truncated or zero-padded to the count
        assertArrayEquals(expected, g, what);
      } else if (code == 'P') {   // unpacks unsigned: negative values come back plus 2^64
        assertEquals(ValueModel.integer(values[i]).mod(TWO_64), ValueModel.integer(got), what);
      } else if ("efdp".indexOf(code) < 0) {
        assertEquals(ValueModel.integer(values[i]), ValueModel.integer(toBig(got)), what);
      }
    }
  }

  /**
   * Any format at all, valid or not, with random bytes, offsets and values: only the documented
   * exceptions ({@link FormatException} from {@code of}; {@link IllegalArgumentException}, which
   * {@link StructException} is; {@link ReadOnlyBufferException} for a read-only buffer).
   */
  @Test
  void anyFormatThrowsOnlyDocumentedExceptions() {
    Property.forAll(anyCases()).budget(10_000)
        .check(c -> onlyDocumentedExceptions(c.format(), c.data(), c.offset(), c.values(), c.kind()));
  }

  private static void onlyDocumentedExceptions(String format, byte[] data, long offset, List<Object> values,
      Buffers.Kind kind) {
    Outcome<Struct> made = Outcome.of(() -> Struct.of(format));
    if (!made.ok()) {
      made.failedWith(FormatException.class, "Struct.of(" + Formats.escape(format) + ")");
      return;
    }
    Struct struct = made.value();
    Object[] array = values.toArray();
    ByteBuffer buffer = Buffers.wrap(data, kind);
    List<Runnable> calls = new ArrayList<>(List.of(
        () -> struct.unpack(data),
        () -> struct.unpack(buffer),
        () -> struct.unpackFrom(data, offset),
        () -> struct.unpackFrom(buffer, offset),
        () -> drain(struct.iterUnpack(data)),
        () -> drain(struct.iterUnpack(buffer)),
        () -> struct.packInto(data.clone(), offset, array),
        () -> struct.packInto(buffer, offset, array)));
    if (struct.size() <= 1 << 16) {
      calls.add(() -> struct.pack(array));   // larger records are allocated as asked: not a fuzz input
    }
    for (Runnable call : calls) {
      Outcome<Void> outcome = Outcome.run(call);
      if (!outcome.ok() && !(outcome.error() instanceof IllegalArgumentException)
          && !(outcome.error() instanceof ReadOnlyBufferException && kind == Buffers.Kind.READ_ONLY)) {
        fail("undocumented exception for " + Formats.escape(format) + ": " + outcome.error(), outcome.error());
      }
    }
  }

  private static void checkCarriers(ReferenceLayout ref, List<Object> values) {
    assertEquals(ref.values, java.math.BigInteger.valueOf(values.size()), "value count");
    for (int i = 0; i < Math.min(values.size(), ref.carriers.size()); i++) {
      assertEquals(ref.carriers.get(i), values.get(i).getClass(), "class of value " + i + " ('" + ref.codes.get(i) + "')");
    }
  }

  private static Object toBig(Object v) {
    return v instanceof Number && !(v instanceof java.math.BigInteger) ? Long.valueOf(((Number) v).longValue()) : v;
  }

  private static byte[] splice(byte[] into, long start, byte[] record) {
    byte[] out = into.clone();
    System.arraycopy(record, 0, out, (int) start, record.length);
    return out;
  }

  static <T> List<T> drain(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** Value equality with byte arrays by content and NaN equal to NaN. */
  static boolean same(List<Object> a, List<Object> b) {
    return Arrays.deepEquals(a.toArray(), b.toArray());
  }
}
