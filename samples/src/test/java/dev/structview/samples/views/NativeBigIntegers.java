package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;
import java.math.BigInteger;

/**
 * The 8-byte unsigned native codes ({@code Q N P L}) as {@code BigInteger}, their unsigned value,
 * each aligned after a byte; and a {@code BigInteger[]} of {@code 2Q}.
 */
@BufferFormat("@bQbNbPbL2Qb0q")
public interface NativeBigIntegers {
  byte t1();
  void t1(byte value);

  BigInteger u64();
  void u64(BigInteger value);

  byte t2();
  void t2(byte value);

  BigInteger size();
  void size(BigInteger value);

  byte t3();
  void t3(byte value);

  BigInteger ptr();
  void ptr(BigInteger value);

  byte t4();
  void t4(byte value);

  BigInteger ulng();
  void ulng(BigInteger value);

  BigInteger[] pair();
  void pair(BigInteger[] values);

  BigInteger pair(int index);
  void pair(int index, BigInteger value);

  byte t5();
  void t5(byte value);
}
