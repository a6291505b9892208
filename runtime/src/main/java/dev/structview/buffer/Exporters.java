package dev.structview.buffer;

import java.nio.ByteBuffer;

/**
 * The built-in exporters for arrays and {@link ByteBuffer}s, which describe their bytes as CPython's
 * {@code bytes} and {@code bytearray} do ({@link BufferInfo#fillInfo}: format {@code "B"}, one
 * dimension). Their descriptors' owner is the array or buffer itself, so
 * {@code MemoryView.of(data).obj()} is {@code data}.
 *
 * <p>The exporters are immutable and thread-safe; they have nothing to release, so the leak
 * registry does not track views of them.
 */
public final class Exporters {
  private Exporters() {}

  /**
   * Exports an array read-only, like CPython's {@code bytes}: a {@link BufferFlags#WRITABLE}
   * request fails with "Object is not writable.".
   *
   * @throws IllegalArgumentException if {@code data} is null
   */
  public static BufferExporter readOnly(byte[] data) {
    requireData(data);
    return new Fixed(data, ByteBuffer.wrap(data).asReadOnlyBuffer(), true);
  }

  /**
   * Exports an array writable. The array cannot change size, so nothing needs locking while it is
   * exported.
   *
   * @throws IllegalArgumentException if {@code data} is null
   */
  public static BufferExporter writable(byte[] data) {
    requireData(data);
    return new Fixed(data, ByteBuffer.wrap(data), false);
  }

  /**
   * Exports the bytes of a buffer between its position and limit as they are now; later changes to
   * its position or limit do not move the export. Read-only iff the buffer is. Heap, direct and
   * memory-mapped buffers all work.
   *
   * @throws IllegalArgumentException if {@code data} is null
   */
  public static BufferExporter of(ByteBuffer data) {
    requireData(data);
    return new Fixed(data, data.slice(), data.isReadOnly());
  }

  private static void requireData(Object data) {
    if (data == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
  }

  /** A fixed-size run of bytes: no export count is needed, since nothing can move it. */
  private static final class Fixed implements BufferExporter {
    private final Object owner;
    private final ByteBuffer memory;
    private final boolean readonly;

    Fixed(Object owner, ByteBuffer memory, boolean readonly) {
      this.owner = owner;
      this.memory = memory;
      this.readonly = readonly;
    }

    @Override
    public BufferInfo getBuffer(int flags) {
      // Each consumer gets its own duplicate: one that moves its buffer's limit moves no one else's.
      return BufferInfo.fillInfo(owner, memory.duplicate(), 0, memory.limit(), readonly, flags);
    }

    @Override
    public String toString() {
      return (readonly ? "read-only " : "writable ") + memory.limit() + "-byte export of "
          + owner.getClass().getSimpleName();
    }
  }
}
