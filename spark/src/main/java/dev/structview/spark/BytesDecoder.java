package dev.structview.spark;

import dev.structview.memory.ByteStore;
import java.nio.ByteBuffer;
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
 * (malformed input becomes U+FFFD).
 *
 * <p>Memory: binary values, and ASCII text in an ASCII-compatible charset, go from the records'
 * bytes straight into the column vector, with no copy of their own; other text is decoded whole
 * when short, and through {@link Utf8Transcoder}'s pieces when long, so that no copy of a long
 * field (up to {@link RecordLayout#MAX_RECORD_BYTES}) is made besides the vector's.
 */
final class BytesDecoder implements ColumnDecoder {
  private final int length;
  private final boolean pascal;
  private final boolean cString;
  private final Charset charset;
  private final boolean asciiCompatible;
  private Utf8Transcoder transcoder; // for long text; made on first use

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
  }

  @Override
  public void decode(ByteStore store, int position, int stride, int rows, WritableColumnVector out, int at) {
    // The readers' stores are arrays (MappedRecords copies a batch into one): read the array itself,
    // as fast as a copy of it and with no copy of a long field. Any other store is copied first.
    ByteBuffer buffer = store.asByteBuffer();
    byte[] bytes = buffer.hasArray() ? buffer.array() : copy(store);
    int p = buffer.hasArray() ? buffer.arrayOffset() + position : position;
    for (int r = 0; r < rows; r++, p += stride) {
      if (!pascal) {
        put(out, at + r, bytes, p, charset != null && cString ? untilNul(bytes, p) : length);
      } else if (length == 0) {
        put(out, at + r, bytes, p, 0); // 0p holds nothing and reads as an empty value, as in CPython 3.13
      } else {
        put(out, at + r, bytes, p + 1, Math.min(bytes[p] & 0xff, length - 1));
      }
    }
  }

  private static byte[] copy(ByteStore store) {
    byte[] bytes = new byte[store.length()];
    store.copyTo(0, bytes, 0, bytes.length);
    return bytes;
  }

  private int untilNul(byte[] bytes, int start) {
    int end = 0;
    while (end < length && bytes[start + end] != 0) {
      end++;
    }
    return end;
  }

  private void put(WritableColumnVector out, int row, byte[] bytes, int start, int count) {
    if (charset == null || (asciiCompatible && isAscii(bytes, start, count))) {
      out.putByteArray(row, bytes, start, count);
    } else if (count <= Utf8Transcoder.PIECE) {
      out.putByteArray(row, new String(bytes, start, count, charset).getBytes(StandardCharsets.UTF_8));
    } else {
      if (transcoder == null) {
        transcoder = new Utf8Transcoder(charset);
      }
      transcoder.put(out, row, ByteBuffer.wrap(bytes, start, count));
    }
  }

  private static boolean isAscii(byte[] bytes, int start, int count) {
    for (int i = start; i < start + count; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
