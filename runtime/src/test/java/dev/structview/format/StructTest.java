package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The {@link Struct} contract beyond what the CPython vectors check: Java types, buffers, caching,
 * hostile sizes and the no-partial-write guarantee.
 */
class StructTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void ofCachesAndKeepsTheFormatString() {
    Struct tick = Struct.of("<IhB");
    assertSame(tick, Struct.of("<IhB"));
    assertEquals("<IhB", tick.format());
    assertEquals(7, tick.size());
  }

  @Test
  void formatIsReturnedUnchangedEvenWhenEquivalent() {
    assertEquals("< i h", Struct.of("< i h").format());
    assertEquals(Struct.of("<ih").size(), Struct.of("< i h").size());
  }

  @Test
  void unpackGivesDocumentedJavaTypes() {
    byte[] data = Struct.of("<bBhHiIqQ?e").pack(-1, 255, -1, 65535, -1, 4294967295L, -1L,
        new BigInteger("18446744073709551615"), true, 1.5);
    List<Object> values = Struct.of("<bBhHiIqQ?e").unpack(data);
    assertEquals(List.of((byte) -1, 255, (short) -1, 65535, -1, 4294967295L, -1L,
        new BigInteger("18446744073709551615"), true, 1.5f), values);
  }

  @Test
  void floatPacksBitForBitIncludingSignallingNan() {
    float signalling = Float.intBitsToFloat(0x7f80_0001);
    byte[] packed = Struct.of("<f").pack(signalling);
    assertEquals("0100807f", HEX.formatHex(packed));
    Float back = (Float) Struct.of("<f").unpack(packed).get(0);
    assertEquals(0x7f80_0001, Float.floatToRawIntBits(back));
  }

  @Test
  void doubleNanPayloadsSurvive() {
    long bits = 0x7ff0_0000_dead_beefL;
    byte[] packed = Struct.of(">d").pack(Double.longBitsToDouble(bits));
    assertEquals(bits, Double.doubleToRawLongBits((Double) Struct.of(">d").unpack(packed).get(0)));
  }

  @Test
  void packOfUnpackGivesTheBytesBackForRandomFormats() {
    Random random = new Random(12);
    String codes = "xcbBhHiIlLqQnNfdsP";
    for (int round = 0; round < 2000; round++) {
      String format = randomFormat(random, codes);
      Struct struct = Struct.of(format);
      byte[] data = new byte[(int) struct.size()];
      random.nextBytes(data);
      byte[] repacked = struct.pack(struct.unpack(data).toArray());
      assertArrayEquals(zeroPads(struct, data), repacked, format);
    }
  }

  private static String randomFormat(Random random, String codes) {
    boolean nativeMode = random.nextBoolean();
    StringBuilder format = new StringBuilder(nativeMode ? "@" : random.nextBoolean() ? "<" : ">");
    for (int i = random.nextInt(6); i > 0; i--) {
      char code = codes.charAt(random.nextInt(codes.length() - (nativeMode ? 0 : 3)));
      if (!nativeMode && "nNP".indexOf(code) >= 0) {
        code = 'q';
      }
      format.append(random.nextInt(4)).append(code);
    }
    return format.toString();
  }

  /** The expected repack: pad bytes (and alignment gaps) come back as zero. */
  private static byte[] zeroPads(Struct struct, byte[] data) {
    byte[] expected = new byte[data.length];
    for (FieldLayout field : struct.layout().fields()) {
      if (!field.isPadding()) {
        System.arraycopy(data, (int) field.offset(), expected, (int) field.offset(), (int) field.size());
      }
    }
    return expected;
  }

  @Test
  void byteBufferPositionLimitAndOrderAreNeitherUsedNorChanged() {
    ByteBuffer buffer = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
    buffer.position(3).limit(10);
    Struct tick = Struct.of("<IhB");
    tick.packInto(buffer, 0, 1L, -2, 3);
    assertEquals(3, buffer.position());
    assertEquals(10, buffer.limit());
    assertEquals("00000001000000feff03000000000000", HEX.formatHex(buffer.array()));
    assertEquals(List.of(1L, (short) -2, 3), tick.unpack(buffer));
    assertEquals(List.of(1L, (short) -2, 3), tick.unpackFrom(buffer, -7));
    assertEquals(3, buffer.position());
  }

  @Test
  void directAndSlicedBuffersWork() {
    ByteBuffer direct = ByteBuffer.allocateDirect(24);
    direct.position(5);
    ByteBuffer slice = direct.slice();
    Struct.of(">qd").packInto(slice, 2, -5L, 2.5);
    assertEquals(List.of(-5L, 2.5), Struct.of(">qd").unpackFrom(direct, 2));
    assertEquals(List.of(-5L, 2.5), Struct.of(">qd").unpackFrom(slice.asReadOnlyBuffer(), 2));
  }

  @Test
  void packIntoReadOnlyBufferThrowsReadOnlyBufferException() {
    ByteBuffer readOnly = ByteBuffer.allocate(8).asReadOnlyBuffer();
    assertThrows(ReadOnlyBufferException.class, () -> Struct.of("<i").packInto(readOnly, 0, 1));
  }

  @Test
  void aBadValueLeavesTheBufferUntouched() {
    byte[] buffer = HEX.parseHex("a5a5a5a5a5a5a5a5");
    StructException e = assertThrows(StructException.class,
        () -> Struct.of("<hhh").packInto(buffer, 1, 1, 2, 70000));
    assertTrue(e.getMessage().startsWith("'h' format requires -32768 <= number <= 32767"), e.getMessage());
    assertEquals("a5a5a5a5a5a5a5a5", HEX.formatHex(buffer));
    ByteBuffer direct = ByteBuffer.allocateDirect(8);
    assertThrows(IllegalArgumentException.class, () -> Struct.of("<ff").packInto(direct, 0, 1.0, 1e300));
    assertEquals(0, direct.getLong(0));
  }

  @Test
  void integerValuesAreCheckedByMathematicalValue() {
    assertThrows(StructException.class, () -> Struct.of("<Q").pack(-1L));
    assertArrayEquals(HEX.parseHex("ffffffffffffffff"), Struct.of("<Q").pack(new BigInteger("18446744073709551615")));
    assertArrayEquals(HEX.parseHex("ffffffffffffffff"), Struct.of("@P").pack(-1L));
    assertArrayEquals(HEX.parseHex("0700"), Struct.of("<H").pack(new AtomicLong(7)));
    assertArrayEquals(HEX.parseHex("01"), Struct.of("<B").pack(true));
    StructException e = assertThrows(StructException.class, () -> Struct.of("<i").pack(1.0));
    assertTrue(e.getMessage().startsWith("required argument is not an integer"));
  }

  /** The message names a value of an anonymous class, and survives a toString that throws. */
  @Test
  void aRefusedValueIsDescribedWhateverItsClass() {
    Object hostile = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("no text");
      }
    };
    StructException e = assertThrows(StructException.class, () -> Struct.of("<i").pack(hostile));
    assertEquals("required argument is not an integer: " + hostile.getClass().getName()
        + " (its toString threw IllegalStateException)", e.getMessage());
  }

  @Test
  void truthinessFollowsPython() {
    Struct bools = Struct.of("12?");
    byte[] packed = bools.pack(null, 0, 0.0, Double.NaN, new byte[0], "", List.of(), Optional.empty(),
        new int[] {0}, "x", new Object(), -0.0);
    assertEquals("000000010000000001010100", HEX.formatHex(packed));
  }

  @Test
  void nullArgumentsAreIllegalArguments() {
    Struct s = Struct.of("<i");
    assertThrows(IllegalArgumentException.class, () -> Struct.of(null));
    assertThrows(IllegalArgumentException.class, () -> s.unpack((byte[]) null));
    assertThrows(IllegalArgumentException.class, () -> s.unpack((ByteBuffer) null));
    assertThrows(IllegalArgumentException.class, () -> s.unpackFrom((byte[]) null, 0));
    assertThrows(IllegalArgumentException.class, () -> s.packInto((byte[]) null, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> s.packInto((ByteBuffer) null, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> s.iterUnpack((byte[]) null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.pack((Object[]) null));
    assertTrue(e.getMessage().contains("new Object[] {null}"), e.getMessage());
    assertArrayEquals(new byte[1], Struct.of("?").pack(new Object[] {null}));
  }

  @Test
  void hostileSizesFailFastWithoutAllocating() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Struct huge = Struct.of("999999999999s");
      StructException packError = assertThrows(StructException.class, () -> huge.pack(new byte[0]));
      assertTrue(packError.getMessage().contains("999999999999"), packError.getMessage());
      assertThrows(StructException.class, () -> huge.unpack(new byte[10]));
      assertThrows(StructException.class, () -> huge.unpackFrom(new byte[10], 0));
      assertThrows(StructException.class, () -> huge.packInto(new byte[10], 0, new byte[0]));
      assertThrows(StructException.class, () -> huge.iterUnpack(new byte[10]));
      Struct pads = Struct.of("9223372036854775807x");
      assertThrows(StructException.class, () -> pads.pack());
      assertThrows(StructException.class, () -> pads.unpackFrom(new byte[4], Long.MAX_VALUE));
      Struct many = Struct.of("2147483648b");
      StructException count = assertThrows(StructException.class, () -> many.pack(1, 2));
      assertTrue(count.getMessage().startsWith("pack expected 2147483648 items for packing (got 2)"));
    });
  }

  @Test
  void iterUnpackReadsLazilyAndEndsCleanly() {
    byte[] data = Struct.of("<h").pack(1);
    data = Arrays.copyOf(data, 4);
    Iterator<List<Object>> records = Struct.of("<h").iterUnpack(data);
    assertEquals(List.of((short) 1), records.next());
    data[2] = 9; // a later record is read when reached, as CPython's iterator does
    assertEquals(List.of((short) 9), records.next());
    assertFalse(records.hasNext());
    assertThrows(NoSuchElementException.class, records::next);
  }

  @Test
  void iterUnpackOverABufferUsesItsRemainingBytes() {
    ByteBuffer buffer = ByteBuffer.wrap(HEX.parseHex("ff0102030405ff"), 1, 5).slice().asReadOnlyBuffer();
    ByteBuffer window = ByteBuffer.wrap(HEX.parseHex("ff010203040506")).position(1);
    List<List<Object>> records = new ArrayList<>();
    Struct.of(">H").iterUnpack(window).forEachRemaining(records::add);
    assertEquals(List.of(List.of(0x0102), List.of(0x0304), List.of(0x0506)), records);
    assertThrows(StructException.class, () -> Struct.of(">H").iterUnpack(buffer));
  }

  @Test
  void valuesAreUnmodifiableAndPrintBytesLikePython() {
    List<Object> values = Struct.of("<2sbc").unpack(HEX.parseHex("2700805c"));
    assertThrows(UnsupportedOperationException.class, () -> values.set(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> values.get(3));
    assertEquals("[b'\\'\\x00', -128, b'\\\\']", values.toString());
  }

  @Test
  void concurrentUseOfOneStructIsSafe() throws Exception {
    Struct tick = Struct.of("<IhB");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < 4; t++) {
      int seed = t;
      threads.add(new Thread(() -> {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
          long id = random.nextInt() & 0xffff_ffffL;
          short delta = (short) random.nextInt();
          int flags = random.nextInt(256);
          List<Object> back = Struct.of("<IhB").unpack(tick.pack(id, delta, flags));
          if (!back.equals(List.of(id, delta, flags))) {
            failures.add(new AssertionError(back + " != " + List.of(id, delta, flags)));
            return;
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertTrue(failures.isEmpty(), failures.toString());
  }
}
