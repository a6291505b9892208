package dev.structview.buffer;

import dev.structview.internal.MappableFiles;
import dev.structview.internal.Require;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Bytes of any size at {@code long} indices: an array, a {@link ByteBuffer}, or a memory-mapped
 * file of many gigabytes. This is what CPython's {@code Py_buffer.buf} points to, with
 * {@code Py_ssize_t} lengths: every {@link BufferInfo} describes elements in one, and every view,
 * record array and {@code Struct} over memory reads it.
 *
 * <p>Multi-byte reads and writes take the byte order as an argument and need no alignment. Every
 * access is range-checked: an index outside {@code [0, byteSize())} throws
 * {@link IndexOutOfBoundsException}; a write to read-only memory throws
 * {@link ReadOnlyMemoryException}.
 *
 * <p>Mapped memory is released by {@link #close()}, deterministically, not by the garbage
 * collector. On JDK 22 and later (the runtime jar is multi-release) a mapping is one
 * {@code MemorySegment} of a shared arena: an access after close, from any thread, throws
 * {@link IllegalStateException}. On JDK 17 a mapping is a row of {@code MappedByteBuffer}s, unmapped
 * on close; accesses through this object after close throw {@link IllegalStateException} too, but
 * a read racing with close on another thread, or through a view still held after its record array
 * was closed, reads unmapped memory and may crash the JVM, as with any unmapped buffer: close a
 * mapping only when no thread uses it.
 *
 * <p>Thread-safe for reads; writes are not synchronized, as with a {@code ByteBuffer}.
 */
public abstract class Memory implements AutoCloseable {
  /**
   * The most bytes every {@code byte[]} and {@link ByteBuffer} can hold: {@code 2^31 - 9}, the
   * largest array JVMs promise to allocate and the largest buffer a {@code MemorySegment} wraps.
   */
  public static final long MAX_BUFFER_BYTES = Integer.MAX_VALUE - 8;

  /**
   * The most bytes a {@link #slice} holds wherever it starts: {@code 2^30 - 8}. A mapping larger
   * than {@link #MAX_BUFFER_BYTES} is read on JDK 17 through windows of that many bytes that start
   * every gigabyte, so a slice that starts in the last bytes before a gigabyte can hold no more;
   * readers that move a buffer over a large mapping make it this large (or slice from a gigabyte).
   */
  public static final long MAX_ANY_SLICE_BYTES = MAX_BUFFER_BYTES - (1L << 30) + 1;

  /**
   * The most bytes one mapping may have: 2^60, past any file system's largest file, so that the
   * windows of a mapping are counted in an {@code int} and a hostile size is refused up front.
   */
  public static final long MAX_MAPPING_BYTES = 1L << 60;

  private final boolean readOnly;

  Memory(boolean readOnly) {
    this.readOnly = readOnly;
  }

  /**
   * Returns writable memory over a whole array, sharing it.
   *
   * @throws IllegalArgumentException if {@code array} is null
   */
  public static Memory of(byte[] array) {
    return new ArrayMemory(Require.nonNull(array, "array"), 0, array.length, false);
  }

  /**
   * Returns memory over a buffer's bytes from index 0 to its limit as it is now, indexed absolutely
   * (the buffer's position is not used, and later changes to its limit do not move this memory);
   * read-only iff the buffer is. Heap, direct and mapped buffers all work.
   *
   * @throws IllegalArgumentException if {@code buffer} is null
   */
  public static Memory of(ByteBuffer buffer) {
    Require.nonNull(buffer, "buffer");
    if (buffer.hasArray()) { // writable: a read-only heap buffer gives no access to its array
      return new ArrayMemory(buffer.array(), buffer.arrayOffset(), buffer.limit(), false);
    }
    return new BufferMemory(buffer, buffer.isReadOnly());
  }

  /**
   * Maps a whole file, of any size: {@code READ_ONLY} opens it for reading; {@code READ_WRITE} and
   * {@code PRIVATE} (copy-on-write) for reading and writing, as Python's {@code mmap} with
   * {@code ACCESS_READ}, {@code ACCESS_WRITE} and {@code ACCESS_COPY}. The file is closed at once;
   * the mapping lasts until {@link #close()}. Unlike Python's {@code ACCESS_COPY}, a {@code PRIVATE}
   * mapping needs a file this process may write, though it never writes it: Java maps copy-on-write
   * only through a channel open for writing.
   *
   * @throws UncheckedIOException if the file cannot be opened (for writing, unless
   *     {@code READ_ONLY}) or mapped, or is a directory or another file that is not regular
   * @throws IllegalArgumentException if an argument is null
   * @throws UnsupportedOperationException for a {@code PRIVATE} mapping of more than
   *     {@link #MAX_BUFFER_BYTES} on JDK 17, whose mappings cannot share copied pages
   */
  public static Memory map(Path file, FileChannel.MapMode mode) {
    Require.nonNull(file, "file");
    Require.nonNull(mode, "mode");
    MappableFiles.requireRegularFile(file);
    // FileChannel.map wants a channel open for writing for PRIVATE too, though it never writes the file.
    StandardOpenOption[] options = mode == FileChannel.MapMode.READ_ONLY
        ? new StandardOpenOption[] {StandardOpenOption.READ}
        : new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE};
    try (FileChannel channel = FileChannel.open(file, options)) {
      return map(channel, mode, 0, channel.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + file + ": " + MappableFiles.reason(e), e);
    }
  }

  /**
   * Maps {@code size} bytes of a channel's file from {@code offset}; the channel may be closed
   * afterwards. A {@code READ_WRITE} mapping past the end of the file grows it, as
   * {@link FileChannel#map} does.
   *
   * @throws UncheckedIOException if the region cannot be mapped
   * @throws IllegalArgumentException if an argument is null, or {@code offset} or {@code size} is
   *     negative or their sum overflows, or {@code size} is more than {@link #MAX_MAPPING_BYTES},
   *     or {@code mode} writes ({@code READ_WRITE}, or
   *     {@code PRIVATE}, which Java maps only through a writable channel) and the channel was not
   *     opened for writing
   * @throws UnsupportedOperationException for a {@code PRIVATE} mapping of more than
   *     {@link #MAX_BUFFER_BYTES} on JDK 17, whose mappings cannot share copied pages
   */
  public static Memory map(FileChannel channel, FileChannel.MapMode mode, long offset, long size) {
    Require.nonNull(channel, "channel");
    Require.nonNull(mode, "mode");
    if (offset < 0 || size < 0 || offset > Long.MAX_VALUE - size || size > MAX_MAPPING_BYTES) {
      throw new IllegalArgumentException("cannot map " + size + " bytes at offset " + offset
          + (size > MAX_MAPPING_BYTES ? ": a mapping has at most " + MAX_MAPPING_BYTES + " bytes" : ""));
    }
    try {
      return Mappings.map(channel, mode, offset, size);
    } catch (NonWritableChannelException e) {
      throw new IllegalArgumentException("a " + mode + " mapping needs a channel open for writing; this one is"
          + " open for reading only", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + size + " bytes at offset " + offset + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Returns what maps files on the running JDK: {@code "MemorySegment"} on JDK 22 and later (the
   * multi-release jar's body), {@code "MappedByteBuffer"} on JDK 17 to 21.
   */
  public static String mappingBackend() {
    return Mappings.backend();
  }

  /** Returns the number of bytes. */
  public abstract long byteSize();

  /** Returns whether writes are refused. */
  public final boolean isReadOnly() {
    return readOnly;
  }

  /** Reads a byte. */
  public final byte getByte(long index) {
    return byteAt(check(index, 1));
  }

  /** Reads a 16-bit value in the given byte order. */
  public final short getShort(long index, boolean bigEndian) {
    return shortAt(check(index, 2), bigEndian);
  }

  /** Reads a 32-bit value in the given byte order. */
  public final int getInt(long index, boolean bigEndian) {
    return intAt(check(index, 4), bigEndian);
  }

  /** Reads a 64-bit value in the given byte order. */
  public final long getLong(long index, boolean bigEndian) {
    return longAt(check(index, 8), bigEndian);
  }

  /** Writes a byte. */
  public final void putByte(long index, byte value) {
    putByteAt(checkWrite(index, 1), value);
  }

  /** Writes a 16-bit value in the given byte order. */
  public final void putShort(long index, boolean bigEndian, short value) {
    putShortAt(checkWrite(index, 2), bigEndian, value);
  }

  /** Writes a 32-bit value in the given byte order. */
  public final void putInt(long index, boolean bigEndian, int value) {
    putIntAt(checkWrite(index, 4), bigEndian, value);
  }

  /** Writes a 64-bit value in the given byte order. */
  public final void putLong(long index, boolean bigEndian, long value) {
    putLongAt(checkWrite(index, 8), bigEndian, value);
  }

  /**
   * Copies {@code length} bytes from {@code index} into {@code target} at {@code targetIndex}.
   *
   * @throws IndexOutOfBoundsException if either range is outside its memory
   * @throws IllegalArgumentException if {@code target} is null
   */
  public final void copyTo(long index, byte[] target, int targetIndex, int length) {
    Require.nonNull(target, "target");
    Objects.checkFromIndexSize(targetIndex, length, target.length);
    copyOut(check(index, length), target, targetIndex, length);
  }

  /**
   * Copies {@code length} bytes of {@code source} from {@code sourceIndex} to {@code index}.
   *
   * @throws IndexOutOfBoundsException if either range is outside its memory
   * @throws IllegalArgumentException if {@code source} is null
   * @throws ReadOnlyMemoryException if this memory is read-only
   */
  public final void copyFrom(byte[] source, int sourceIndex, long index, int length) {
    Require.nonNull(source, "source");
    Objects.checkFromIndexSize(sourceIndex, length, source.length);
    copyIn(source, sourceIndex, checkWrite(index, length), length);
  }

  /**
   * Copies {@code length} bytes of {@code source} from {@code sourceIndex} to {@code target} at
   * {@code targetIndex}, as C's {@code memmove}: the ranges may overlap, in one memory or in two
   * over the same bytes, and the bytes written are those the source held before the copy. Any
   * length, through a buffer of at most 64 KiB, except where {@link #mayOverlap} cannot tell the
   * ranges apart (two memories over direct buffers, which may share bytes), whose copy goes through
   * one array of {@code length} bytes.
   *
   * @throws IndexOutOfBoundsException if either range is outside its memory
   * @throws IllegalArgumentException if a memory is null, or the heap has no room for the array a
   *     copy between direct buffers needs
   * @throws ReadOnlyMemoryException if {@code target} is read-only
   * @throws IllegalStateException if either memory was closed
   */
  public static void copy(Memory source, long sourceIndex, Memory target, long targetIndex, long length) {
    Require.nonNull(source, "source");
    Require.nonNull(target, "target");
    MemoryCopy.copy(source, source.check(sourceIndex, length), target, target.checkWrite(targetIndex, length), length);
  }

  /**
   * Returns whether {@code length} bytes from {@code index} of this memory and {@code otherLength}
   * bytes from {@code otherIndex} of {@code other} may be the same bytes: {@code false} when they
   * are known apart (in different arrays, mappings or segments, or ranges of one that do not meet,
   * regions included), {@code true} when they meet or cannot be told apart (memory over direct
   * buffers, which other buffers may share). Two mappings of one file are apart, as two
   * {@code mmap}s are to CPython: their bytes differ in address.
   *
   * @throws IndexOutOfBoundsException if either range is outside its memory
   * @throws IllegalArgumentException if {@code other} is null
   */
  public final boolean mayOverlap(long index, long length, Memory other, long otherIndex, long otherLength) {
    Require.nonNull(other, "other");
    return MemoryCopy.mayOverlap(this, check(index, length), length, other, other.check(otherIndex, otherLength),
        otherLength);
  }

  /**
   * Returns the storage this memory's bytes lie in, which every memory over the same bytes shares
   * (an array, a mapping), or {@code null} when it is not known (a direct buffer).
   */
  Object storage() {
    return null;
  }

  /** Returns where byte {@code index} of this memory lies in its {@link #storage()}. */
  long storageIndex(long index) {
    return index;
  }

  /**
   * Returns a buffer over {@code length} bytes from {@code index}, sharing them (zero-copy),
   * indexed from 0, read-only iff this memory is.
   *
   * @throws IndexOutOfBoundsException if the range is outside this memory
   * @throws UnsupportedOperationException on JDK 17, for a slice of more than
   *     {@link #MAX_ANY_SLICE_BYTES} that reaches past the window of its first byte in a mapping
   *     larger than {@link #MAX_BUFFER_BYTES} (windows of that many bytes start every gigabyte)
   */
  public final ByteBuffer slice(long index, int length) {
    return sliceAt(check(index, length), length);
  }

  /**
   * Returns {@code length} bytes of this memory from {@code index} as memory of their own, sharing
   * them (zero-copy), indexed from 0, of any size, read-only iff this memory is. Unlike a
   * {@link #slice}, a region may be larger than a buffer. It belongs to this memory:
   * {@link #close()} on a region does nothing, and once this memory is closed, accesses through
   * the region fail as accesses through this memory do.
   *
   * @throws IndexOutOfBoundsException if the range is outside this memory
   */
  public final Memory region(long index, long length) {
    return RegionMemory.of(this, check(index, length), length);
  }

  /**
   * Returns the whole memory as one buffer, sharing it, indexed from 0.
   *
   * @throws UnsupportedOperationException if the memory is larger than {@link #MAX_BUFFER_BYTES}
   *     and this memory cannot make a buffer that large (no {@code ByteBuffer} holds more than
   *     {@code 2^31 - 1} bytes, nor does one over a {@code MemorySegment} more than
   *     {@link #MAX_BUFFER_BYTES})
   */
  public final ByteBuffer asByteBuffer() {
    long size = byteSize();
    if (size > Integer.MAX_VALUE) {
      throw new UnsupportedOperationException("memory of " + size + " bytes does not fit a ByteBuffer"
          + " (at most " + MAX_BUFFER_BYTES + "): read it at long indices, or slice it");
    }
    return slice(0, (int) size);
  }

  /**
   * Releases the memory: unmaps a mapping (nothing for arrays and buffers, which the garbage
   * collector owns). Idempotent.
   */
  @Override
  public void close() {}

  /** Returns whether {@link #close()} has released this memory. */
  public boolean isClosed() {
    return false;
  }

  /**
   * Returns {@code index}, after checking that {@code length} bytes from it lie in this memory.
   *
   * @throws IndexOutOfBoundsException naming the range and the size
   * @throws IllegalStateException if the memory was closed
   */
  final long check(long index, long length) {
    long size = byteSize();
    try {
      // Objects.checkIndex is a range check the JIT knows: in a loop of long indices (a for-each
      // past 2 GiB) it is made once per strip of the loop, where the compares it replaces stayed
      // in every access (BENCHMARKS.md, W6). The bytes fit iff index < size - length + 1, which
      // no index is when length passes size.
      return Objects.checkIndex(index, length < 0 ? -1 : size - length + 1);
    } catch (IndexOutOfBoundsException e) {
      if (isClosed()) {
        throw closed();
      }
      throw new IndexOutOfBoundsException("bytes [" + index + ", " + index + " + " + length
          + ") are outside the memory [0, " + size + ")");
    }
  }

  private long checkWrite(long index, long length) {
    if (readOnly) {
      throw new ReadOnlyMemoryException("cannot modify read-only memory");
    }
    return check(index, length);
  }

  /** The exception for an access after {@link #close()}. */
  static IllegalStateException closed() {
    return new IllegalStateException("the memory was closed (its mapping released)");
  }

  abstract byte byteAt(long index);

  abstract short shortAt(long index, boolean bigEndian);

  abstract int intAt(long index, boolean bigEndian);

  abstract long longAt(long index, boolean bigEndian);

  abstract void putByteAt(long index, byte value);

  abstract void putShortAt(long index, boolean bigEndian, short value);

  abstract void putIntAt(long index, boolean bigEndian, int value);

  abstract void putLongAt(long index, boolean bigEndian, long value);

  abstract void copyOut(long index, byte[] target, int targetIndex, int length);

  abstract void copyIn(byte[] source, int sourceIndex, long index, int length);

  abstract ByteBuffer sliceAt(long index, int length);

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + byteSize() + " bytes" + (readOnly ? ", read-only" : "")
        + (isClosed() ? ", closed" : "") + "]";
  }
}
