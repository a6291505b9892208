package dev.structview.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A ZIP64 archive of {@value #SIZE_TEXT}, written sparse in a few milliseconds: a stored entry of
 * 5 GiB of zeros (a hole in the file), then a small entry whose local header is past 4 GiB, then
 * the central directory, ZIP64 end record, locator and end record. Every value is what Info-ZIP
 * {@code zip} would write; the CRC-32 of 5 GiB of zeros is {@code zlib.crc32} of them.
 */
public final class SparseZip64 {
  public static final String SIZE_TEXT = "5 GiB and 339 bytes";
  /** The first entry's size: 5 GiB. */
  public static final long BIG = 5L << 30;
  /** {@code zlib.crc32(bytes(5 << 30))}, computed in Python 1 MiB at a time. */
  public static final long BIG_CRC = 0x193838c3L;
  public static final String BIG_NAME = "big.bin";
  public static final String SMALL_NAME = "after.txt";
  public static final byte[] SMALL = "hello".getBytes(StandardCharsets.US_ASCII);
  public static final long SMALL_CRC = 0x3610a686L;
  /** Where the small entry's local header is: past 4 GiB, so only ZIP64 can say it. */
  public static final long SMALL_OFFSET = 30 + BIG_NAME.length() + 20 + BIG;
  private static final int TIME = 0x6000; // 12:00:00
  private static final int DATE = (44 << 9) | (1 << 5) | 2; // 2024-01-02
  private static final long MARKER = 0xFFFF_FFFFL;

  private SparseZip64() {}

  /** Writes the archive at {@code file}: its holes take no space on file systems that have them. */
  public static Path write(Path file) throws IOException {
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      write(out, 0, localHeader(BIG_NAME, BIG_CRC, MARKER, MARKER, zip64(BIG, BIG)));
      write(out, SMALL_OFFSET, localHeader(SMALL_NAME, SMALL_CRC, SMALL.length, SMALL.length, new byte[0]));
      long dataAt = SMALL_OFFSET + 30 + SMALL_NAME.length();
      write(out, dataAt, SMALL);
      long cdStart = dataAt + SMALL.length;
      ByteBuffer cd = le(2 * 46 + BIG_NAME.length() + 20 + SMALL_NAME.length() + 12);
      central(cd, BIG_NAME, BIG_CRC, MARKER, MARKER, 0, zip64(BIG, BIG));
      central(cd, SMALL_NAME, SMALL_CRC, SMALL.length, SMALL.length, MARKER, zip64(SMALL_OFFSET));
      write(out, cdStart, cd.array());
      long zip64At = cdStart + cd.capacity();
      ByteBuffer end = le(56 + 20 + 22);
      end.putInt(0x06064b50).putLong(44).putShort((short) 0x032d).putShort((short) 45).putInt(0).putInt(0)
          .putLong(2).putLong(2).putLong(cd.capacity()).putLong(cdStart);
      end.putInt(0x07064b50).putInt(0).putLong(zip64At).putInt(1);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 2)
          .putInt(cd.capacity()).putInt((int) MARKER).putShort((short) 0);
      write(out, zip64At, end.array());
    }
    return file;
  }

  private static byte[] localHeader(String name, long crc, long compressed, long size, byte[] extra) {
    ByteBuffer b = le(30 + name.length() + extra.length);
    b.putInt(0x04034b50).putShort((short) 45).putShort((short) 0).putShort((short) 0).putShort((short) TIME)
        .putShort((short) DATE).putInt((int) crc).putInt((int) compressed).putInt((int) size)
        .putShort((short) name.length()).putShort((short) extra.length).put(ascii(name)).put(extra);
    return b.array();
  }

  private static void central(ByteBuffer b, String name, long crc, long compressed, long size, long offset,
      byte[] extra) {
    b.putInt(0x02014b50).putShort((short) 0x032d).putShort((short) 45).putShort((short) 0).putShort((short) 0)
        .putShort((short) TIME).putShort((short) DATE).putInt((int) crc).putInt((int) compressed).putInt((int) size)
        .putShort((short) name.length()).putShort((short) extra.length).putShort((short) 0).putShort((short) 0)
        .putShort((short) 0).putInt(0644 << 16).putInt((int) offset).put(ascii(name)).put(extra);
  }

  /** The ZIP64 extended information extra field, holding {@code values} in APPNOTE's order. */
  private static byte[] zip64(long... values) {
    ByteBuffer b = le(4 + 8 * values.length).putShort((short) 1).putShort((short) (8 * values.length));
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static void write(FileChannel out, long at, byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      out.write(b, at + b.position());
    }
  }
}
