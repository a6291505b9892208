package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/**
 * Decodes a column of byte strings ({@code s}, {@code p}, {@code c}) as binary values or, with a
 * charset, as strings.
 *
 * <p>Binary values are the bytes CPython's {@code struct} unpacks: all {@code count} bytes of
 * {@code s}, the length-prefixed bytes of {@code p} (the length byte clamped to {@code count - 1}).
 * Strings are the bytes up to the first NUL of {@code s} (C strings, as generated views read
 * them), the one byte of {@code c} (a character, NUL included, as a view's {@code char} reads it:
 * the writer takes back exactly one byte), or the bytes of {@code p}, decoded with the charset
 * (malformed input becomes U+FFFD). ASCII text in an ASCII-compatible charset is copied as it is,
 * with no string made.
 */
final class BytesDecoder implements ColumnDecoder {
  private final int length;
  private final boolean pascal;
  private final boolean cString;
  private final Charset charset;
  private final boolean asciiCompatible;
  private final byte[] scratch;

  /**
   * @param length the field's byte count
   * @param pascal whether the field is a Pascal string ({@code p})
   * @param cString whether a string ends at the field's first NUL ({@code s}, not {@code c} or {@code p})
   * @param charset the charset of strings, or {@code null} for binary values
   */
  BytesDecoder(int length, boolean pascal, boolean cString, Charset charset) {
    this.length = length;
    this.pascal = pascal;
    this.cString = cString;
    this.charset = charset;
    this.asciiCompatible = StandardCharsets.UTF_8.equals(charset) || StandardCharsets.US_ASCII.equals(charset)
        || StandardCharsets.ISO_8859_1.equals(charset);
    this.scratch = new byte[length];
  }

  @Override
  public void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at) {
    for (int r = 0; r < rows; r++, position += stride) {
      store.copyTo(position, scratch, 0, length);
      if (!pascal) {
        put(out, at + r, 0, charset != null && cString ? untilNul() : length);
      } else if (length == 0) {
        put(out, at + r, 0, 0); // 0p holds nothing and reads as an empty value, as in CPython 3.13
      } else {
        put(out, at + r, 1, 1 + Math.min(scratch[0] & 0xff, length - 1));
      }
    }
  }

  private int untilNul() {
    int end = 0;
    while (end < length && scratch[end] != 0) {
      end++;
    }
    return end;
  }

  private void put(WritableColumnVector out, int row, int start, int end) {
    if (charset == null || (asciiCompatible && isAscii(start, end))) {
      out.putByteArray(row, scratch, start, end - start);
    } else {
      out.putByteArray(row, new String(scratch, start, end - start, charset).getBytes(StandardCharsets.UTF_8));
    }
  }

  private boolean isAscii(int start, int end) {
    for (int i = start; i < end; i++) {
      if (scratch[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
