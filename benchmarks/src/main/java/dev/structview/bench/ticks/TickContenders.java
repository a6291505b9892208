package dev.structview.bench.ticks;

import dev.structview.bench.records.TickView;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Every tick contender over the same records: one heap {@code byte[]} shared by the contenders that
 * read arrays, a direct copy shared by those that read off-heap memory, and Netty's own heap
 * buffer (a copy, in the kind of buffer its allocator hands out). Closing it releases the exports
 * its contenders hold (the memoryview's), after which they must not be used: as the library asks of
 * any code, so that its leak detection has nothing to report.
 */
public final class TickContenders implements AutoCloseable {
  private final byte[] heap;
  private final ByteBuffer direct;
  private final ByteBuf nettyHeap;
  /** The views and arrays made for the contenders that hold exports, to release in this order. */
  private final List<AutoCloseable> exports = new ArrayList<>();

  /** Places the contenders over {@code records}, which they share (and W1w overwrites). */
  public TickContenders(byte[] records) {
    this.heap = records;
    this.direct = ByteBuffer.allocateDirect(records.length).put(records).clear();
    // Netty's default unpooled allocator: an Unsafe-backed heap buffer where Netty can use Unsafe.
    this.nettyHeap = UnpooledByteBufAllocator.DEFAULT.heapBuffer(records.length, records.length).writeBytes(records);
  }

  /** The generated view over the heap array. */
  public GeneratedTicks viewHeap() {
    return new GeneratedTicks("viewHeap", TickView.wrap(heap));
  }

  /** The generated view over the direct buffer. */
  public GeneratedTicks viewDirect() {
    return new GeneratedTicks("viewDirect", TickView.wrap(direct, 0));
  }

  /** The generated view's record array over the heap array. */
  public RecordArrayTicks recordArray() {
    return new RecordArrayTicks(TickView.array(heap));
  }

  /** Every iteration form of the generated view's record array over the heap array (W1i, W1iw). */
  public RecordArrayLoops recordArrayLoops() {
    return new RecordArrayLoops(TickView.array(heap));
  }

  /** Every iteration form of the generated view's record array over the direct buffer (W8). */
  public RecordArrayLoops recordArrayLoopsDirect() {
    return new RecordArrayLoops(TickView.array(direct));
  }

  /** W8's scans of the direct buffer in code apart from every heap scan's. */
  public DirectScans directScans() {
    return new DirectScans(TickView.array(direct), TickView.wrap(direct, 0));
  }

  /** A little-endian heap {@link ByteBuffer} over the heap array. */
  public ByteBufferTicks byteBufferHeap() {
    return new ByteBufferTicks("byteBufferHeap", ByteBuffer.wrap(heap));
  }

  /** A little-endian duplicate of the direct buffer. */
  public ByteBufferTicks byteBufferDirect() {
    return new ByteBufferTicks("byteBufferDirect", direct);
  }

  /** Byte-array view VarHandles over the heap array. */
  public VarHandleTicks varHandle() {
    return new VarHandleTicks(heap);
  }

  /** {@code Struct.unpackFrom} and {@code packInto} over the heap array. */
  public StructTicks struct() {
    return new StructTicks(heap);
  }

  /** A {@code "<IhB"} memoryview of the heap array. */
  public MemoryViewTicks memoryView() {
    RecordArray<TickView> array = TickView.array(heap);
    MemoryView view = MemoryView.of(array);
    exports.add(view);
    exports.add(array);
    return new MemoryViewTicks(view);
  }

  /** Netty's heap buffer (its own copy of the records). */
  public NettyTicks nettyHeap() {
    return new NettyTicks("nettyHeap", nettyHeap);
  }

  /** Netty wrapping the direct buffer (big-endian duplicate: Netty's LE getters do the swapping). */
  public NettyTicks nettyDirect() {
    return new NettyTicks("nettyDirect", Unpooled.wrappedBuffer(direct.duplicate()));
  }

  /** SBE's flyweights over an Agrona buffer of the heap array. */
  public SbeTicks sbe() {
    return new SbeTicks(new UnsafeBuffer(heap));
  }

  /** FFM's {@code MemorySegment} over the heap array (Java 22+, see {@link FfmTicks}). */
  public FfmTicks ffmHeap() {
    return new FfmTicks("ffmHeap", heap, null);
  }

  /** FFM's {@code MemorySegment} over the direct buffer (Java 22+, see {@link FfmTicks}). */
  public FfmTicks ffmDirect() {
    return new FfmTicks("ffmDirect", null, direct);
  }

  /** Returns every contender this JVM can run, in the order the tables show them. */
  public List<TickContender> all() {
    List<TickContender> all = new ArrayList<>(List.of(viewHeap(), viewDirect(), recordArray(), byteBufferHeap(),
        byteBufferDirect(), varHandle(), nettyHeap(), nettyDirect(), sbe(), struct(), memoryView()));
    if (FfmTicks.available()) {
      all.add(ffmHeap());
      all.add(ffmDirect());
    }
    return all;
  }

  /** Returns a copy of the bytes {@code contender} reads and writes. */
  public byte[] memoryOf(TickContender contender) {
    String name = contender.name();
    if (name.equals("nettyHeap")) {
      byte[] copy = new byte[nettyHeap.capacity()];
      nettyHeap.getBytes(0, copy);
      return copy;
    }
    if (name.endsWith("Direct")) {
      byte[] copy = new byte[direct.capacity()];
      direct.get(0, copy);
      return copy;
    }
    return heap.clone();
  }

  /** Releases every export a contender made by this object holds, each once. */
  @Override
  public void close() {
    for (AutoCloseable export : exports) {
      try {
        export.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot release " + export, e);
      }
    }
    exports.clear();
  }
}
