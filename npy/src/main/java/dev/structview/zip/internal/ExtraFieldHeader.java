package dev.structview.zip.internal;

import dev.structview.annotation.BufferFormat;

/**
 * The header of one block of an entry's extra field (APPNOTE.TXT 4.5): a tag and the size of the
 * data after it. Blocks follow one another to the end of the extra field.
 */
@BufferFormat("<HH")
public interface ExtraFieldHeader {
  /** The tag of the ZIP64 extended information block. */
  int ZIP64_TAG = 0x0001;

  /** The block's tag: {@link #ZIP64_TAG}, 0x5455 (extended timestamp), ... */
  int tag();

  /** The number of data bytes after this header. */
  int dataSize();
}
