package dev.structview.samples.npy;

import dev.structview.annotation.BufferFormat;

/**
 * A tick as NumPy holds it in {@code npy_sharing.py}: dtype
 * {@code [('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]}. The format names the fields as the
 * dtype does, and gives each NumPy's byte order and offset: {@code <} (no padding) puts them at 0, 4
 * and 6, where both NumPy's packed dtype (7 bytes) and its aligned one ({@code align=True}, 8 bytes,
 * one pad byte at the end) have them. structview generates {@code TickView} from it.
 */
@BufferFormat("<I:id:h:delta:B:flags:")
public interface Tick {
  /** The id, {@code u4}: unsigned, so it is read into a long. */
  long id();

  /** The delta, {@code i2}. */
  short delta();

  /** The flags, {@code u1}: unsigned, so it is read into an int. */
  int flags();

  /** Sets the flags; values outside 0..255 are refused as NumPy's {@code u1} cannot hold them. */
  void flags(int value);
}
