package dev.structview.samples;

import dev.structview.annotation.BufferFormat;

/**
 * The demo's record, as the README shows it: a little-endian unsigned 32-bit id, a signed 16-bit
 * delta and an unsigned byte of flags, 7 bytes. structview generates {@code TickView} from it.
 */
@BufferFormat("<IhB")
public interface Tick {
  /** The id, 'I': unsigned, so it is read into a long. */
  long id();

  /** The delta, 'h'. */
  short delta();

  /** The flags, 'B': unsigned, so it is read into an int. */
  int flags();

  /** Sets the flags; values outside 0..255 are refused as struct.pack refuses them. */
  void flags(int value);
}
