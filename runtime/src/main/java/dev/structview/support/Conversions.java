package dev.structview.support;

import dev.structview.format.HalfFloat;
import dev.structview.internal.Require;
import dev.structview.memory.ByteStore;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;


/**
 * Conversions and range checks generated setters use, with the struct module's messages. Not API.
 */
public final class Conversions {
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);

  private Conversions() {}

  /**
   * Checks a value against a signed range of {@code bits} bits.
   *
   * @throws IllegalArgumentException {@code "'h' format requires -32768 <= number <= 32767, got 40000"}
   */
  public static long signed(long value, int bits, char code) {
    long min = -(1L << (bits - 1));
    long max = (1L << (bits - 1)) - 1;
    if (value < min || value > max) {
      throw new IllegalArgumentException("'" + code + "' format requires " + min + " <= number <= " + max
          + ", got " + value);
    }
    return value;
  }

  /**
   * Checks a value against an unsigned range of {@code bits} bits (less than 64).
   *
   * @throws IllegalArgumentException {@code "'B' format requires 0 <= number <= 255, got 300"}
   */
  public static long unsigned(long value, int bits, char code) {
    long max = (1L << bits) - 1;
    if (value < 0 || value > max) {
      throw new IllegalArgumentException("'" + code + "' format requires 0 <= number <= " + max + ", got " + value);
    }
    return value;
  }

  /**
   * Returns the 64 bits of an unsigned value.
   *
   * @throws IllegalArgumentException if the value is negative or at least 2^64, or null
   */
  public static long unsigned64(BigInteger value, char code) {
    if (value == null || value.signum() < 0 || value.compareTo(TWO_TO_64) >= 0) {
      throw new IllegalArgumentException("'" + code + "' format requires 0 <= number <= 18446744073709551615, got "
          + value);
    }
    return value.longValue();
  }

  /**
   * Returns the 64 bits of a pointer, which struct's {@code P} takes from -2^63 to 2^64-1 (a
   * negative one as two's complement).
   *
   * @throws IllegalArgumentException "int too large to convert, got ...", as struct words it, or if null
   */
  public static long pointer(BigInteger value) {
    if (value == null || value.compareTo(MIN_LONG) < 0 || value.compareTo(TWO_TO_64) >= 0) {
      throw new IllegalArgumentException("int too large to convert, got " + value);
    }
    return value.longValue();
  }

  /** Returns the unsigned value of 64 bits. */
  public static BigInteger unsigned64(long bits) {
    BigInteger v = BigInteger.valueOf(bits);
    return bits >= 0 ? v : v.add(TWO_TO_64);
  }

  /** Narrows a double to float bits; under a standard prefix a finite value that overflows is refused. */
  public static float narrow(double value, boolean checkOverflow) {
    float f = (float) value;
    if (checkOverflow && Float.isInfinite(f) && !Double.isInfinite(value)) {
      throw new IllegalArgumentException("float too large to pack with f format: " + value);
    }
    return f;
  }

  /** Converts to binary16 bits, refusing values too large as struct does. */
  public static short half(double value) {
    return HalfFloat.fromDouble(value);
  }

  /**
   * The error for an array of the wrong length (or {@code null}, length -1) written to a repeated
   * field.
   */
  public static IllegalArgumentException lengthError(String field, int actual, int expected) {
    return new IllegalArgumentException(field + " holds " + expected + " values, got "
        + (actual < 0 ? "null" : "an array of " + actual));
  }

  /**
   * Reads a fixed-width string field: the bytes up to the first NUL (or all of them), decoded.
   *
   * @throws IllegalArgumentException if {@code store} or {@code charset} is null
   */
  public static String readString(ByteStore store, long index, int count, Charset charset) {
    Require.nonNull(store, "store");
    Require.nonNull(charset, "charset");
    byte[] bytes = new byte[count];
    store.copyTo(index, bytes, 0, count);
    int end = 0;
    while (end < count && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, 0, end, charset);
  }

  /**
   * Writes a fixed-width string field: encoded, truncated to {@code count} bytes, NUL-padded.
   *
   * @param what the field's name, for the message when {@code value} cannot be encoded
   * @throws IllegalArgumentException if {@code store}, {@code charset} or {@code value} is null, or
   *     {@code value} cannot be encoded
   */
  public static void writeString(ByteStore store, long index, int count, Charset charset, String value, String what) {
    Require.nonNull(store, "store");
    writeBytes(store, index, count, encode(value, charset, what));
  }

  /**
   * Writes a fixed-width bytes field as struct's {@code s}: truncated or zero-padded.
   *
   * @throws IllegalArgumentException if {@code store} or {@code value} is null
   */
  public static void writeBytes(ByteStore store, long index, int count, byte[] value) {
    Require.nonNull(store, "store");
    requireBytes(value, "bytes");
    int n = Math.min(value.length, count);
    store.copyFrom(value, 0, index, n);
    store.clear(index + n, count - n);
  }

  /**
   * Reads a Pascal string field's bytes: its length byte, clamped to {@code count - 1}.
   *
   * @throws IllegalArgumentException if {@code store} is null
   */
  public static byte[] readPascal(ByteStore store, long index, int count) {
    Require.nonNull(store, "store");
    if (count == 0) {
      return new byte[0];
    }
    int n = Math.min(store.getByte(index) & 0xff, count - 1);
    byte[] bytes = new byte[n];
    store.copyTo(index + 1, bytes, 0, n);
    return bytes;
  }

  /**
   * Writes a Pascal string field as struct's {@code p}: length byte min(n, 255), bytes, zero padding.
   *
   * @throws IllegalArgumentException if {@code store} or {@code value} is null
   */
  public static void writePascal(ByteStore store, long index, int count, byte[] value) {
    Require.nonNull(store, "store");
    requireBytes(value, "bytes");
    if (count == 0) {
      return;
    }
    int n = Math.min(value.length, count - 1);
    store.putByte(index, (byte) Math.min(n, 255));
    store.copyFrom(value, 0, index + 1, n);
    store.clear(index + 1 + n, count - 1 - n);
  }

  /**
   * Encodes a string, refusing {@code null} and characters the charset cannot encode (where
   * {@link String#getBytes(Charset)} would write {@code ?} in their place, silently).
   *
   * @throws IllegalArgumentException "name: cannot encode 'Ω' (U+03A9) at index 2 in ISO-8859-1"
   */
  public static byte[] encode(String value, Charset charset, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    Require.nonNull(charset, "charset");
    CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.wrap(value);
    try {
      ByteBuffer bytes = encoder.encode(chars);
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      int at = chars.position();
      int c = value.codePointAt(at);
      throw new IllegalArgumentException(what + ": cannot encode '" + new String(Character.toChars(c)) + "' (U+"
          + String.format("%04X", c) + ") at index " + at + " in " + charset.name(), e);
    }
  }

  /** Refuses {@code null} bytes for a string field. */
  public static byte[] requireBytes(byte[] value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  /**
   * Reads {@code count} bytes.
   *
   * @throws IllegalArgumentException if {@code store} is null
   */
  public static byte[] readBytes(ByteStore store, long index, int count) {
    Require.nonNull(store, "store");
    byte[] bytes = new byte[count];
    store.copyTo(index, bytes, 0, count);
    return bytes;
  }
}
