package dev.structview.format;

import dev.structview.internal.Require;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The one table of struct format codes: size, alignment, signedness and Java carrier of each.
 *
 * <p>Standard sizes apply under {@code = < > !}; native sizes and alignments (x86-64 LP64, as
 * CPython's {@code native_table}) apply under {@code @} or no prefix. Codes marked native-only do
 * not exist under a standard prefix ({@code "<n"} is "bad char in struct format").
 *
 * <table class="striped">
 *   <caption>Codes and their Java values</caption>
 *   <thead><tr><th>code</th><th>C type</th><th>standard size</th><th>native size / align</th>
 *     <th>{@link Struct#unpack unpack} gives</th><th>{@link Struct#pack pack} accepts</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code x}</td><td>pad byte</td><td>1</td><td>1 / 1</td><td>no value</td><td>no value (writes 0)</td></tr>
 *     <tr><td>{@code c}</td><td>char</td><td>1</td><td>1 / 1</td><td>{@code byte[]} of length 1</td><td>{@code byte[]} of length 1</td></tr>
 *     <tr><td>{@code b}</td><td>signed char</td><td>1</td><td>1 / 1</td><td>{@code Byte}</td><td>integer in [-128, 127]</td></tr>
 *     <tr><td>{@code B}</td><td>unsigned char</td><td>1</td><td>1 / 1</td><td>{@code Integer}</td><td>integer in [0, 255]</td></tr>
 *     <tr><td>{@code ?}</td><td>_Bool</td><td>1</td><td>1 / 1</td><td>{@code Boolean} (any non-zero byte is true)</td><td>anything, by truthiness</td></tr>
 *     <tr><td>{@code h}</td><td>short</td><td>2</td><td>2 / 2</td><td>{@code Short}</td><td>integer in [-2<sup>15</sup>, 2<sup>15</sup>-1]</td></tr>
 *     <tr><td>{@code H}</td><td>unsigned short</td><td>2</td><td>2 / 2</td><td>{@code Integer}</td><td>integer in [0, 2<sup>16</sup>-1]</td></tr>
 *     <tr><td>{@code i}</td><td>int</td><td>4</td><td>4 / 4</td><td>{@code Integer}</td><td>integer in [-2<sup>31</sup>, 2<sup>31</sup>-1]</td></tr>
 *     <tr><td>{@code I}</td><td>unsigned int</td><td>4</td><td>4 / 4</td><td>{@code Long}</td><td>integer in [0, 2<sup>32</sup>-1]</td></tr>
 *     <tr><td>{@code l}</td><td>long</td><td>4</td><td>8 / 8</td><td>{@code Integer} (standard), {@code Long} (native)</td><td>integer in the size's signed range</td></tr>
 *     <tr><td>{@code L}</td><td>unsigned long</td><td>4</td><td>8 / 8</td><td>{@code Long} (standard), {@code BigInteger} (native)</td><td>integer in the size's unsigned range</td></tr>
 *     <tr><td>{@code q}</td><td>long long</td><td>8</td><td>8 / 8</td><td>{@code Long}</td><td>integer in [-2<sup>63</sup>, 2<sup>63</sup>-1]</td></tr>
 *     <tr><td>{@code Q}</td><td>unsigned long long</td><td>8</td><td>8 / 8</td><td>{@code BigInteger}</td><td>integer in [0, 2<sup>64</sup>-1]</td></tr>
 *     <tr><td>{@code n}</td><td>ssize_t</td><td>native only</td><td>8 / 8</td><td>{@code Long}</td><td>integer in [-2<sup>63</sup>, 2<sup>63</sup>-1]</td></tr>
 *     <tr><td>{@code N}</td><td>size_t</td><td>native only</td><td>8 / 8</td><td>{@code BigInteger}</td><td>integer in [0, 2<sup>64</sup>-1]</td></tr>
 *     <tr><td>{@code e}</td><td>binary16</td><td>2</td><td>2 / 2</td><td>{@code Float} (exact)</td><td>any {@code Number}, rounded to nearest even</td></tr>
 *     <tr><td>{@code f}</td><td>float</td><td>4</td><td>4 / 4</td><td>{@code Float} (bit for bit)</td><td>any {@code Number}</td></tr>
 *     <tr><td>{@code d}</td><td>double</td><td>8</td><td>8 / 8</td><td>{@code Double} (bit for bit)</td><td>any {@code Number}</td></tr>
 *     <tr><td>{@code s}</td><td>char[]</td><td>count</td><td>count / 1</td><td>{@code byte[]} of exactly count bytes</td><td>{@code byte[]}, truncated or zero-padded</td></tr>
 *     <tr><td>{@code p}</td><td>Pascal string</td><td>count</td><td>count / 1</td><td>{@code byte[]} of at most min(count-1, 255) bytes</td><td>{@code byte[]}</td></tr>
 *     <tr><td>{@code P}</td><td>void *</td><td>native only</td><td>8 / 8</td><td>{@code BigInteger} (unsigned)</td><td>integer in [-2<sup>63</sup>, 2<sup>64</sup>-1]</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The rule behind the carriers: a signed code unpacks to the Java type of its width; an unsigned
 * code widens to the next type ({@code Integer} for 1 and 2 bytes, {@code Long} for 4), and 8-byte
 * unsigned codes unpack to {@code BigInteger} so values at or above 2<sup>63</sup> keep their
 * mathematical value. Every value round-trips: {@code pack(unpack(b))} gives {@code b} back, except
 * that {@code ?} normalises any non-zero byte to {@code 01}, {@code p} normalises its length byte,
 * and a half-float NaN packs as {@code 7e00} with its sign (CPython does the same).
 *
 * <p>"Integer" in the last column means an integral {@code Number} ({@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code BigInteger}, {@code AtomicInteger}, {@code AtomicLong},
 * {@code LongAdder}, {@code LongAccumulator}) or a {@code Boolean} (as 0 or 1), checked by its
 * mathematical value: {@code -1L} is out of range for {@code Q}. Floating-point values are not
 * integers ("required argument is not an integer"). For {@code e f d}: a {@code Float} packs into
 * {@code f} bit for bit; other values are converted to {@code double} first (as Python's
 * {@code float()}), then rounded as C's {@code (float)} cast or, for {@code e}, correctly rounded
 * straight from the double. Under a standard prefix, {@code f} and {@code e} reject finite values
 * that round to infinity; native {@code @f} stores infinity, as CPython does. Truthiness for
 * {@code ?}: {@code null}, {@code false}, numeric zero (not NaN), and empty arrays, strings,
 * collections, maps and {@code Optional}s are false; everything else is true.
 */
public enum FormatCode {
  /** {@code x}: one pad byte. */
  PAD('x', Kind.PAD, 1, 1, 1),
  /** {@code c}: a single byte as a {@code byte[1]}. */
  CHAR('c', Kind.CHAR, 1, 1, 1),
  /** {@code b}: signed 8-bit integer. */
  BYTE('b', Kind.SIGNED, 1, 1, 1),
  /** {@code B}: unsigned 8-bit integer. */
  UNSIGNED_BYTE('B', Kind.UNSIGNED, 1, 1, 1),
  /** {@code ?}: C99 {@code _Bool}. */
  BOOL('?', Kind.BOOL, 1, 1, 1),
  /** {@code h}: signed 16-bit integer. */
  SHORT('h', Kind.SIGNED, 2, 2, 2),
  /** {@code H}: unsigned 16-bit integer. */
  UNSIGNED_SHORT('H', Kind.UNSIGNED, 2, 2, 2),
  /** {@code i}: signed 32-bit integer. */
  INT('i', Kind.SIGNED, 4, 4, 4),
  /** {@code I}: unsigned 32-bit integer. */
  UNSIGNED_INT('I', Kind.UNSIGNED, 4, 4, 4),
  /** {@code l}: C {@code long}: 4 bytes standard, 8 native. */
  LONG('l', Kind.SIGNED, 4, 8, 8),
  /** {@code L}: C {@code unsigned long}: 4 bytes standard, 8 native. */
  UNSIGNED_LONG('L', Kind.UNSIGNED, 4, 8, 8),
  /** {@code q}: signed 64-bit integer. */
  LONG_LONG('q', Kind.SIGNED, 8, 8, 8),
  /** {@code Q}: unsigned 64-bit integer. */
  UNSIGNED_LONG_LONG('Q', Kind.UNSIGNED, 8, 8, 8),
  /** {@code n}: {@code ssize_t}, native only. */
  SSIZE_T('n', Kind.SIGNED, 0, 8, 8),
  /** {@code N}: {@code size_t}, native only. */
  SIZE_T('N', Kind.UNSIGNED, 0, 8, 8),
  /** {@code e}: IEEE 754 binary16. */
  HALF_FLOAT('e', Kind.FLOAT, 2, 2, 2),
  /** {@code f}: IEEE 754 binary32. */
  FLOAT('f', Kind.FLOAT, 4, 4, 4),
  /** {@code d}: IEEE 754 binary64. */
  DOUBLE('d', Kind.FLOAT, 8, 8, 8),
  /** {@code s}: a byte string whose length is the count. */
  STRING('s', Kind.STRING, 1, 1, 1),
  /** {@code p}: a Pascal string: a length byte, then the bytes, in count bytes. */
  PASCAL_STRING('p', Kind.PASCAL, 1, 1, 1),
  /** {@code P}: {@code void *}, native only, unpacked unsigned. */
  POINTER('P', Kind.POINTER, 0, 8, 8);

  /** What a code stores, which decides how it packs and unpacks. */
  public enum Kind {
    /** Pad bytes: no value. */
    PAD,
    /** One byte as {@code byte[1]}. */
    CHAR,
    /** A {@code _Bool}. */
    BOOL,
    /** A two's-complement integer. */
    SIGNED,
    /** An unsigned integer. */
    UNSIGNED,
    /** A pointer: unsigned on unpack, accepts [-2<sup>63</sup>, 2<sup>64</sup>-1] on pack. */
    POINTER,
    /** An IEEE 754 binary floating-point number. */
    FLOAT,
    /** A fixed-length byte string. */
    STRING,
    /** A length-prefixed byte string. */
    PASCAL
  }

  private static final FormatCode[] BY_CHAR = new FormatCode[128];

  static {
    for (FormatCode code : values()) {
      BY_CHAR[code.code] = code;
    }
  }

  private final char code;
  private final Kind kind;
  private final int standardSize;
  private final int nativeSize;
  private final int nativeAlignment;

  FormatCode(char code, Kind kind, int standardSize, int nativeSize, int nativeAlignment) {
    this.code = code;
    this.kind = kind;
    this.standardSize = standardSize;
    this.nativeSize = nativeSize;
    this.nativeAlignment = nativeAlignment;
  }

  /**
   * Looks a code up by its character.
   *
   * @param c a format character
   * @return the code, or empty when {@code c} is not a struct format code
   */
  public static Optional<FormatCode> forChar(char c) {
    return Optional.ofNullable(lookup(c));
  }

  /** Returns the code for {@code c}, or {@code null}: the allocation-free form of {@link #forChar}. */
  static FormatCode lookup(char c) {
    return c < BY_CHAR.length ? BY_CHAR[c] : null;
  }

  /** Returns the format character of this code. */
  public char code() {
    return code;
  }

  /** Returns what this code stores. */
  public Kind kind() {
    return kind;
  }

  /** Returns whether this code exists only under native mode ({@code n N P}). */
  public boolean nativeOnly() {
    return standardSize == 0;
  }

  /**
   * Returns whether this code is available under {@code mode}.
   *
   * @throws IllegalArgumentException if {@code mode} is null
   */
  public boolean availableIn(ByteOrderMode mode) {
    Require.nonNull(mode, "mode");
    return mode.nativeSizes() || !nativeOnly();
  }

  /**
   * Returns the size in bytes of one element under {@code mode} (1 for {@code s}, {@code p} and
   * {@code x}, whose count is a length).
   *
   * @throws IllegalArgumentException if this code is native-only and {@code mode} is standard, or
   *     {@code mode} is null
   */
  public int size(ByteOrderMode mode) {
    Require.nonNull(mode, "mode");
    if (!availableIn(mode)) {
      throw new IllegalArgumentException(
          "code '" + code + "' is native-only and has no size under '" + mode.prefix() + "'");
    }
    return mode.nativeSizes() ? nativeSize : standardSize;
  }

  /**
   * Returns the alignment in bytes under {@code mode}: 1 unless the mode aligns ({@code @}).
   *
   * @throws IllegalArgumentException if {@code mode} is null
   */
  public int alignment(ByteOrderMode mode) {
    Require.nonNull(mode, "mode");
    return mode.aligned() ? nativeAlignment : 1;
  }

  /** Returns whether this code stores an integer ({@code b B h H i I l L q Q n N P}). */
  public boolean isInteger() {
    return kind == Kind.SIGNED || kind == Kind.UNSIGNED || kind == Kind.POINTER;
  }

  /** Returns whether this code stores a signed integer. */
  public boolean isSigned() {
    return kind == Kind.SIGNED;
  }

  /** Returns whether this code stores a floating-point number ({@code e f d}). */
  public boolean isFloatingPoint() {
    return kind == Kind.FLOAT;
  }

  /** Returns whether the count of this code is a byte length rather than a repeat count. */
  public boolean countIsLength() {
    return kind == Kind.STRING || kind == Kind.PASCAL;
  }

  /**
   * Returns the Java class {@link Struct#unpack} gives for this code under {@code mode}, or
   * {@code Void.class} for pad bytes. See the table in this class's description.
   *
   * @throws IllegalArgumentException if {@code mode} is null
   */
  public Class<?> carrier(ByteOrderMode mode) {
    Require.nonNull(mode, "mode");
    return switch (kind) { // exhaustive: a new kind is a compile error here, not a silent default
      case PAD -> Void.class;
      case CHAR, STRING, PASCAL -> byte[].class;
      case BOOL -> Boolean.class;
      case FLOAT -> this == DOUBLE ? Double.class : Float.class;
      case SIGNED -> signedCarrier(size(mode));
      case UNSIGNED, POINTER -> unsignedCarrier(size(mode));
    };
  }

  /**
   * Returns whether {@code memoryview} reads and writes an item of this one code in place: every
   * code but pads and strings (CPython's {@code get_native_fmtchar}).
   */
  public boolean isMemoryviewItem() {
    return switch (kind) {
      case PAD, STRING, PASCAL -> false;
      case CHAR, BOOL, SIGNED, UNSIGNED, POINTER, FLOAT -> true;
    };
  }

  /**
   * Returns whether this is a byte format of {@code memoryview.cast}: {@code b}, {@code B} or
   * {@code c} (CPython's {@code IS_BYTE_FORMAT}), the codes a cast may change the item size from or to.
   */
  public boolean isByteFormat() {
    return (kind == Kind.SIGNED || kind == Kind.UNSIGNED || kind == Kind.CHAR) && nativeSize == 1;
  }

  /**
   * Returns whether {@code charset} encodes an ASCII letter with a NUL byte among its bytes (UTF-16,
   * UTF-32): text in such a charset cannot be held by an {@link #STRING s} item read as text, which
   * ends at its first NUL. The one rule the processor's {@code [structview.charset.nul]} and the
   * Spark source's {@code charset} option apply.
   *
   * @throws IllegalArgumentException if {@code charset} is null
   */
  public static boolean encodesNul(Charset charset) {
    Require.nonNull(charset, "charset");
    if (!charset.canEncode()) {
      return false;
    }
    for (byte b : "A".getBytes(charset)) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the codes that are valid under {@code mode}, in table order, separated by spaces: for
   * messages that list them.
   */
  public static String listFor(ByteOrderMode mode) {
    Require.nonNull(mode, "mode");
    StringBuilder codes = new StringBuilder();
    for (FormatCode c : values()) {
      if (c.availableIn(mode)) {
        codes.append(codes.length() == 0 ? "" : " ").append(c.code);
      }
    }
    return codes.toString();
  }

  private static Class<?> signedCarrier(int size) {
    switch (size) {
      case 1: return Byte.class;
      case 2: return Short.class;
      case 4: return Integer.class;
      default: return Long.class;
    }
  }

  private static Class<?> unsignedCarrier(int size) {
    switch (size) {
      case 1:
      case 2:
        return Integer.class;
      case 4:
        return Long.class;
      default:
        return BigInteger.class;
    }
  }

  /** Returns the code character as a string. */
  @Override
  public String toString() {
    return String.valueOf(code);
  }
}
