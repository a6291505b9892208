package dev.structview.bench.records;

import dev.structview.annotation.BufferFormat;

/**
 * The W2 record: a fixed 64-byte message of every integer width, {@code "<QQqqqqiIHHBBBx"}. Each
 * accessor takes the type a user would choose for the value: {@code long} for {@code Q} (its raw
 * bits) and {@code I}, {@code int} for {@code H} and {@code B}.
 */
@BufferFormat("<QQqqqqiIHHBBBx")
public interface Message {
  long u0();

  long u1();

  long s0();

  long s1();

  long s2();

  long s3();

  int i0();

  long u2();

  int h0();

  int h1();

  int b0();

  int b1();

  int b2();

  void u0(long value);

  void u1(long value);

  void s0(long value);

  void s1(long value);

  void s2(long value);

  void s3(long value);

  void i0(int value);

  void u2(long value);

  void h0(int value);

  void h1(int value);

  void b0(int value);

  void b1(int value);

  void b2(int value);
}
