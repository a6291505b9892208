package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;
import java.math.BigInteger;

/**
 * {@code Q} as {@code BigInteger} under every standard byte order, changing order midway as
 * PEP 3118 allows; and a big-endian {@code BigInteger[]}.
 */
@BufferFormat("<Q>Q!Q=Q>2Q")
public interface StandardBigIntegers {
  BigInteger little();
  void little(BigInteger value);

  BigInteger big();
  void big(BigInteger value);

  BigInteger network();
  void network(BigInteger value);

  BigInteger nativeOrder();
  void nativeOrder(BigInteger value);

  BigInteger[] pair();
  void pair(BigInteger[] values);
}
