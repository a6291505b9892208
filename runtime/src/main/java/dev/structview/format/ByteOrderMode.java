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
 *   </tbody>
 * </table>
 *
 * <p>Native sizes and alignments are those of x86-64 LP64 (see {@link FormatCode}); the native byte
 * order is the running JVM's, {@link ByteOrder#nativeOrder()}.
 */
public enum ByteOrderMode {
  /** {@code @}, also the mode of a format without a prefix: native order, sizes and alignment. */
  NATIVE('@', ByteOrder.nativeOrder(), true),
  /** {@code =}: native byte order, standard sizes, no alignment. */
  STANDARD_NATIVE_ORDER('=', ByteOrder.nativeOrder(), false),
  /** {@code <}: little-endian, standard sizes, no alignment. */
  LITTLE_ENDIAN('<', ByteOrder.LITTLE_ENDIAN, false),
  /** {@code >}: big-endian, standard sizes, no alignment. */
  BIG_ENDIAN('>', ByteOrder.BIG_ENDIAN, false),
  /** {@code !}: network order (big-endian), standard sizes, no alignment. */
  NETWORK('!', ByteOrder.BIG_ENDIAN, false);

  private final char prefix;
  private final ByteOrder order;
  private final boolean nativeLayout;

  ByteOrderMode(char prefix, ByteOrder order, boolean nativeLayout) {
    this.prefix = prefix;
    this.order = order;
    this.nativeLayout = nativeLayout;
  }

  /**
   * Returns the mode a prefix character selects.
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

  /** Returns whether this mode uses native sizes and alignment ({@code @} only). */
  public boolean nativeLayout() {
    return nativeLayout;
  }
}
