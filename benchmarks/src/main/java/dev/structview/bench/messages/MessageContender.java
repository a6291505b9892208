package dev.structview.bench.messages;

/** One way to encode and decode the 64-byte {@code "<QQqqqqiIHHBBBx"} messages of W2; message {@code i} sits at byte {@code 64 * i}. */
public interface MessageContender {
  /** Returns the contender's name, as the benchmarks and the agreement test show it. */
  String name();

  /** Writes every field of the first {@code count} messages with {@code MessageData}'s values. */
  void encodeAll(int count);

  /** Returns the sum of every field of the first {@code count} messages. */
  long decodeAll(int count);
}
