package dev.structview.bench.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.bench.data.TickData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The W6 file: its size parameter, its bytes, and when an existing file is reused. */
class TickFilesTest {
  /** More than two chunks of {@code TickFiles}' writes, the last part full. */
  private static final int RECORDS = 300_000;
  private static final FileTime LONG_AGO = FileTime.fromMillis(0);

  @Test
  void sizesAreWholeRecordsOfAtLeastThatManyBytes() {
    assertEquals(149_797, TickFiles.records("1MiB"));
    assertEquals(153_391_690, TickFiles.records("1GiB"));
    assertEquals(766_958_446, TickFiles.records("5GiB"));   // 5 GiB + 2 bytes: past 4 GiB
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1 GiB", "1gib", "1GB", "0GiB", "-1GiB", "1.5GiB"})
  void otherSizesAreRefused(String size) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TickFiles.records(size));
    assertEquals("size=" + size + ": expected a whole number of MiB or GiB, such as 1GiB", e.getMessage());
  }

  @Test
  void sizesOfMoreRecordsThanAnIntNumbersAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TickFiles.records("15GiB"));
    assertTrue(e.getMessage().startsWith("size=15GiB records=2300875338: W6 files hold at most 2147483647"),
        e.getMessage());
  }

  @Test
  void theFileHoldsTheGeneratedRecordsAndNothingElseIsLeft(@TempDir Path dir) throws IOException {
    Path file = TickFiles.ensure(dir, RECORDS);
    assertArrayEquals(TickData.generate(RECORDS), Files.readAllBytes(file));
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void aWholeFileIsReused(@TempDir Path dir) throws IOException {
    Path file = TickFiles.ensure(dir, RECORDS);
    Files.setLastModifiedTime(file, LONG_AGO);
    assertEquals(file, TickFiles.ensure(dir, RECORDS));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
  }

  @Test
  void aFileOfAnotherSizeIsRewritten(@TempDir Path dir) throws IOException {
    Path file = TickFiles.ensure(dir, RECORDS);
    Files.write(file, TickData.generate(RECORDS - 1));
    TickFiles.ensure(dir, RECORDS);
    assertArrayEquals(TickData.generate(RECORDS), Files.readAllBytes(file));
  }

  @Test
  void aFileWithOtherRecordsIsRewritten(@TempDir Path dir) throws IOException {
    Path file = TickFiles.ensure(dir, RECORDS);
    byte[] other = TickData.generate(RECORDS);
    other[other.length - 1] ^= 1;   // the last record is one of the samples
    Files.write(file, other);
    TickFiles.ensure(dir, RECORDS);
    assertArrayEquals(TickData.generate(RECORDS), Files.readAllBytes(file));
  }

  @Test
  void theReferenceLongSumAddsTheTailBytesUnsigned() {
    byte[] bytes = new byte[11];
    bytes[0] = 1;
    bytes[7] = (byte) 0x80;   // the long's sign bit
    bytes[8] = (byte) 0xFF;
    bytes[10] = 2;
    assertEquals(Long.MIN_VALUE + 1 + 0xFF + 2, TickFiles.longSum(bytes));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
