package dev.structview.spark;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;

/**
 * Decodes long strings in a charset into a column vector as UTF-8 (Spark's strings), a piece at a
 * time: as {@code new String(bytes, charset).getBytes(UTF_8)} does (malformed or unmappable input
 * becomes U+FFFD), with buffers of {@link #PIECE} characters instead of a string and a byte array
 * the size of the field, which a field near the largest record would make several hundred
 * megabytes of.
 */
final class Utf8Transcoder {
  /** The characters decoded at a time; strings of at most this many bytes are decoded whole instead. */
  static final int PIECE = 64 << 10;
  /** UTF-8 takes at most 3 bytes a UTF-16 char (a surrogate pair, 2 chars, takes 4). */
  private static final int UTF8_PER_CHAR = 3;

  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder;
  private final CharBuffer chars = CharBuffer.allocate(PIECE);
  private final ByteBuffer utf8 = ByteBuffer.allocate(PIECE * UTF8_PER_CHAR);

  Utf8Transcoder(Charset charset) {
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** Decodes all of {@code in} as row {@code row} of {@code out}. */
  void put(WritableColumnVector out, int row, ByteBuffer in) {
    WritableColumnVector bytes = out.arrayData();
    // Room for as many bytes as read, at once: growing by doubling would copy the value several times.
    bytes.reserve(Math.addExact(bytes.getElementsAppended(), in.remaining()));
    int offset = bytes.getElementsAppended();
    decoder.reset();
    encoder.reset();
    chars.clear();
    boolean decoded = false;
    boolean flushed = false;
    while (!flushed) {
      if (!decoded) {
        decoded = decoder.decode(in, chars, true).isUnderflow(); // else the chars are full
      }
      if (decoded) {
        flushed = decoder.flush(chars).isUnderflow();
      }
      chars.flip();
      utf8.clear();
      encoder.encode(chars, utf8, flushed); // never overflows: room for 3 bytes a char
      if (flushed) {
        encoder.flush(utf8);
      }
      chars.compact(); // keeps a high surrogate whose low one comes with the next piece
      bytes.appendBytes(utf8.position(), utf8.array(), 0);
    }
    out.putArray(row, offset, bytes.getElementsAppended() - offset);
  }
}
