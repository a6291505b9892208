package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * One 8-byte value of the ZIP64 extended information extra field (APPNOTE.TXT 4.5.3). The block
 * holds, in this order, the size, the compressed size and the local header offset, but only those
 * whose central directory field is 0xFFFFFFFF; so it is read one value at a time.
 */
@BufferFormat("<Q")
public interface Zip64Value {
  /** The value, as raw bits: a negative value is 2^63 or more, which no file can hold. */
  long value();
}
