package dev.structview.bench.files;

import dev.structview.bench.data.TickData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Hand-written Java 22+ over a whole file mapped as one {@link MemorySegment} of a shared arena
 * ({@code FileChannel.map(mode, offset, size, arena)}, no 2 GiB windows): W6's FFM contender and,
 * on JDK 22 and later, its bandwidth baseline. Compiled only by a JDK 22 or newer, into the
 * multi-release jar; closing releases the mapping.
 */
public final class FfmFileTicks implements AutoCloseable {
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
  private static final long SIZE = TickData.SIZE;

  private final Arena arena = Arena.ofShared();
  private final MemorySegment segment;

  /**
   * Maps {@code file} read-only.
   *
   * @throws UncheckedIOException if the file cannot be mapped
   */
  public FfmFileTicks(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      segment = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
    } catch (IOException e) {
      arena.close();
      throw new UncheckedIOException("cannot map " + file, e);
    }
  }

  /** W6 with {@code MemorySegment.get} of little-endian unaligned layouts. */
  public long sumAll() {
    MemorySegment s = segment;
    long sum = 0;
    for (long offset = 0, end = s.byteSize(); offset < end; offset += SIZE) {
      sum += (s.get(INT, offset) & 0xFFFF_FFFFL) + s.get(SHORT, offset + 4) + (s.get(BYTE, offset + 6) & 0xFF);
    }
    return sum;
  }

  /** The bandwidth baseline: the sum of the segment's little-endian {@code long}s, then of its last bytes. */
  public long sumLongs() {
    MemorySegment s = segment;
    long sum = 0;
    long longs = s.byteSize() & ~7L;
    for (long offset = 0; offset < longs; offset += Long.BYTES) {
      sum += s.get(LONG, offset);
    }
    for (long offset = longs; offset < s.byteSize(); offset++) {
      sum += s.get(BYTE, offset) & 0xFF;
    }
    return sum;
  }

  /**
   * W7's hand-written open: maps a whole {@code .npy} file into a new arena, shared or confined,
   * reads its header's length (version 1, or 2 and 3), closes the arena, and returns the record
   * count that leaves. No header is parsed: this is the least an open of the file can do, beside
   * which {@code Npy.map} and its close are measured; shared against confined shows what the safe
   * release of a mapping that any thread may read costs the JDK.
   *
   * @throws UncheckedIOException if the file cannot be mapped
   */
  public static long mapClose(Path file, boolean shared) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
         Arena arena = shared ? Arena.ofShared() : Arena.ofConfined()) {
      MemorySegment s = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
      long dataOffset = s.get(BYTE, 6) == 1
          ? 10 + (s.get(SHORT, 8) & 0xFFFF)
          : 12 + (s.get(INT, 8) & 0xFFFF_FFFFL);
      return (s.byteSize() - dataOffset) / SIZE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + file, e);
    }
  }

  /** Releases the mapping. */
  @Override
  public void close() {
    arena.close();
  }
}
