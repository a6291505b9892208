package dev.structview.bench.messages;

import dev.structview.bench.records.MessageView;
import java.nio.ByteBuffer;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;

/** Every W2 contender over the same messages: a heap {@code byte[]} and a direct buffer of the same size. */
public final class MessageContenders {
  private final byte[] heap;
  private final ByteBuffer direct;

  /** Places the contenders over {@code messages}, which they share. */
  public MessageContenders(byte[] messages) {
    this.heap = messages;
    this.direct = ByteBuffer.allocateDirect(messages.length).put(messages).clear();
  }

  /** The generated view over the heap array. */
  public GeneratedMessages viewHeap() {
    return new GeneratedMessages("viewHeap", MessageView.wrap(heap));
  }

  /** The generated view over the direct buffer. */
  public GeneratedMessages viewDirect() {
    return new GeneratedMessages("viewDirect", MessageView.wrap(direct, 0));
  }

  /** Byte-array view VarHandles over the heap array. */
  public VarHandleMessages varHandle() {
    return new VarHandleMessages(heap);
  }

  /** A little-endian duplicate of the direct buffer. */
  public ByteBufferMessages byteBufferDirect() {
    return new ByteBufferMessages("byteBufferDirect", direct);
  }

  /** SBE's flyweights over an Agrona buffer of the heap array. */
  public SbeMessages sbe() {
    return new SbeMessages(new UnsafeBuffer(heap));
  }

  /** Returns every contender, in the order the tables show them. */
  public List<MessageContender> all() {
    return List.of(viewHeap(), viewDirect(), varHandle(), byteBufferDirect(), sbe());
  }

  /** Returns a copy of the bytes {@code contender} reads and writes. */
  public byte[] memoryOf(MessageContender contender) {
    if (contender.name().endsWith("Direct")) {
      byte[] copy = new byte[direct.capacity()];
      direct.get(0, copy);
      return copy;
    }
    return heap.clone();
  }
}
