package dev.structview.io;

import java.nio.ByteBuffer;

/**
 * Places one view of a fixed size at file offsets through a {@link Window}: it moves the view
 * within the window's buffer, and wraps a new one only when the window has moved. A walk over
 * thousands of headers allocates nothing per header.
 *
 * <pre>{@code
 * Placer<ChunkHeaderView> headers = new Placer<>(window, ChunkHeaderView.SIZE, ChunkHeaderView::wrap,
 *     ChunkHeaderView::moveTo);
 * ChunkHeaderView header = headers.at(offset); // offset checked against the file first
 * }</pre>
 *
 * @param <V> the generated view type
 */
public final class Placer<V> {
  /** A generated view's {@code wrap(ByteBuffer, int)}. */
  public interface Wrap<V> {
    /** Wraps a view at {@code index} of {@code buffer}. */
    V wrap(ByteBuffer buffer, int index);
  }

  /** A generated view's {@code moveTo(int)}. */
  public interface Move<V> {
    /** Moves {@code view} to {@code index} of the buffer it is on. */
    V moveTo(V view, int index);
  }

  private final Window window;
  private final int size;
  private final Wrap<V> wrap;
  private final Move<V> move;
  private ByteBuffer buffer;
  private V view;
  private long offset = -1;

  /** Places views of {@code size} bytes in {@code window}. */
  public Placer(Window window, int size, Wrap<V> wrap, Move<V> move) {
    this.window = window;
    this.size = size;
    this.wrap = wrap;
    this.move = move;
  }

  /**
   * Returns the view placed at {@code offset} of the file, whose {@code size} bytes the caller has
   * checked lie in the file. The same object each time, until the window moves.
   */
  public V at(long offset) {
    int index = window.place(offset, size);
    if (view == null || buffer != window.buffer()) {
      buffer = window.buffer();
      view = wrap.wrap(buffer, index);
    } else {
      view = move.moveTo(view, index);
    }
    this.offset = offset;
    return view;
  }

  /** The file offset of the view as last placed; -1 before the first. */
  public long offset() {
    return offset;
  }
}
