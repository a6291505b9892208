package dev.structview.buffer;

import dev.structview.internal.Strides;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A buffer descriptor: CPython's {@code Py_buffer}. Immutable and validated.
 *
 * <p>Element {@code [i0, ..., in]} of the buffer starts at byte
 * {@code offset + i0*strides[0] + ... + in*strides[n]} of the memory, indexed absolutely from 0
 * (a buffer's position is not used). The memory is a {@link ByteBuffer} ({@link #memory()}) and,
 * always, a {@link Memory} ({@link #region()}), which may be larger than a {@code ByteBuffer} can
 * be: as CPython's {@code Py_ssize_t}, every offset, length, extent and stride is a {@code long}.
 * A descriptor made from a {@code ByteBuffer} wraps it in a {@code Memory} fixed at its limit when
 * the descriptor is made; one made from a {@code Memory} of at most
 * {@value Memory#MAX_BUFFER_BYTES} bytes offers it as a {@code ByteBuffer} too. Absent parts have CPython's meaning: a {@code null} format
 * is unsigned bytes ({@code "B"}); a {@code null} shape is {@code [len / itemsize]} for one
 * dimension and nothing for zero; {@code null} strides are C-contiguous; {@code null} suboffsets
 * mean no indirection.
 *
 * <p>The constructor checks that the parts agree ({@code len == product(shape) * itemsize}, array
 * lengths equal {@code ndim}, at most {@value BufferFlags#MAX_NDIM} dimensions) and, when there are
 * no suboffsets, that every byte the shape and strides can reach lies in the memory:
 * a descriptor can never point outside its memory. Read-only memory must be described as read-only.
 * Arrays are copied in and out.
 *
 * <p>Immutable, and safe to share between threads: its fields never change, and consumers index
 * the memory absolutely, never moving a buffer's position or limit. The bytes of the memory are
 * another matter: they are shared with the exporter and every view, and writes to them are not
 * synchronized.
 *
 * @param memory the backing memory as a buffer, indexed absolutely; {@code null} when {@code region}
 *     is given (it is then filled in if the region fits a buffer)
 * @param offset the byte index in {@code memory} of element {@code [0, ..., 0]}
 * @param len the number of bytes the elements cover: {@code product(shape) * itemsize}
 * @param readonly whether the memory must not be written through this descriptor
 * @param itemsize the size of one element in bytes, at least 1
 * @param format the struct format of one element, or {@code null} for unsigned bytes
 * @param ndim the number of dimensions, 0 to {@value BufferFlags#MAX_NDIM}
 * @param shape the extent of each dimension, or {@code null}
 * @param strides the byte step of each dimension, or {@code null} for C-contiguous
 * @param suboffsets PIL-style indirection offsets, or {@code null}
 * @param owner the exporter, or the object that manages the memory; {@code null} if none
 * @param region the backing memory at {@code long} indices, of any size; {@code null} when
 *     {@code memory} is given (it is then {@code Memory.of(memory)})
 */
public record BufferInfo(
    ByteBuffer memory,
    long offset,
    long len,
    boolean readonly,
    long itemsize,
    String format,
    int ndim,
    long[] shape,
    long[] strides,
    long[] suboffsets,
    Object owner,
    Memory region) {

  /** The strides of bytes in one dimension: an argument only, which the constructor copies. */
  private static final long[] UNIT_STRIDES = {1};

  /**
   * Validates and copies the parts; give the memory as {@code memory} or {@code region}, or both
   * when they are the same size.
   *
   * @throws IllegalArgumentException if both memories are null or differ in size, or the parts
   *     disagree or can reach outside the memory
   */
  public BufferInfo {
    if (region == null) {
      if (memory == null) {
        throw new IllegalArgumentException("memory must not be null");
      }
      region = Memory.of(memory);
    } else if (memory == null) {
      memory = bufferOf(region);
    } else if (memory.limit() != region.byteSize()) {
      throw new IllegalArgumentException("memory and region differ: a buffer of " + memory.limit()
          + " bytes and a region of " + region.byteSize());
    }
    shape = shape == null ? null : shape.clone();
    strides = strides == null ? null : strides.clone();
    suboffsets = suboffsets == null ? null : suboffsets.clone();
    BufferInfoChecks.check(region, offset, len, readonly, itemsize, ndim, shape, strides, suboffsets);
  }

  /**
   * Validates and copies the parts of a descriptor over a buffer, as CPython fills a
   * {@code Py_buffer}: the constructor of every release before memory of any size.
   *
   * @throws IllegalArgumentException if {@code memory} is null, or the parts disagree or can reach
   *     outside {@code memory}
   */
  public BufferInfo(ByteBuffer memory, long offset, long len, boolean readonly, long itemsize, String format,
      int ndim, long[] shape, long[] strides, long[] suboffsets, Object owner) {
    this(requireMemory(memory), offset, len, readonly, itemsize, format, ndim, shape, strides, suboffsets,
        owner, null);
  }

  /** The region as one buffer, or {@code null} when it is too large for one. */
  private static ByteBuffer bufferOf(Memory region) {
    if (region.byteSize() > Integer.MAX_VALUE) {
      return null;
    }
    try {
      return region.asByteBuffer();
    } catch (UnsupportedOperationException e) {
      return null; // over a segment, a buffer holds at most Memory.MAX_BUFFER_BYTES
    }
  }

  private static ByteBuffer requireMemory(ByteBuffer memory) {
    if (memory == null) {
      throw new IllegalArgumentException("memory must not be null");
    }
    return memory;
  }

  /**
   * Returns the memory as a buffer, indexed absolutely.
   *
   * @throws UnsupportedOperationException if the memory is larger than
   *     {@value Memory#MAX_BUFFER_BYTES} bytes, which no {@code ByteBuffer} can hold: use
   *     {@link #region()}
   */
  @Override
  public ByteBuffer memory() {
    if (memory == null) {
      throw new UnsupportedOperationException("the memory has " + region.byteSize() + " bytes, more than a"
          + " ByteBuffer holds: use region()");
    }
    return memory;
  }
  /**
   * Describes a contiguous run of bytes, as CPython's {@code PyBuffer_FillInfo}: itemsize 1,
   * format {@code "B"} if asked for, one dimension, shape and strides if asked for. It never refuses
   * a contiguity request, since a run of bytes is both C- and Fortran-contiguous.
   *
   * @param owner the exporter
   * @param memory the memory, indexed absolutely
   * @param offset the index of the first byte in {@code memory}
   * @param len the number of bytes
   * @param readonly whether the bytes must not be written
   * @param flags the request
   * @return the descriptor
   * @throws BufferException "Object is not writable." if {@code flags} asks for
   *     {@link BufferFlags#WRITABLE} and {@code readonly} is true
   * @throws IllegalArgumentException if {@code flags} is {@link BufferFlags#READ} or
   *     {@link BufferFlags#WRITE}, or the bytes are not inside {@code memory}
   */
  public static BufferInfo fillInfo(Object owner, ByteBuffer memory, long offset, long len,
      boolean readonly, int flags) {
    BufferFlags.requireRequest(flags);
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && readonly) {
      throw new BufferException("Object is not writable.");
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? "B" : null;
    long[] shape = BufferFlags.has(flags, BufferFlags.ND) ? new long[] {len} : null;
    long[] strides = BufferFlags.has(flags, BufferFlags.STRIDES) ? UNIT_STRIDES : null;
    return new BufferInfo(memory, offset, len, readonly, 1, format, 1, shape, strides, null, owner);
  }

  /**
   * Describes a contiguous run of bytes of a {@link Memory} of any size, as
   * {@link #fillInfo(Object, ByteBuffer, long, long, boolean, int)} does for a buffer.
   *
   * @throws BufferException "Object is not writable." if {@code flags} asks for
   *     {@link BufferFlags#WRITABLE} and {@code readonly} is true
   * @throws IllegalArgumentException if {@code flags} is {@link BufferFlags#READ} or
   *     {@link BufferFlags#WRITE}, {@code region} is null, or the bytes are not inside it
   */
  public static BufferInfo fillRegionInfo(Object owner, Memory region, long offset, long len,
      boolean readonly, int flags) {
    BufferFlags.requireRequest(flags);
    if (region == null) {
      throw new IllegalArgumentException("region must not be null");
    }
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && readonly) {
      throw new BufferException("Object is not writable.");
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? "B" : null;
    long[] shape = BufferFlags.has(flags, BufferFlags.ND) ? new long[] {len} : null;
    long[] strides = BufferFlags.has(flags, BufferFlags.STRIDES) ? UNIT_STRIDES : null;
    return new BufferInfo(null, offset, len, readonly, 1, format, 1, shape, strides, null, owner, region);
  }

  /** Returns a copy of the shape, or {@code null}. */
  @Override
  public long[] shape() {
    return shape == null ? null : shape.clone();
  }

  /** Returns a copy of the strides, or {@code null}. */
  @Override
  public long[] strides() {
    return strides == null ? null : strides.clone();
  }

  /** Returns a copy of the suboffsets, or {@code null}. */
  @Override
  public long[] suboffsets() {
    return suboffsets == null ? null : suboffsets.clone();
  }

  /** Returns the format, or {@code "B"} when it is absent. */
  public String formatOrBytes() {
    return format == null ? "B" : format;
  }

  /**
   * Returns the shape with an absent one filled in: {@code [len / itemsize]} for one dimension,
   * empty for zero.
   */
  public long[] effectiveShape() {
    if (shape != null) {
      return shape.clone();
    }
    return ndim == 0 ? new long[0] : new long[] {len / itemsize};
  }

  /** Returns the strides with absent ones filled in as C-contiguous. */
  public long[] effectiveStrides() {
    return strides != null ? strides.clone() : Strides.cStrides(effectiveShape(), itemsize);
  }

  /**
   * Returns whether the elements are contiguous in {@code order}: CPython's
   * {@code PyBuffer_IsContiguous}. {@code 'C'} is row-major, {@code 'F'} column-major, {@code 'A'}
   * either. A buffer with suboffsets is never contiguous; an empty one always is; dimensions of
   * extent 1 may have any stride.
   *
   * @throws IllegalArgumentException if {@code order} is not {@code 'C'}, {@code 'F'} or {@code 'A'}
   */
  public boolean isContiguous(char order) {
    switch (order) {
      case 'C':
        return BufferInfoChecks.isContiguous(this, false);
      case 'F':
        return BufferInfoChecks.isContiguous(this, true);
      case 'A':
        return BufferInfoChecks.isContiguous(this, false) || BufferInfoChecks.isContiguous(this, true);
      default:
        throw new IllegalArgumentException("order must be 'C', 'F' or 'A', not '" + order + "'");
    }
  }

  long[] shapeOrNull() {
    return shape;
  }

  long[] stridesOrNull() {
    return strides;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BufferInfo)) {
      return false;
    }
    BufferInfo b = (BufferInfo) o;
    boolean sameMemory = region == b.region || (memory != null && memory == b.memory);
    return sameMemory && offset == b.offset && len == b.len && readonly == b.readonly
        && itemsize == b.itemsize && Objects.equals(format, b.format) && ndim == b.ndim
        && Arrays.equals(shape, b.shape) && Arrays.equals(strides, b.strides)
        && Arrays.equals(suboffsets, b.suboffsets) && owner == b.owner;
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, len, readonly, itemsize, format, ndim,
        Arrays.hashCode(shape), Arrays.hashCode(strides), Arrays.hashCode(suboffsets));
  }

  @Override
  public String toString() {
    return "BufferInfo[offset=" + offset + ", len=" + len + ", readonly=" + readonly + ", itemsize="
        + itemsize + ", format=" + format + ", ndim=" + ndim + ", shape=" + Arrays.toString(shape)
        + ", strides=" + Arrays.toString(strides) + ", suboffsets=" + Arrays.toString(suboffsets)
        + ", owner=" + (owner == null ? null : owner.getClass().getSimpleName()) + "]";
  }
}
