package dev.structview.samples.bmp;

import dev.structview.annotation.BufferFormat;

/** {@code BITMAPFILEHEADER}: the 14 bytes that open a BMP file. */
@BufferFormat("<2s:magic:I:fileSize:H:reserved1:H:reserved2:I:pixelOffset:")
public interface FileHeader {
  /** {@code "BM"}. */
  byte[] magic();

  /** The file's size as the writer saw it (informative: readers do not rely on it). */
  long fileSize();

  /** Reserved, 0. */
  int reserved1();

  /** Reserved, 0. */
  int reserved2();

  /** The offset of the pixel array in the file. */
  long pixelOffset();
}
