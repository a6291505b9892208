package dev.structview.samples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A line of ASCII text built in a byte array and handed to a {@link PrintStream} in large writes:
 * what {@code dump} prints (numbers, Python reprs, which escape every byte outside printable ASCII)
 * is ASCII, so it needs no encoder and no {@code String} per value.
 */
final class AsciiLine {
  /** 10^0 to 10^18: a long below 2^63 has at most 19 digits. */
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }
  private static final long MIN_LONG_MAGNITUDE_TOP = 922337203685477580L; // Long.MIN_VALUE / -10

  private byte[] bytes;
  private int length;

  AsciiLine(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** The number of bytes gathered. */
  int length() {
    return length;
  }

  /** Drops what was gathered. */
  AsciiLine clear() {
    length = 0;
    return this;
  }

  /** Appends one ASCII character. */
  AsciiLine append(char c) {
    ensure(1);
    bytes[length++] = (byte) c;
    return this;
  }

  /** Appends text that is ASCII (checked by the callers' contract: reprs and numbers). */
  AsciiLine append(CharSequence text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      bytes[length++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Appends {@code count} spaces. */
  AsciiLine spaces(int count) {
    if (count > 0) {
      ensure(count);
      Arrays.fill(bytes, length, length + count, (byte) ' ');
      length += count;
    }
    return this;
  }

  /** Appends another line's bytes. */
  AsciiLine append(AsciiLine other) {
    ensure(other.length);
    System.arraycopy(other.bytes, 0, bytes, length, other.length);
    length += other.length;
    return this;
  }

  /** Appends a number in decimal, as {@link Long#toString(long)} writes it. */
  AsciiLine decimal(long value) {
    if (value < 0) {
      append('-');
      // -Long.MIN_VALUE overflows: write its digits but the last, then the last.
      return value == Long.MIN_VALUE ? decimal(MIN_LONG_MAGNITUDE_TOP).append('8') : unsigned(-value);
    }
    return unsigned(value);
  }

  /** Appends the unsigned 64-bit number in {@code value}, as {@link Long#toUnsignedString(long)} writes it. */
  AsciiLine unsigned(long value) {
    if (value < 0) { // 2^63 or more: all digits but the last are those of value / 10, which is below 2^63
      long quotient = Long.divideUnsigned(value, 10);
      return unsigned(quotient).append((char) ('0' + (value - quotient * 10)));
    }
    int digits = 1;
    while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
      digits++;
    }
    ensure(digits);
    int at = length + digits;
    // Division by a constant compiles to a multiplication; an int one is cheaper than a long one,
    // and most values fit an int. This is most of what dump does for a table of integers.
    if (value <= Integer.MAX_VALUE) {
      int rest = (int) value;
      do {
        int quotient = rest / 10;
        bytes[--at] = (byte) ('0' + rest - quotient * 10);
        rest = quotient;
      } while (rest != 0);
    } else {
      long rest = value;
      do {
        long quotient = rest / 10;
        bytes[--at] = (byte) ('0' + rest - quotient * 10);
        rest = quotient;
      } while (rest != 0);
    }
    length += digits;
    return this;
  }

  /** The bytes gathered, as text. */
  String text() {
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** Writes the line to {@code out} and clears it. */
  void writeTo(PrintStream out) {
    out.write(bytes, 0, length);
    length = 0;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
