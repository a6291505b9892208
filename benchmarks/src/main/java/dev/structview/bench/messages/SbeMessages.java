package dev.structview.bench.messages;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.sbe.MessageDecoder;
import dev.structview.bench.sbe.MessageEncoder;
import org.agrona.concurrent.UnsafeBuffer;

/** SBE's generated flyweights over Agrona's {@link UnsafeBuffer}; bounds checks as {@code SbeTicks} explains. */
public final class SbeMessages implements MessageContender {
  private static final int SIZE = MessageDecoder.BLOCK_LENGTH;

  private final UnsafeBuffer buffer;
  private final MessageDecoder decoder = new MessageDecoder();
  private final MessageEncoder encoder = new MessageEncoder();

  SbeMessages(UnsafeBuffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public String name() {
    return "sbe";
  }

  @Override
  public void encodeAll(int count) {
    MessageEncoder e = encoder;
    for (int i = 0; i < count; i++) {
      long seed = MessageData.seed(i);
      e.wrap(buffer, i * SIZE)
          .u0(MessageData.u0(seed))
          .u1(MessageData.u1(seed))
          .s0(MessageData.s(seed, 0))
          .s1(MessageData.s(seed, 1))
          .s2(MessageData.s(seed, 2))
          .s3(MessageData.s(seed, 3))
          .i0(MessageData.i0(seed))
          .u2(MessageData.u2(seed))
          .h0(MessageData.h0(seed))
          .h1(MessageData.h1(seed))
          .b0((short) MessageData.b0(seed))
          .b1((short) MessageData.b1(seed))
          .b2((short) MessageData.b2(seed));
    }
  }

  @Override
  public long decodeAll(int count) {
    MessageDecoder d = decoder;
    long sum = 0;
    for (int o = 0, end = count * SIZE; o < end; o += SIZE) {
      d.wrap(buffer, o, SIZE, MessageDecoder.SCHEMA_VERSION);
      sum += d.u0() + d.u1() + d.s0() + d.s1() + d.s2() + d.s3() + d.i0() + d.u2() + d.h0() + d.h1() + d.b0()
          + d.b1() + d.b2();
    }
    return sum;
  }
}
