package dev.structview.format;

import java.nio.ByteOrder;

/**
 * The byte order, size and alignment rules chosen by a format's first character (CPython's
 * {@code whichtable}).
 *
 * <table class="striped">
 *   <caption>Prefixes</caption>
 *   <thead><tr><th>prefix</th><th>mode</th><th>byte order</th><th>sizes</th><th>alignment</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code @} or none</td><td>{@link #NATIVE}</td><td>native</td><td>native</td><td>native</td></tr>
 *     <tr><td>{@code =}</td><td>{@link #STANDARD_NATIVE_ORDER}</td><td>native</td><td>standard</td><td>none</td></tr>
 *     <tr><td>{@code <}</td><td>{@link #LITTLE_ENDIAN}</td><td>little</td><td>standard</td><td>none</td></tr>
 *     <tr><td>{@code >}</td><td>{@link #BIG_ENDIAN}</td><td>big</td><td>standard</td><td>none</td></tr>
 *     <tr><td>{@code !}</td><td>{@link #NETWORK}</td><td>big</td><td>standard</td><td>none</td></tr>
 *     <tr><td>{@code ^}</td><td>{@link #NATIVE_UNALIGNED}</td><td>native</td><td>native</td><td>none (PEP 3118 formats only)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Native sizes and alignments are those of x86-64 LP64 (see {@link FormatCode}); the native byte
 * order is the running JVM's, {@link ByteOrder#nativeOrder()}.
 */
public enum ByteOrderMode {
  /** {@code @}, also the mode of a format without a prefix: native order, sizes and alignment. */
  NATIVE('@', ByteOrder.nativeOrder(), true, true),
  /** {@code =}: native byte order, standard sizes, no alignment. */
  STANDARD_NATIVE_ORDER('=', ByteOrder.nativeOrder(), false, false),
  /** {@code <}: little-endian, standard sizes, no alignment. */
  LITTLE_ENDIAN('<', ByteOrder.LITTLE_ENDIAN, false, false),
  /** {@code >}: big-endian, standard sizes, no alignment. */
  BIG_ENDIAN('>', ByteOrder.BIG_ENDIAN, false, false),
  /** {@code !}: network order (big-endian), standard sizes, no alignment. */
  NETWORK('!', ByteOrder.BIG_ENDIAN, false, false),
  /**
   * {@code ^}: native order and sizes without alignment, as in PEP 3118 and NumPy. Not a struct
   * prefix: {@code struct} rejects it, and only {@link FormatParser#parseExtended} accepts it.
   */
  NATIVE_UNALIGNED('^', ByteOrder.nativeOrder(), true, false);

  private final char prefix;
  private final ByteOrder order;
  private final boolean nativeSizes;
  private final boolean aligned;

  ByteOrderMode(char prefix, ByteOrder order, boolean nativeSizes, boolean aligned) {
    this.prefix = prefix;
    this.order = order;
    this.nativeSizes = nativeSizes;
    this.aligned = aligned;
  }

  /**
   * Returns the mode a struct prefix character selects.
   *
   * @param c a format's first character
   * @return the mode, or {@code null} when {@code c} is not one of {@code @ = < > !}
   */
  public static ByteOrderMode forPrefix(char c) {
    switch (c) {
      case '@': return NATIVE;
      case '=': return STANDARD_NATIVE_ORDER;
      case '<': return LITTLE_ENDIAN;
      case '>': return BIG_ENDIAN;
      case '!': return NETWORK;
      default: return null;
    }
  }

  /** Returns the mode a PEP 3118 byte-order character selects: {@link #forPrefix}, or {@code ^}. */
  static ByteOrderMode forPep3118(char c) {
    return c == '^' ? NATIVE_UNALIGNED : forPrefix(c);
  }

  /** Returns the prefix character of this mode ({@code '@'} for {@link #NATIVE}). */
  public char prefix() {
    return prefix;
  }

  /** Returns the byte order values are stored in. */
  public ByteOrder order() {
    return order;
  }

  /** Returns whether values are big-endian. */
  public boolean bigEndian() {
    return order == ByteOrder.BIG_ENDIAN;
  }

  /** Returns whether this mode uses native sizes ({@code @} and {@code ^}). */
  public boolean nativeSizes() {
    return nativeSizes;
  }

  /** Returns whether this mode aligns items to their native alignment ({@code @} only). */
  public boolean aligned() {
    return aligned;
  }
}
