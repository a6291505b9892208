package dev.structview.bench.records;

import dev.structview.annotation.BufferFormat;

/**
 * The W7 record: {@link Tick}'s 7 bytes with NumPy's field names, the view of a {@code .npy} file of
 * dtype {@code [('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]}, whose memoryview format is
 * {@code "T{=I:id:h:delta:B:flags:}"}. {@code Npy.write} of an array of it writes that dtype.
 */
@BufferFormat("<I:id:h:delta:B:flags:")
public interface NamedTick {
  /** Returns the {@code id} field, the unsigned 32-bit id. */
  long id();

  /** Returns the {@code delta} field, a signed 16-bit delta. */
  short delta();

  /** Returns the {@code flags} field, unsigned 8-bit flags. */
  int flags();
}
