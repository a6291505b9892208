package dev.structview.io;

import dev.structview.buffer.Memory;
import java.nio.ByteBuffer;

/**
 * A window onto {@link Memory} of any size, as one {@link ByteBuffer}: readers whose views take
 * {@code int} indices read a file of many gigabytes through it, moving it to each structure they
 * place. Memory of at most {@link Memory#MAX_BUFFER_BYTES} bytes is one window over all of it, which
 * never moves; larger memory is seen {@value #SPAN} bytes at a time (any range of that size is one
 * zero-copy slice, wherever it starts).
 *
 * <p>An index is only good in the buffer it was placed in: {@link #place} may move the window, so
 * a reader turns a file offset into an index right before it reads there. Views placed earlier
 * keep reading their own buffer, which stays valid until the memory is closed.
 */
public final class Window {
  /**
   * The most bytes a window of a large mapping spans: {@link Memory#MAX_ANY_SLICE_BYTES}, 1 GiB - 8,
   * the most one slice holds wherever it starts (a window centred on a structure starts anywhere).
   */
  public static final int SPAN = (int) Memory.MAX_ANY_SLICE_BYTES;

  private final Memory memory;
  private final long size;
  private final int span;
  private ByteBuffer buffer;
  private long base;

  /** A window onto {@code memory}: all of it when it fits a buffer, else {@value #SPAN} bytes. */
  public Window(Memory memory) {
    this(memory, memory.byteSize() <= Memory.MAX_BUFFER_BYTES ? (int) memory.byteSize() : SPAN);
  }

  /** A window of at most {@code span} bytes, which tests make small to move it often. */
  Window(Memory memory, int span) {
    this.memory = memory;
    this.size = memory.byteSize();
    this.span = span;
  }

  /** The memory it looks into. */
  public Memory memory() {
    return memory;
  }

  /** The size of the memory: the file's size, not the window's. */
  public long size() {
    return size;
  }

  /**
   * Moves the window, if need be, so that it holds {@code length} bytes at {@code offset}, and
   * returns their index in {@link #buffer()}.
   *
   * @throws IndexOutOfBoundsException if the bytes are not all in the memory (callers check
   *     first, for a message that names the structure)
   * @throws IllegalArgumentException if {@code length} is more than the window spans
   */
  public int place(long offset, int length) {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new IndexOutOfBoundsException("offset=" + offset + " length=" + length + " size=" + size);
    }
    if (length > span) {
      throw new IllegalArgumentException("length=" + length + " is more than the window's span=" + span);
    }
    if (buffer == null || offset < base || offset + length > base + buffer.limit()) {
      // Centred on the structure: readers that walk forward and those that scan backward both move it rarely.
      long start = Math.max(0, Math.min(offset - (span - length) / 2, size - span));
      buffer = memory.slice(start, (int) Math.min(span, size - start));
      base = start;
    }
    return (int) (offset - base);
  }

  /** The window's bytes, as {@link #place} last left them, indexed from 0. */
  public ByteBuffer buffer() {
    if (buffer == null) {
      place(0, 0);
    }
    return buffer;
  }

  /** A copy of {@code length} bytes at {@code offset}, which the caller has checked lie in the memory. */
  public byte[] bytes(long offset, int length) {
    byte[] bytes = new byte[length];
    memory.copyTo(offset, bytes, 0, length);
    return bytes;
  }
}
