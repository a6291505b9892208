package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.testing.SparseZip64;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files larger than one mapping (2 GiB - 1) and than 4 GiB are read, not refused, in a heap far
 * smaller than they are: sparse files, so that the tests take milliseconds and no disk space.
 */
class LargeFilesTest {
  private static final long FIVE_GIB = 5L << 30;
  private static final String HEAP = "-Xmx16m";

  @TempDir
  Path dir;

  /** What a run printed, and its status. */
  record Run(int status, String out, String err) {}

  @Test
  void dumpReadsRecordsPast4GiBOfA5GiBFile() throws Exception {
    Path file = dir.resolve("five.bin");
    long at = FIVE_GIB - 32;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(FIVE_GIB);
      raf.seek(at);
      raf.write(ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(2).putInt(3).putInt(4)
          .putInt(-1).putInt(0).putInt(7).putInt(8).array());
    }
    Run run = run("dump", "--format", "<4I", "--offset", Long.toString(at), file.toString());
    String row = "  %s  %10s  %10s  %4s  %4s  %4s%n";
    assertEquals(new Run(0, String.format("%s: 2 records of \"<4I\" (16 bytes each) from offset %d%n%n", file, at)
        + String.format(row, "#", "offset", "I[0]", "I[1]", "I[2]", "I[3]")
        + String.format(row, 0, at, 1, 2, 3, 4)
        + String.format(row, 1, at + 16, 4294967295L, 0, 7, 8), ""), run);
    Run start = run("dump", "--format", "<Q", "--count", "1", file.toString());
    assertEquals(new Run(0, String.format("%s: 1 record of \"<Q\" (8 bytes each) from offset 0%n%n", file)
        + String.format("  #  offset  Q%n  0       0  0%n"), ""), start);
  }

  /**
   * 256 MiB in a 16 MiB heap, read through the buffer (1 KiB records) and record by record (4 MiB
   * records, each mapped on its own): the last record's value comes from the file's last bytes.
   */
  @Test
  void dumpStreamsAFileLargerThanItsHeap() throws Exception {
    Path file = dir.resolve("quarter.bin");
    long size = 256L << 20;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
      raf.seek(size - 4);
      raf.write(new byte[] {42, 0, 0, 0});
    }
    for (int record : new int[] {1 << 10, 4 << 20}) {
      Run run = run("dump", "--format", "<" + (record - 4) + "xI", file.toString());
      assertEquals(0, run.status(), run.err());
      List<String> lines = run.out().lines().toList();
      long records = size / record;
      assertEquals(3 + records, lines.size(), "records of " + record + " bytes");
      String value = record <= DumpCommand.MAX_TABLE_RECORD ? "42" : "(42,)"; // a table, or a line per tuple
      assertEquals(List.of(Long.toString(records - 1), Long.toString(size - record), value),
          List.of(lines.get(lines.size() - 1).strip().split(" +")), "records of " + record + " bytes");
    }
  }

  @Test
  void dumpChecksThatA5GiBFileIsWholeRecordsBeforePrinting() throws Exception {
    Path file = dir.resolve("odd.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(FIVE_GIB + 3);
    }
    Run run = run("dump", "--format", "<I", file.toString());
    assertEquals(new Run(Cli.FAILURE, "", "structview: " + file + ": 5368709123 bytes from offset 0 are not a whole"
        + " number of 4-byte records (1342177280 records and 3 bytes); pass --count 1342177280 to read the whole ones"
        + System.lineSeparator()), run);
  }

  @Test
  void zipListsAZip64ArchiveOfMoreThan4GiB() throws Exception {
    Path zip = SparseZip64.write(dir.resolve("big.zip"));
    Run run = run("zip", zip.toString());
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(zip + ": 2 entries, central directory at offset " + (SparseZip64.SMALL_OFFSET + 44)
        + " (140 bytes), ZIP64", lines.get(0));
    assertEquals(List.of("0", "stored", "5368709120", "5368709120", "0%", "193838c3", "2024-01-02", "12:00:00",
        "big.bin"), List.of(lines.get(3).strip().split(" +")));
    assertEquals(List.of(Long.toString(SparseZip64.SMALL_OFFSET), "stored", "5", "5", "0%", "3610a686",
        "2024-01-02", "12:00:00", "after.txt"), List.of(lines.get(4).strip().split(" +")));
    assertEquals("  2 entries: 5368709125 bytes, 5368709125 compressed, 0% saved", lines.get(6));
  }

  /** Runs structview in a JVM of a {@value #HEAP} heap. */
  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), HEAP, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("structview did not finish: " + String.join(" ", args));
    }
    return new Run(process.exitValue(), out, Files.readString(err));
  }
}
