package dev.structview.bench;

import dev.structview.bench.data.MessageData;
import dev.structview.bench.messages.ByteBufferMessages;
import dev.structview.bench.messages.GeneratedMessages;
import dev.structview.bench.messages.MessageContenders;
import dev.structview.bench.messages.SbeMessages;
import dev.structview.bench.messages.VarHandleMessages;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** W2 message: encode, then decode, every 64-byte {@code "<QQqqqqiIHHBBBx"} message. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH})
public class W2Message {
  /** 2^14 messages: 1 MiB, the size of one core's L2. */
  @Param({"16384"})
  public int messages;

  private GeneratedMessages viewHeap;
  private GeneratedMessages viewDirect;
  private VarHandleMessages varHandle;
  private ByteBufferMessages byteBufferDirect;
  private SbeMessages sbe;

  /** Makes the messages and every contender over them. */
  @Setup
  public void setUp() {
    MessageContenders c = new MessageContenders(MessageData.generate(messages));
    viewHeap = c.viewHeap();
    viewDirect = c.viewDirect();
    varHandle = c.varHandle();
    byteBufferDirect = c.byteBufferDirect();
    sbe = c.sbe();
  }

  @Benchmark
  public void encodeViewHeap() {
    viewHeap.encodeAll(messages);
  }

  @Benchmark
  public void encodeViewDirect() {
    viewDirect.encodeAll(messages);
  }

  @Benchmark
  public void encodeVarHandle() {
    varHandle.encodeAll(messages);
  }

  @Benchmark
  public void encodeByteBufferDirect() {
    byteBufferDirect.encodeAll(messages);
  }

  @Benchmark
  public void encodeSbe() {
    sbe.encodeAll(messages);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH, Jvm.NO_BOUNDS_CHECKS})
  public void encodeSbeUnchecked() {
    sbe.encodeAll(messages);
  }

  @Benchmark
  public long decodeViewHeap() {
    return viewHeap.decodeAll(messages);
  }

  @Benchmark
  public long decodeViewDirect() {
    return viewDirect.decodeAll(messages);
  }

  @Benchmark
  public long decodeVarHandle() {
    return varHandle.decodeAll(messages);
  }

  @Benchmark
  public long decodeByteBufferDirect() {
    return byteBufferDirect.decodeAll(messages);
  }

  @Benchmark
  public long decodeSbe() {
    return sbe.decodeAll(messages);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {Jvm.AGRONA, Jvm.HEAP_MIN, Jvm.HEAP_MAX, Jvm.PRE_TOUCH, Jvm.NO_BOUNDS_CHECKS})
  public long decodeSbeUnchecked() {
    return sbe.decodeAll(messages);
  }
}
