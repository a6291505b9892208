package dev.structview.spark;

import dev.structview.memory.ByteStore;
import dev.structview.support.Conversions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;

/**
 * Writes byte-string items as {@code struct.pack} packs bytes: {@code s} truncated or zero-padded to
 * its count, {@code p} as a length byte (at most 255) and up to count-1 bytes, {@code c} from
 * exactly one byte. A {@code binary} column is written as its bytes; a {@code string} column (with
 * option {@code charset}) is encoded in the charset first, and a character the charset cannot
 * encode is refused rather than replaced. So every string the reader gives back writes the bytes
 * it was read from, where those were valid in the charset: a {@code c} reads as its one character
 * (NUL too), an {@code s} up to its first NUL (the padding struct writes back).
 */
final class BytesEncoder implements FieldEncoder {
  private static final long serialVersionUID = 1L;

  private final BytesColumn column;
  private final boolean fromString;
  private transient Charset charset; // looked up once per task: a Charset does not serialize

  /**
   * @param fromString whether the column is a {@code string} column (the item's {@code charset} is
   *     then set), rather than {@code binary}
   */
  BytesEncoder(BytesColumn column, boolean fromString) {
    this.column = column;
    this.fromString = fromString;
  }

  @Override
  public void encode(SpecializedGetters row, int ordinal, ByteStore store, int position) {
    byte[] bytes = fromString ? encoded(row, ordinal) : row.getBinary(ordinal);
    if (column.code() == 'c') {
      if (bytes.length != 1) {
        throw new IllegalArgumentException("char format requires a bytes object of length 1, got " + shown(row, ordinal,
            bytes));
      }
      store.putByte(position, bytes[0]);
    } else if (column.pascal()) {
      Conversions.writePascal(store, position, column.length(), bytes);
    } else {
      Conversions.writeBytes(store, position, column.length(), bytes);
    }
  }

  private byte[] encoded(SpecializedGetters row, int ordinal) {
    if (charset == null) {
      charset = Charset.forName(column.charset());
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      return row.getUTF8String(ordinal).getBytes(); // Spark holds strings as UTF-8 already
    }
    String value = row.getUTF8String(ordinal).toString();
    try {
      return Conversions.encode(value, charset, "the string");
    } catch (IllegalArgumentException e) {
      // Again, naming the value: rare, so the hot path builds no message.
      return Conversions.encode(value, charset, "the string " + ValueText.string(value));
    }
  }

  /** The value a {@code c} refuses, as the user sees it: a string with its size in the charset, or bytes. */
  private String shown(SpecializedGetters row, int ordinal, byte[] bytes) {
    if (fromString) {
      return "the string " + ValueText.string(row.getUTF8String(ordinal).toString()) + ", " + bytes.length
          + " bytes in " + charset.name() + " (" + ValueText.binary(bytes) + ")";
    }
    return bytes.length + " bytes (" + ValueText.binary(bytes) + ")";
  }
}
