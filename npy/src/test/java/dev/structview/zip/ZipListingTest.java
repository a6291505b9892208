package dev.structview.zip;


import static dev.structview.testing.Zips.file;
import static dev.structview.zip.ZipFixtures.assertSameAsJavaUtilZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.Memory;
import dev.structview.testing.Zips;
import dev.structview.testing.Zips.Item;
import dev.structview.zip.ZipFixtures.Listing;
import dev.structview.zip.internal.CentralDirectoryHeader;
import dev.structview.zip.internal.EndOfCentralDirectory;
import dev.structview.zip.internal.Zip64EndOfCentralDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ZipArchive} listings against {@code java.util.zip.ZipFile}, on real jars and on archives it writes. */
class ZipListingTest {
  @TempDir
  Path dir;

  @Test
  void realJarsReadAsJavaUtilZipReadsThem() throws IOException {
    List<Path> jars = Zips.realJars();
    assertTrue(jars.size() >= 3, "too few jars on the class path: " + jars);
    int entries = 0;
    for (Path jar : jars) {
      Listing archive = assertSameAsJavaUtilZip(jar, StandardCharsets.UTF_8);
      assertDosTimesMatch(jar, archive);
      entries += archive.entries().size();
    }
    assertTrue(entries > 500, entries + " entries");
  }

