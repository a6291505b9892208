package dev.structview.spark.bench;

import dev.structview.format.FormatParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * The benchmark's input: a file of market ticks, {@value #FORMAT}, written once with a fixed seed
 * and reused by later runs while its size is right.
 *
 * <p>The values keep every column's sum within a {@code long}, so that Spark's ANSI sums (the
 * default in Spark 4) cannot overflow: timestamps are microseconds since midnight in one trading
 * session (09:30 to 16:00), instrument ids below 10,000, quantities 1 to 1,000, flags below 16, and
 * prices a random walk in cents around 100.
 */
final class TickFile {
  /** The record format: what the {@code structview} source reads and the hand decoder decodes. */
  static final String FORMAT = "<q:ts: I:id: d:price: i:qty: B:flags:";
  /** The record size, as the runtime's parser lays the format out: 25. */
  static final int RECORD_BYTES = (int) FormatParser.parseExtended(FORMAT).size();
  /** Records in the file: 1,075,000,000 bytes, just over 1 GiB. */
  static final long RECORDS = 43_000_000;

  private static final long SESSION_OPEN_MICROS = (9 * 3600 + 30 * 60) * 1_000_000L;
  private static final long SESSION_MICROS = (6 * 3600 + 30 * 60) * 1_000_000L;
  private static final int BUFFER_RECORDS = 1 << 16;

  private TickFile() {}

  /** Returns the file in {@code dir}, writing it first unless a file of the right size is there. */
  static Path ensure(Path dir) {
    Path file = dir.resolve("ticks-" + RECORDS + ".bin");
    try {
      if (Files.isRegularFile(file) && Files.size(file) == RECORDS * RECORD_BYTES) {
        return file;
      }
      Files.createDirectories(dir);
      Path partial = dir.resolve(file.getFileName() + ".partial");
      write(partial);
      // renamed only once complete, so that an interrupted run never leaves a file a later run reuses
      return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark's input " + file, e);
    }
  }

  private static void write(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(20261206);
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_RECORDS * RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    double step = (double) SESSION_MICROS / RECORDS;
    long cents = 10_000;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      for (long k = 0; k < RECORDS; k++) {
        cents = Math.max(1, cents + random.nextInt(-2, 3));
        buffer.putLong(SESSION_OPEN_MICROS + (long) (k * step)).putInt(random.nextInt(10_000))
            .putDouble(cents / 100.0).putInt(random.nextInt(1, 1001)).put((byte) random.nextInt(16));
        if (!buffer.hasRemaining() || k == RECORDS - 1) {
          buffer.flip();
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
          buffer.clear();
        }
      }
    }
  }
}
