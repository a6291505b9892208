package dev.structview.bench.files;

import dev.structview.bench.data.TickData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W6 file: {@link TickData}'s records 0..n-1 packed as {@code "<IhB"}, written once in chunks
 * (every byte written, so the file is not sparse) and reused by later forks and runs that find it
 * whole. A file is reused when its size is right and {@value #SAMPLES} records spread over it, the
 * first and last included, hold TickData's values: the content check that also catches a file
 * made by an older TickData. A new file is written under a temporary name, forced to disk and then
 * renamed, so an interrupted run leaves no file that looks whole.
 */
public final class TickFiles {
  /** The system property naming the directory of W6 files; {@code java.io.tmpdir} when unset. */
  public static final String DIRECTORY_PROPERTY = "structview.bench.dir";
  /** The largest record count: TickData numbers records with an {@code int}. */
  public static final long MAX_RECORDS = Integer.MAX_VALUE;

  private static final Pattern SIZE = Pattern.compile("([1-9][0-9]*)(MiB|GiB)");
  private static final int SAMPLES = 64;
  /** Records per write: 896 KiB, a few hundred writes per GiB. */
  private static final int CHUNK_RECORDS = 1 << 17;

  private TickFiles() {}

  /**
   * Returns how many records make a file of at least {@code size} bytes: {@code "1GiB"} is
   * 153,391,690 records (1,073,741,830 bytes), {@code "5GiB"} 766,958,446 (past 4 GiB).
   *
   * @throws IllegalArgumentException if {@code size} is not a whole number of {@code MiB} or
   *     {@code GiB}, or needs more than {@link #MAX_RECORDS} records
   */
  public static long records(String size) {
    Matcher m = SIZE.matcher(size == null ? "" : size);
    if (!m.matches()) {
      throw new IllegalArgumentException("size=" + size + ": expected a whole number of MiB or GiB, such as 1GiB");
    }
    long unit = m.group(2).equals("GiB") ? 1L << 30 : 1L << 20;
    long bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    long records = (bytes + TickData.SIZE - 1) / TickData.SIZE;
    if (records > MAX_RECORDS) {
      throw new IllegalArgumentException("size=" + size + " records=" + records + ": W6 files hold at most "
          + MAX_RECORDS + " records (about 14 GiB), as TickData numbers records with an int");
    }
    return records;
  }

  /** Returns the directory of W6 files: {@value #DIRECTORY_PROPERTY}, else {@code java.io.tmpdir}. */
  public static Path directory() {
    return Path.of(System.getProperty(DIRECTORY_PROPERTY, System.getProperty("java.io.tmpdir")));
  }

  /**
   * Returns the file of {@code records} records in {@code dir}, written first unless a whole one is
   * there.
   *
   * @throws IOException if the file cannot be read or written
   * @throws IllegalStateException if {@code dir} has too little usable space for a new file
   * @throws IllegalArgumentException if {@code records} is not in 1..{@link #MAX_RECORDS}
   */
  public static Path ensure(Path dir, long records) throws IOException {
    if (records < 1 || records > MAX_RECORDS) {
      throw new IllegalArgumentException("records=" + records + ": expected 1.." + MAX_RECORDS);
    }
    Path file = dir.resolve("structview-ticks-" + records + ".bin");
    if (!holds(file, records)) {
      write(dir, file, (int) records);
    }
    return file;
  }

  /** Returns whether {@code file} exists and holds exactly {@code records} TickData records. */
  static boolean holds(Path file, long records) throws IOException {
    return Files.isRegularFile(file) && Files.size(file) == records * TickData.SIZE && holdsAt(file, 0, records);
  }

  /**
   * Returns whether the {@value #SAMPLES} records spread over {@code records} from byte
   * {@code offset} of {@code file}, the first and last included, hold TickData's values.
   */
  static boolean holdsAt(Path file, long offset, long records) throws IOException {
    ByteBuffer actual = ByteBuffer.allocate(TickData.SIZE);
    ByteBuffer expected = ByteBuffer.allocate(TickData.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int k = 0; k < SAMPLES; k++) {
        int i = (int) (k * (records - 1) / (SAMPLES - 1));
        long at = offset + (long) i * TickData.SIZE;
        actual.clear();
        while (actual.hasRemaining()) {
          if (channel.read(actual, at + actual.position()) < 0) {
            return false;
          }
        }
        TickData.put(expected.clear(), i);
        if (!actual.flip().equals(expected.flip())) {
          return false;
        }
      }
    }
    return true;
  }

  private static void write(Path dir, Path file, int records) throws IOException {
    writeWhole(dir, file, (long) records * TickData.SIZE, partial -> {
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK_RECORDS * TickData.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (long first = 0; first < records; first += CHUNK_RECORDS) {
          chunk.clear();
          for (int i = (int) first, end = (int) Math.min(first + CHUNK_RECORDS, records); i < end; i++) {
            TickData.put(chunk, i);
          }
          chunk.flip();
          while (chunk.hasRemaining()) {
            channel.write(chunk);
          }
        }
      }
    });
  }

  /** Writes a new file's content into the file it is given. */
  interface Content {
    /** Writes the content into {@code partial}, an empty file. */
    void writeTo(Path partial) throws IOException;
  }

  /**
   * Writes {@code file} of {@code bytes} bytes in {@code dir} as no reader can see it half made:
   * under a temporary name, forced to disk (so that no writeback of dirty pages runs during a
   * measurement), then renamed over {@code file}.
   *
   * @throws IllegalStateException if {@code dir} has fewer than {@code bytes} usable bytes
   */
  static void writeWhole(Path dir, Path file, long bytes, Content content) throws IOException {
    long usable = Files.getFileStore(dir).getUsableSpace();
    if (usable < bytes) {
      throw new IllegalStateException(String.format(Locale.ROOT, "file=%s bytes=%d usable=%d: too little space"
          + " for the benchmark file; free some, or pick another directory with -D%s=DIR", file, bytes, usable,
          DIRECTORY_PROPERTY));
    }
    Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
    try {
      content.writeTo(partial);
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * Returns what the bandwidth baselines compute over {@code bytes}: the sum of its little-endian
   * {@code long}s, then of its last {@code length % 8} bytes, unsigned. The reference for tests.
   */
  public static long longSum(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long sum = 0;
    int longs = bytes.length & ~7;
    for (int i = 0; i < longs; i += Long.BYTES) {
      sum += b.getLong(i);
    }
    for (int i = longs; i < bytes.length; i++) {
      sum += bytes[i] & 0xFF;
    }
    return sum;
  }
}