  /** ZipEntry's DOS time, where no extended timestamp (which it prefers) is in the way. */
  private static void assertDosTimesMatch(Path jar, Listing archive) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntryInfo e : archive.entries()) {
        ZipEntry theirs = zip.getEntry(e.name());
        if (theirs.getExtra() == null && e.modified().toLocalDateTime().isPresent()) {
          assertEquals(theirs.getTimeLocal(), e.modified().toLocalDateTime().get(), jar + "!" + e.name());
        }
      }
    }
  }

  @Test
  void writtenArchiveWithEveryKindOfEntry() throws IOException {
    Path path = file(dir, "small.zip", Zips.small());
    Listing archive = assertSameAsJavaUtilZip(path, StandardCharsets.UTF_8);
    assertEquals("a small archive", archive.comment());
    assertFalse(archive.zip64());
    assertEquals(0, archive.prefixLength());
    List<ZipEntryInfo> e = archive.entries();
    assertEquals(List.of("hello.txt", "docs/notes.txt", "docs/", "caf\u00e9.txt"),
        e.stream().map(ZipEntryInfo::name).toList());
    assertEquals("stored", e.get(0).methodName());
    assertEquals(0, e.get(0).localHeaderOffset());
    assertFalse(e.get(0).hasDataDescriptor());
    assertEquals("deflated", e.get(1).methodName());
    assertTrue(e.get(1).hasDataDescriptor(), "ZipOutputStream writes deflated entries with data descriptors");
    assertEquals(120, e.get(1).size());
    assertTrue(e.get(2).directory());
    assertFalse(e.get(1).directory());
    assertTrue(e.stream().allMatch(ZipEntryInfo::utf8), "ZipOutputStream flags every name UTF-8");
    assertFalse(e.get(0).encrypted());
    // ZipOutputStream stores the time in the local time zone; :20 is even, as DOS times are
    assertEquals(LocalDateTime.ofInstant(Instant.ofEpochMilli(1_700_000_000_000L), ZoneId.systemDefault()),
        e.get(0).modified().toLocalDateTime().get());
  }

  @Test
  void emptyArchives() throws IOException {
    Listing empty = assertSameAsJavaUtilZip(file(dir, "empty.zip", Zips.write(null)), StandardCharsets.UTF_8);
    assertEquals(List.of(), empty.entries());
    assertEquals(0, empty.centralDirectorySize());
    assertEquals("", empty.comment());
    Listing commented = assertSameAsJavaUtilZip(file(dir, "c.zip", Zips.write("nothing here")),
        StandardCharsets.UTF_8);
    assertEquals("nothing here", commented.comment());
  }

  @Test
  void cp437NamesWithoutFlagBit11() throws IOException {
    byte[] bytes = Zips.write(Zips.CP437, "\u00c7a va", Item.stored("\u00c7a va \u2591\u00bd.txt", "x"),
        Item.directory("\u00fcber/"));
    Listing archive = assertSameAsJavaUtilZip(file(dir, "cp437.zip", bytes), Zips.CP437);
    assertEquals("\u00c7a va \u2591\u00bd.txt", archive.entries().get(0).name());
    assertFalse(archive.entries().get(0).utf8());
  }

  @Test
  void utf8NamesAndCommentsUnderBit11() throws IOException {
    byte[] bytes = Zips.write("comment \u00e9\u4e2d", Item.deflated("\u4e2d\u6587/\u00e9\u00e8.txt", "text"),
        Item.stored("emoji \ud83d\ude00", ""));
    Listing archive = assertSameAsJavaUtilZip(file(dir, "utf8.zip", bytes), StandardCharsets.UTF_8);
    assertEquals("comment \u00e9\u4e2d", archive.comment());
    assertTrue(archive.entries().stream().allMatch(ZipEntryInfo::utf8));
  }

  @Test
  void prefixedArchiveAsASelfExtractingStubMakesIt() throws IOException {
    byte[] stub = "#!/bin/sh\necho 'a self-extracting stub'\nexit 0\n".repeat(40).getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Zips.concat(stub, Zips.small());
    Listing archive = assertSameAsJavaUtilZip(file(dir, "sfx.sh", bytes), StandardCharsets.UTF_8);
    assertEquals(stub.length, archive.prefixLength());
    assertEquals(stub.length, archive.entries().get(0).localHeaderOffset());
    Listing plain = ZipFixtures.read(Zips.small());
    assertEquals(plain.centralDirectoryOffset() + stub.length, archive.centralDirectoryOffset());
  }

  @Test
  void bytesAppendedAfterTheArchiveAreSkipped() throws IOException {
    byte[] bytes = Zips.concat(Zips.small(), new byte[100]);
    assertSameAsJavaUtilZip(file(dir, "appended.zip", bytes), StandardCharsets.UTF_8);
  }

  /** An archive inside larger memory, read through a region of it: its offsets count from the region's start. */
  @Test
  void anArchiveInARegionOfLargerMemory() {
    byte[] archive = Zips.small();
    byte[] padded = Zips.concat(new byte[7], Arrays.copyOf(archive, archive.length + 5));
    try (ZipArchive read = ZipArchive.of(Memory.of(padded).region(7, archive.length))) {
      assertEquals(ZipFixtures.rows(ZipFixtures.read(archive)), ZipFixtures.rows(Listing.of(read)));
      assertEquals(0, read.prefixLength());
    }
  }

  /**
   * Some writers store 65,536 entries or more without ZIP64 records, the 16-bit count wrapped
   * around; {@code java.util.zip} counts the entries of such archives, and so does the reader.
   */
  @Test
  void aClassicEntryCountThatWrappedAround() throws IOException {
    Item[] items = IntStream.range(0, 65_537).mapToObj(i -> Item.stored("e" + i, ""))
        .toArray(Item[]::new);
    byte[] zip64 = Zips.write(null, items); // ZipOutputStream writes ZIP64 end records for so many
    int record = Zips.lastIndexOf(zip64, Zip64EndOfCentralDirectory.SIGNATURE);
    int end = Zips.lastIndexOf(zip64, EndOfCentralDirectory.SIGNATURE);
    byte[] classic = Zips.concat(Arrays.copyOf(zip64, record), Arrays.copyOfRange(zip64, end, zip64.length));
    Zips.le(classic).putShort(record + 8, (short) 1).putShort(record + 10, (short) 1); // 65,537 mod 2^16
    Listing archive = assertSameAsJavaUtilZip(file(dir, "wrapped.zip", classic), StandardCharsets.UTF_8);
    assertEquals(65_537, archive.entries().size());
    assertFalse(archive.zip64());
    assertTrue(ZipFixtures.read(zip64).zip64());
  }

  @Test
  void encryptedFlag() {
    byte[] bytes = Zips.small();
    int header = Zips.indicesOf(bytes, CentralDirectoryHeader.SIGNATURE).get(1);
    bytes[header + 8] |= ZipEntryInfo.FLAG_ENCRYPTED;
    List<ZipEntryInfo> entries = ZipFixtures.read(bytes).entries();
    assertTrue(entries.get(1).encrypted());
    assertFalse(entries.get(0).encrypted());
  }

  @Test
  void dosDateTimeKeepsImpossibleFields() {
    DosDateTime leap = new DosDateTime((2024 - 1980) << 9 | 2 << 5 | 29, 13 << 11 | 37 << 5 | 21);
    assertEquals(Optional.of(LocalDateTime.of(2024, 2, 29, 13, 37, 42)), leap.toLocalDateTime());
    assertEquals("2024-02-29 13:37:42", leap.toString());
    DosDateTime zero = new DosDateTime(0, 0);
    assertEquals(Optional.empty(), zero.toLocalDateTime());
    assertEquals("1980-00-00 00:00:00", zero.toString());
    DosDateTime ones = new DosDateTime(0xffff, 0xffff);
    assertEquals("2107-15-31 31:63:62", ones.toString());
    assertEquals(Optional.empty(), ones.toLocalDateTime());
  }

  @Test
  void methodNames() {
    assertEquals(List.of("stored", "shrunk", "reduced1", "reduced4", "imploded", "deflated", "deflate64", "bzip2",
        "lzma", "zstd", "xz", "aes", "method 7"), List.of(0, 1, 2, 5, 6, 8, 9, 12, 14, 93, 95, 99, 7).stream()
        .map(ZipMethods::name).toList());
  }
}
