package dev.structview.fuzz;

import static dev.structview.testing.Gen.weight;

import dev.structview.testing.Gen;
import dev.structview.testing.Gens;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Byte buffers, offsets and CPython's offset rule, shared by the struct fuzz properties. */
final class Buffers {
  /** The kinds of buffer a record is read from or written to. */
  enum Kind { HEAP, READ_ONLY, DIRECT }

  private Buffers() {}

  /** Offsets: mostly near the buffer, sometimes at the limits of int and long, sometimes anything. */
  static Gen<Long> offsets() {
    return Gen.frequency(
        weight(6, Gens.longs(-70, 70)),
        weight(2, Gen.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 7,
            (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, -(1L << 32), 1L << 32)),
        weight(1, Gens.longs()));
  }

  static Gen<byte[]> bytes(int maxLength) {
    return Gens.byteArrays(0, maxLength);
  }

  /**
   * A buffer whose position..limit holds {@code data}, inside a larger backing store whose other
   * bytes are {@code 0x5a}, so that reading or writing past the limit shows.
   */
  static ByteBuffer wrap(byte[] data, Kind kind) {
    int lead = 3;
    ByteBuffer backing = kind == Kind.DIRECT ? ByteBuffer.allocateDirect(data.length + 2 * lead)
        : ByteBuffer.wrap(new byte[data.length + 2 * lead]);
    for (int i = 0; i < backing.capacity(); i++) {
      backing.put(i, (byte) 0x5a);
    }
    backing.put(lead, data);
    backing.position(lead).limit(lead + data.length);
    return kind == Kind.READ_ONLY ? backing.asReadOnlyBuffer() : backing;
  }

  /** The bytes between a buffer's position and limit. */
  static byte[] content(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  /** The whole backing store, guards included. */
  static byte[] backing(ByteBuffer buffer) {
    ByteBuffer all = buffer.duplicate();
    all.clear();
    byte[] out = new byte[all.remaining()];
    all.get(out);
    return out;
  }

  /**
   * Where a record of {@code size} bytes at {@code offset} starts in a buffer of {@code length}
   * bytes by CPython's rule ({@code unpack_from}, {@code pack_into}), or -1 where CPython refuses:
   * a negative offset counts from the end and must leave the whole record before the end.
   */
  static long start(long offset, long length, long size) {
    BigInteger o = BigInteger.valueOf(offset);
    BigInteger n = BigInteger.valueOf(length);
    BigInteger s = BigInteger.valueOf(size);
    if (o.signum() < 0) {
      if (o.add(s).signum() > 0 || o.add(n).signum() < 0) {
        return -1;
      }
      o = o.add(n);
    }
    return o.add(s).compareTo(n) <= 0 ? o.longValueExact() : -1;
  }

  static byte[] slice(byte[] data, long start, long size) {
    return Arrays.copyOfRange(data, (int) start, (int) (start + size));
  }
}
