package dev.structview.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-order access to {@code byte[]} for the runtime and for generated views. Not API: its
 * signatures may change between releases.
 *
 * <p>Every method reads or writes at an index the caller has already range-checked once for the
 * whole record; the {@link VarHandle}s are static finals so that the JIT folds them into plain
 * loads and stores. A null array is refused with an {@link IllegalArgumentException} rather than
 * the access's own NullPointerException: one compare, which the JIT may merge with the null check
 * the access needs anyway (not measured with the benchmarks).
 */
public final class ByteAccess {
  private static final VarHandle SHORT_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = view(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = view(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = view(long[].class, ByteOrder.BIG_ENDIAN);

  private ByteAccess() {}

  private static VarHandle view(Class<?> arrayType, ByteOrder order) {
    return MethodHandles.byteArrayViewVarHandle(arrayType, order);
  }

  /**
   * Reads a 16-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static short getShort(byte[] a, int i, boolean bigEndian) {
    Require.nonNull(a, "a");
    return bigEndian ? (short) SHORT_BE.get(a, i) : (short) SHORT_LE.get(a, i);
  }

  /**
   * Reads a 32-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static int getInt(byte[] a, int i, boolean bigEndian) {
    Require.nonNull(a, "a");
    return bigEndian ? (int) INT_BE.get(a, i) : (int) INT_LE.get(a, i);
  }

  /**
   * Reads a 64-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static long getLong(byte[] a, int i, boolean bigEndian) {
    Require.nonNull(a, "a");
    return bigEndian ? (long) LONG_BE.get(a, i) : (long) LONG_LE.get(a, i);
  }

  /**
   * Writes a 16-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static void putShort(byte[] a, int i, boolean bigEndian, short v) {
    Require.nonNull(a, "a");
    if (bigEndian) {
      SHORT_BE.set(a, i, v);
    } else {
      SHORT_LE.set(a, i, v);
    }
  }

  /**
   * Writes a 32-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static void putInt(byte[] a, int i, boolean bigEndian, int v) {
    Require.nonNull(a, "a");
    if (bigEndian) {
      INT_BE.set(a, i, v);
    } else {
      INT_LE.set(a, i, v);
    }
  }

  /**
   * Writes a 64-bit value.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static void putLong(byte[] a, int i, boolean bigEndian, long v) {
    Require.nonNull(a, "a");
    if (bigEndian) {
      LONG_BE.set(a, i, v);
    } else {
      LONG_LE.set(a, i, v);
    }
  }

  /**
   * Reads a {@code size}-byte (1, 2, 4 or 8) two's-complement integer, sign-extended.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static long getSigned(byte[] a, int i, int size, boolean bigEndian) {
    Require.nonNull(a, "a");
    switch (size) {
      case 1: return a[i];
      case 2: return getShort(a, i, bigEndian);
      case 4: return getInt(a, i, bigEndian);
      default: return getLong(a, i, bigEndian);
    }
  }

  /**
   * Reads a {@code size}-byte (1, 2, 4 or 8) integer, zero-extended (8 bytes: the raw bits).
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static long getUnsigned(byte[] a, int i, int size, boolean bigEndian) {
    Require.nonNull(a, "a");
    switch (size) {
      case 1: return a[i] & 0xffL;
      case 2: return getShort(a, i, bigEndian) & 0xffffL;
      case 4: return getInt(a, i, bigEndian) & 0xffff_ffffL;
      default: return getLong(a, i, bigEndian);
    }
  }

  /**
   * Writes the low {@code size} bytes (1, 2, 4 or 8) of {@code bits}.
   *
   * @throws IllegalArgumentException if {@code a} is null
   */
  public static void putBits(byte[] a, int i, int size, boolean bigEndian, long bits) {
    Require.nonNull(a, "a");
    switch (size) {
      case 1:
        a[i] = (byte) bits;
        break;
      case 2:
        putShort(a, i, bigEndian, (short) bits);
        break;
      case 4:
        putInt(a, i, bigEndian, (int) bits);
        break;
      default:
        putLong(a, i, bigEndian, bits);
        break;
    }
  }
}
