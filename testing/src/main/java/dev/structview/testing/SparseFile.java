package dev.structview.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A file of gigabytes that holds a few written bytes and holes elsewhere (zeros, no disk), for tests
 * of memory past 2 and 4 GiB that must stay fast: they touch only the pages they wrote.
 */
public final class SparseFile {
  /** One gibibyte: where the windows of a mapping on JDK 17 start, every one. */
  public static final long GIB = 1L << 30;

  private SparseFile() {}

  /** Creates (or truncates to) a file of {@code size} bytes, all holes. */
  public static Path create(Path file, long size) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(0);
      f.setLength(size);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code bytes} at {@code offset} of the file. */
  public static void write(Path file, long offset, byte[] bytes) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(offset);
      f.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@link #pattern} over {@code [offset, offset + length)}: bytes that tell every position apart. */
  public static void fill(Path file, long offset, int length) {
    write(file, offset, pattern(offset, length));
  }

  /**
   * Returns the bytes of {@code [offset, offset + length)} of a file filled with {@link #fill}:
   * each a mix of its position's bits, so that reading one byte from the wrong place (a window
   * 1 GiB off, say) gives another value.
   */
  public static byte[] pattern(long offset, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      long p = offset + i;
      long h = p * 0x9E3779B97F4A7C15L;
      out[i] = (byte) ((h >>> 56) ^ (p >>> 30) ^ p);
    }
    return out;
  }

  /** Reads {@code length} bytes at {@code offset} of a file, as it is on disk. */
  public static byte[] read(Path file, long offset, int length) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] out = new byte[length];
      f.seek(offset);
      f.readFully(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
