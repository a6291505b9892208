package dev.structview.bench.messages;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.records.MessageView;

/** The generated view of {@code Message}, moved from message to message. */
public final class GeneratedMessages implements MessageContender {
  private final String name;
  private final MessageView view;

  GeneratedMessages(String name, MessageView view) {
    this.name = name;
    this.view = view;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void encodeAll(int count) {
    MessageView m = view;
    for (int i = 0; i < count; i++) {
      long seed = MessageData.seed(i);
      m.moveTo(i * MessageView.SIZE);
      m.u0(MessageData.u0(seed));
      m.u1(MessageData.u1(seed));
      m.s0(MessageData.s(seed, 0));
      m.s1(MessageData.s(seed, 1));
      m.s2(MessageData.s(seed, 2));
      m.s3(MessageData.s(seed, 3));
      m.i0(MessageData.i0(seed));
      m.u2(MessageData.u2(seed));
      m.h0(MessageData.h0(seed));
      m.h1(MessageData.h1(seed));
      m.b0(MessageData.b0(seed));
      m.b1(MessageData.b1(seed));
      m.b2(MessageData.b2(seed));
    }
  }

  @Override
  public long decodeAll(int count) {
    MessageView m = view;
    long sum = 0;
    for (int offset = 0, end = count * MessageView.SIZE; offset < end; offset += MessageView.SIZE) {
      m.moveTo(offset);
      sum += m.u0() + m.u1() + m.s0() + m.s1() + m.s2() + m.s3() + m.i0() + m.u2() + m.h0() + m.h1() + m.b0()
          + m.b1() + m.b2();
    }
    return sum;
  }
}
