package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferInfo;
import dev.structview.view.MemoryView;
import dev.structview.view.Slice;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile descriptors, which Java code can hand structview directly: shapes, strides and offsets
 * at the limits of {@code long}, 65 dimensions, and zero strides that make a 16-byte memory look
 * like 2<sup>40</sup> elements. {@link BufferInfo} refuses what could reach outside its memory;
 * what it accepts, views handle with a documented error before allocating anything the size asks
 * for. Each case runs under {@link HostileInputTest#measured}: under a second, under 4 MiB.
 */
class HostileExporterTest {
  private static final ByteBuffer MEMORY = ByteBuffer.allocate(16);

  /** An exporter of {@code ndim} dimensions of extent 1 over one byte. */
  static BufferExporter exporter(int ndim) {
    long[] ones = new long[ndim];
    Arrays.fill(ones, 1);
    return flags -> new BufferInfo(MEMORY, 0, 1, false, 1, "B", ndim, ones, ones, null, null);
  }

  /** A view of {@code shape} whose every element is byte 0: all strides 0. */
  static MemoryView broadcast(long... shape) {
    return filled(0, shape);
  }

  /** A view of {@code shape} whose every element is the byte {@code value}: all strides 0. */
  static MemoryView filled(int value, long... shape) {
    ByteBuffer memory = ByteBuffer.wrap(new byte[] {(byte) value});
    long len = 1;
    for (long extent : shape) {
      len *= extent;
    }
    long elements = len;
    return MemoryView.of(flags -> new BufferInfo(memory, 0, elements, true, 1, "B", shape.length, shape,
        new long[shape.length], null, null));
  }

  private static DynamicTest refused(String name, Supplier<Object> call, Class<? extends RuntimeException> type,
      String message) {
    return DynamicTest.dynamicTest(name, () -> {
      Outcome<Object> outcome = HostileInputTest.measured(call);
      outcome.failedWith(type, name);
      assertTrue(outcome.error().getMessage().startsWith(message), name + ": " + outcome.error().getMessage());
    });
  }

  private static DynamicTest answered(String name, Supplier<Object> call, Object expected) {
    return DynamicTest.dynamicTest(name, () -> assertEquals(expected, HostileInputTest.measured(call).value(name)));
  }

  private static BufferInfo info(long offset, long len, long itemsize, long[] shape, long[] strides) {
    return new BufferInfo(MEMORY, offset, len, false, itemsize, "B", shape.length, shape, strides, null, null);
  }

  @TestFactory
  Stream<DynamicTest> descriptorsThatCouldReachOutsideTheirMemoryAreRefused() {
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    long max = Long.MAX_VALUE;
    return Stream.of(
        refused("65 dimensions", () -> MemoryView.of(exporter(65)), iae, "number of dimensions must not exceed 64"),
        refused("shape [2^63-1]", () -> info(0, max, 1, new long[] {max}, new long[] {1}), iae,
            "elements reach bytes [0, 9223372036854775807) outside the memory [0, 16)"),
        refused("shape [2^63-1, 2]", () -> info(0, max, 1, new long[] {max, 2}, new long[] {1, 1}), iae,
            "product(shape) * itemsize overflows"),
        refused("itemsize 2^62, shape [2]", () -> info(0, max, 1L << 62, new long[] {2}, new long[] {1}), iae,
            "product(shape) * itemsize overflows"),
        refused("stride 2^63-1", () -> info(0, 2, 1, new long[] {2}, new long[] {max}), iae,
            "element offsets overflow"),
        refused("stride -2^63", () -> info(8, 3, 1, new long[] {3}, new long[] {Long.MIN_VALUE}), iae,
            "stride * (extent - 1) overflows"),
        refused("stride 2^62 x 3", () -> info(0, 3, 1, new long[] {3}, new long[] {1L << 62}), iae,
            "stride * (extent - 1) overflows"),
        refused("offset 2^63-1", () -> info(max, 1, 1, new long[] {1}, new long[] {1}), iae, "element offsets overflow"),
        refused("offset 2^63-1, empty", () -> info(max, 0, 1, new long[] {0}, new long[] {1}), iae,
            "offset=9223372036854775807 is past limit=16"),
        refused("offset -1", () -> info(-1, 1, 1, new long[] {1}, new long[] {1}), iae,
            "offset and len must not be negative"),
        refused("offset 2^31", () -> info(1L << 31, 1, 1, new long[] {1}, new long[] {1}), iae,
            "elements reach bytes [2147483648, 2147483649) outside the memory [0, 16)"),
        refused("len -1", () -> info(0, -1, 1, new long[] {1}, new long[] {1}), iae, "offset and len must not be negative"),
        refused("itemsize 0", () -> info(0, 0, 0, new long[] {1}, new long[] {1}), iae, "itemsize must be at least 1"),
        refused("negative extent", () -> info(0, 0, 1, new long[] {-1}, new long[] {1}), iae, "shape must not be negative"),
        refused("allocate 2^63-1", () -> BufferAllocator.heap().allocate(max), iae, "size=9223372036854775807 exceeds"),
        refused("allocate -1", () -> BufferAllocator.heap().allocate(-1), iae, "size=-1 must not be negative"));
  }

  @TestFactory
  Stream<DynamicTest> viewsOfBillionsOfElementsInSixteenBytesRefuseToCopyThemAll() {
    long huge = 1L << 40;
    long justFits = Integer.MAX_VALUE - 9;
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    return Stream.of(
        answered("2^40 elements: len", () -> broadcast(huge).nbytes(), huge),
        answered("2^40 elements: the last one", () -> broadcast(huge).get(huge - 1), 0),
        answered("2^40 elements: a slice", () -> broadcast(huge).slice(Slice.of(-3L, null, 2L)).shape()[0], 2L),
        refused("2^40 elements: toBytes", () -> broadcast(huge).toBytes(), iae,
            "memoryview of 1099511627776 bytes does not fit a Java array"),
        refused("2^40 elements: hex", () -> broadcast(huge).hex(), iae,
            "hex of 1099511627776 bytes does not fit a Java string"),
        refused("2^40 elements: hex with a separator", () -> broadcast(huge).hex(":", 2), iae,
            "hex of 1099511627776 bytes does not fit a Java string"),
        refused("1.5e9 elements: hex", () -> broadcast(1_500_000_000L).hex(), iae,
            "hex of 1500000000 bytes does not fit a Java string"),
        refused("8e8 elements: hex with a separator", () -> broadcast(800_000_000L).hex(" ", 1), iae,
            "hex of 800000000 bytes does not fit a Java string"),
        refused("2^40 elements: toList", () -> broadcast(huge).toList(), iae, "dimension 1 has 1099511627776 elements"),
        refused("2^40 elements: cast", () -> broadcast(huge).cast("B"), iae,
            "memoryview: casts are restricted to C-contiguous views"),
        refused("2^20 x 2^20 elements: toList", () -> broadcast(1 << 20, 1 << 20).toList(), iae,
            "memoryview of 1099511627776 elements does not fit a Java list"),
        DynamicTest.dynamicTest("2^31-10 elements: toList", () -> {
          // Refused before allocating when 4 bytes an element exceed the heap: any heap below 8 GiB.
          org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() / 4 < justFits);
          refused("2^31-10 elements: toList", () -> broadcast(justFits).toList(), iae,
              "cannot allocate a list of 2147483638 elements: they need more than").getExecutable().execute();
        }),
        refused("2^31-10 elements: toBytes", () -> broadcast(justFits, 2).toBytes(), iae,
            "memoryview of 4294967276 bytes does not fit a Java array"),
        // NumPy: memoryview(np.zeros((0, 10**12), 'i4')).tolist() == [], and (3, 0) gives [[], [], []]:
        // no list is built under an extent of 0, so the extents below it are never checked.
        answered("0 x 2^40 elements: toList", () -> broadcast(0, huge).toList(), List.of()),
        answered("3 x 0 elements: toList", () -> broadcast(3, 0).toList(), List.of(List.of(), List.of(), List.of())),
        answered("2 x 0 x 2^40 elements: toList", () -> broadcast(2, 0, huge).toList(), List.of(List.of(), List.of())),
        // The extents before the 0 multiply past a long: refused, not wrapped into a small count.
        refused("(2^31 - 9)^3 x 0 elements: toList", () -> broadcast(justFits + 1, justFits + 1, justFits + 1, 0)
            .toList(), iae, "cannot allocate the 9223372036854775807 nested lists of 0 elements"),
        // 2^30 empty lists, each some 40 bytes, exceed any heap below 40 GiB: refused before building them.
        DynamicTest.dynamicTest("2^30 x 0 elements: toList", () -> {
          org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() / 40 < 1L << 30);
          refused("2^30 x 0 elements: toList", () -> broadcast(1L << 30, 0).toList(), iae,
              "cannot allocate the 1073741825 nested lists of 0 elements: they need more than").getExecutable().execute();
        }));
  }
}
