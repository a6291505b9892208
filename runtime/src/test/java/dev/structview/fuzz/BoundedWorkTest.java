package dev.structview.fuzz;

import static dev.structview.fuzz.HostileExporterTest.filled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Exporters;
import dev.structview.format.FormatParser;
import dev.structview.memory.ByteStore;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.RecordType;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Work that input sizes ask for is bounded before it starts: format expansions (nested structs
 * repeated 2<sup>60</sup> times, empty or not), hashing and comparing views of 2<sup>40</sup>
 * broadcast elements, descriptors whose product is zero however large the other extents, and
 * exporters that move their buffer's limit after describing it. Each case runs under
 * {@link HostileInputTest#measured}: under a second and 4 MiB.
 */
class BoundedWorkTest {
  private static final long HUGE = 1L << 40;

  /** A record type of one unsigned byte, standing in for generated code. */
  private static final RecordType<Integer> BYTE = new RecordType<>() {
    @Override
    public String format() {
      return "<B";
    }

    @Override
    public int size() {
      return 1;
    }

    @Override
    public boolean writable() {
      return false;
    }

    @Override
    public Integer move(Integer view, ByteStore store, long position) {
      return store.getByte(position) & 0xff;
    }
  };

  /**
   * Runs a call under {@link HostileInputTest#measured}, on a thread of its own so that a call that
   * never returns fails the test instead of hanging the build.
   */
  private static Outcome<Object> bounded(Supplier<Object> call) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HostileInputTest.measured(call));
  }

  private static DynamicTest refused(String name, Supplier<Object> call, String message) {
    return DynamicTest.dynamicTest(name, () -> {
      Outcome<Object> outcome = bounded(call);
      outcome.failedWith(IllegalArgumentException.class, name);
      assertTrue(outcome.error().getMessage().contains(message), name + ": " + outcome.error().getMessage());
    });
  }

  private static DynamicTest answered(String name, Supplier<Object> call, Object expected) {
    return DynamicTest.dynamicTest(name, () -> assertEquals(expected, bounded(call).value(name)));
  }

  private static boolean same(String a, String b) {
    return FormatParser.parseExtended(a).sameValues(FormatParser.parseExtended(b));
  }

  /** An exporter of one 1-byte item whose format is {@code format}. */
  private static BufferExporter exporting(String format) {
    ByteBuffer memory = ByteBuffer.allocate(1);
    return flags -> new BufferInfo(memory, 0, 1, true, 1, format, 1, new long[] {1}, new long[] {1}, null, null);
  }

  @TestFactory
  Stream<DynamicTest> formatExpansionsAreBoundedInTimeAndMemory() {
    String unroll = "unrolls to more than 1048576 runs";
    return Stream.of(
        refused("2^60 empty structs", () -> same("1152921504606846976T{}B", "B"), unroll),
        refused("2^60 empty structs, nested", () -> same("1152921504606846976T{T{}}B", "T{}B"), unroll),
        refused("2^20+1 zero-length strings", () -> same("1048577T{0s}B", "1048577T{0s:a:}B"), unroll),
        refused("2^20+1 values", () -> same("<1048577T{B}", "<1048577T{B:b:}"), unroll),
        refused("an exporter's empty structs", () -> RecordArray.over(BYTE, exporting("1152921504606846976T{}B")),
            "the formats differ"),
        refused("an exporter's zero-length strings", () -> RecordArray.over(BYTE, exporting("1048577T{0s}B")),
            "the formats differ"),
        answered("an exporter's respelled record", () -> RecordArray.over(BYTE, exporting("<B:x:")).get(0L), 0));
  }

  @TestFactory
  Stream<DynamicTest> broadcastViewsHashAndCompareInTimeBoundedByTheirMemory() {
    return Stream.of(
        answered("hash of 2^40 elements", () -> filled(7, HUGE).hashCode() == filled(7, HUGE).hashCode(), true),
        answered("2^40 equal elements", () -> filled(7, HUGE).equals(filled(7, HUGE)), true),
        answered("2^40 other elements", () -> filled(7, HUGE).equals(filled(8, HUGE)), false),
        answered("2^20 x 2^20 equal elements", () -> filled(7, 1 << 20, 1 << 20).equals(filled(7, 1 << 20, 1 << 20)),
            true),
        answered("hash of 2^20 x 2^20 elements", () -> filled(7, 1 << 20, 1 << 20).hashCode()
            == filled(7, 1 << 20, 1 << 20).hashCode(), true),
        answered("hash of 1000003 x 3 elements", () -> filled(7, 1_000_003, 3).hashCode()
            != filled(8, 1_000_003, 3).hashCode(), true),
        refused("overlapping strides: hash", () -> overlapping().hashCode(), "cannot hash 68719476736 elements"),
        refused("overlapping strides: equals", () -> overlapping().equals(overlapping()), "cannot compare"));
  }

  /** 2^36 elements over 12 KiB: every stride 1. */
  private static MemoryView overlapping() {
    ByteBuffer memory = ByteBuffer.allocate(3 * 4096);
    long n = 4096;
    return MemoryView.of(flags -> new BufferInfo(memory, 0, n * n * n, true, 1, "B", 3, new long[] {n, n, n},
        new long[] {1, 1, 1}, null, null));
  }

  /**
   * Hashing by squaring gives exactly what a walk over every element gives: a broadcast hashes and
   * compares like the same values laid out one after the other, for random shapes with random
   * dimensions of stride 0, in several formats.
   */
  @Test
  void aBroadcastHashesAndComparesLikeItsCopy() {
    Random random = new Random(11);
    String[] formats = {"B", "h", "i", "d", "?", "@q"};
    for (int trial = 0; trial < 400; trial++) {
      String format = formats[random.nextInt(formats.length)];
      int itemsize = (int) dev.structview.format.Struct.calcsize(format);
      int ndim = 1 + random.nextInt(4);
      long[] shape = new long[ndim];
      long[] strides = new long[ndim];
      long step = itemsize;
      for (int d = ndim - 1; d >= 0; d--) {
        shape[d] = 1 + random.nextInt(5);
        boolean broadcast = random.nextInt(3) == 0;
        strides[d] = broadcast ? 0 : step;
        step *= broadcast ? 1 : shape[d];
      }
      byte[] bytes = new byte[(int) step];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) random.nextInt(3); // few values: equal elements are common
      }
      long len = itemsize;
      for (long extent : shape) {
        len *= extent;
      }
      long nbytes = len;
      ByteBuffer memory = ByteBuffer.wrap(bytes);
      MemoryView strided = MemoryView.of(f -> new BufferInfo(memory, 0, nbytes, true, itemsize, format, ndim,
          shape, strides, null, null));
      MemoryView copy = MemoryView.of(strided.toBytes()).cast(format, shape);
      String what = format + " shape " + java.util.Arrays.toString(shape) + " strides "
          + java.util.Arrays.toString(strides);
      assertEquals(copy.toList(), strided.toList(), what);
      assertTrue(strided.equals(copy) && copy.equals(strided), what);
      assertEquals(copy.hashCode(), strided.hashCode(), what);
    }
  }

  @Test
  void aZeroExtentMakesTheProductZeroWhateverTheOthers() {
    long[] shape = {Integer.MAX_VALUE, 0, 1L << 32};
    BufferInfo info = new BufferInfo(ByteBuffer.allocate(0), 0, 0, true, 1L << 40, "B", 3, shape, null, null, null);
    assertEquals(0, info.len());
    try (MemoryView view = MemoryView.of(f -> info)) {
      assertEquals(0, view.nbytes());
      assertArrayEquals(shape, view.shape());
      assertEquals("", view.hex());
      assertEquals(0, view.toBytes().length);
      BufferInfo other = new BufferInfo(ByteBuffer.allocate(0), 0, 0, true, 1L << 40, "B", 3, shape,
          new long[] {7, 0, -7}, null, null);
      try (MemoryView same = MemoryView.of(f -> other)) {
        assertTrue(view.equals(same)); // equivalent shapes share the zero extent: no element to compare
        assertEquals(view.hashCode(), same.hashCode());
      }
    }
  }

  @Test
  void anExporterCannotPullMemoryFromUnderAValidatedView() {
    ByteBuffer memory = ByteBuffer.wrap(new byte[16]);
    memory.put(15, (byte) 0x5a);
    MemoryView view = MemoryView.of(f -> BufferInfo.fillInfo(null, memory, 0, 16, false, BufferFlags.FULL_RO));
    MemoryView other = MemoryView.of(new byte[16]);
    memory.limit(4).position(2);
    assertEquals(16, view.toBytes().length);
    assertEquals(0x5a, view.get(15L));
    assertEquals("00".repeat(15) + "5a", view.hex());
    assertEquals(16, ((List<?>) view.toList()).size());
    view.set(1, 14L);
    assertEquals(1, memory.array()[14]);
    assertNotEquals(other, view);
    assertEquals(view.hashCode(), MemoryView.of(view.toBytes()).hashCode());
    // A consumer of the view's export moves its own duplicate, never the view's memory.
    BufferInfo export = view.getBuffer(BufferFlags.FULL_RO);
    export.memory().limit(0);
    assertEquals(0x5a, view.get(15L));
    view.releaseBuffer(export);
  }

  @Test
  void aConsumerThatMovesItsExportsLimitMovesNoOtherExport() {
    for (BufferExporter exporter : List.of(Exporters.writable(new byte[16]), Exporters.readOnly(new byte[16]),
        Exporters.of(ByteBuffer.allocateDirect(16)))) {
      exporter.getBuffer(BufferFlags.FULL_RO).memory().limit(0);
      assertEquals(16, exporter.getBuffer(BufferFlags.FULL_RO).memory().limit(), exporter.toString());
      assertEquals(16, MemoryView.of(exporter).toBytes().length, exporter.toString());
    }
  }

  @Test
  void aLimitMovedAfterTheDescriptorIsMadeDoesNotMoveWhatTheViewReads() {
    ByteBuffer memory = ByteBuffer.wrap(new byte[16]);
    memory.put(15, (byte) 7);
    BufferExporter shrinking = flags -> {
      BufferInfo info = BufferInfo.fillInfo(null, memory, 0, 16, false, flags);
      memory.limit(4); // after the descriptor was checked
      return info;
    };
    // The descriptor fixed its region at the 16 bytes it checked: the view reads exactly those.
    Outcome<Object> outcome = bounded(() -> MemoryView.of(shrinking).get(15));
    assertTrue(outcome.ok(), () -> String.valueOf(outcome.error()));
    assertEquals(7, outcome.value());
  }

}
