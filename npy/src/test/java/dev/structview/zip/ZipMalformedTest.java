package dev.structview.zip;


import static dev.structview.testing.Zips.indicesOf;
import static dev.structview.testing.Zips.lastIndexOf;
import static dev.structview.testing.Zips.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.testing.Zips;
import dev.structview.testing.Zips.Item;
import dev.structview.zip.internal.CentralDirectoryHeader;
import dev.structview.zip.internal.EndOfCentralDirectory;
import dev.structview.zip.internal.LocalFileHeader;
import dev.structview.zip.internal.Zip64EndOfCentralDirectory;
import dev.structview.zip.internal.Zip64Locator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, corrupt and hostile archives, each made by patching one field of a good one: every
 * one is a {@link ZipFormatException} naming the structure, its offset and what is wrong.
 */
class ZipMalformedTest {
  /** Two stored entries, a.txt ("hello") and b.txt ("world!"), no comment: fields at known places. */
  private final byte[] zip = Zips.write(null, Item.stored("a.txt", "hello"), Item.stored("b.txt", "world!"));
  private final int local1 = indicesOf(zip, LocalFileHeader.SIGNATURE).get(1);
  private final int cd0 = indicesOf(zip, CentralDirectoryHeader.SIGNATURE).get(0);
  private final int cd1 = indicesOf(zip, CentralDirectoryHeader.SIGNATURE).get(1);
  private final int end = lastIndexOf(zip, EndOfCentralDirectory.SIGNATURE);

  private static void assertMalformed(byte[] bytes, String message) {
    ZipFormatException e = assertThrows(ZipFormatException.class, () -> ZipFixtures.read(bytes));
    assertEquals(message, e.getMessage());
  }

  @Test
  void theLayoutThePatchesAssume() {
    assertEquals(40, local1);
    assertEquals(81, cd0);
    assertEquals(132, cd1);
    assertEquals(183, end);
    assertEquals(205, zip.length);
  }

  @Test
  void tooShortOrNoEndRecord() {
    assertMalformed(new byte[0], "the file is empty, not a ZIP archive");
    assertMalformed(new byte[21], "the file is 21 bytes, too short for a ZIP archive (its end-of-central-directory"
        + " record alone is 22 bytes)");
    byte[] random = new byte[70_000];
    new Random(5).nextBytes(random);
    assertMalformed(random, "no end-of-central-directory record (signature 0x06054b50) in the last 65557 bytes: not"
        + " a ZIP archive, or a truncated one");
    assertMalformed(Arrays.copyOf(zip, zip.length - 1), "no end-of-central-directory record (signature 0x06054b50)"
        + " in the last 204 bytes: not a ZIP archive, or a truncated one");
  }

  @Test
  void truncatedComment() {
    byte[] commented = Zips.write("a comment", Item.stored("a.txt", "hello"));
    int at = lastIndexOf(commented, EndOfCentralDirectory.SIGNATURE);
    assertMalformed(Arrays.copyOf(commented, commented.length - 4), "end-of-central-directory record at offset " + at
        + " has a comment of 9 bytes, but only 5 bytes follow the record (a truncated file?)");
  }

  @Test
  void centralDirectoryOutsideTheFile() {
    le(zip).putInt(end + 12, end + 1);
    assertMalformed(zip, "end-of-central-directory record at offset 183 says the central directory is 184 bytes,"
        + " but only 183 bytes precede the record");
    le(zip).putInt(end + 12, 102).putInt(end + 16, 91);
    assertMalformed(zip, "end-of-central-directory record at offset 183 says the central directory starts at offset"
        + " 91, but its 102 bytes end at the record, so it starts at offset 81: the file lacks the archive's first 10"
        + " bytes");
  }

  @Test
  void entryCountsThatDoNotFit() {
    le(zip).putShort(end + 10, (short) 0xffff);
    assertMalformed(zip, "end-of-central-directory record at offset 183 says there are 65535 entries, but the"
        + " central directory's 102 bytes hold at most 2 (46 bytes each at least)");
    le(zip).putShort(end + 10, (short) 1);
    assertMalformed(zip, "end-of-central-directory record at offset 183 says there are 1 entries, but the central"
        + " directory at offset 81 holds 2");
  }

  @Test
  void splitArchives() {
    le(zip).putShort(end + 4, (short) 1);
    assertMalformed(zip, "end-of-central-directory record at offset 183 says this is disk 1 of a split archive,"
        + " with the central directory on disk 0; only single-file archives can be read");
  }

  @Test
  void centralDirectoryEntries() {
    byte[] badSignature = zip.clone();
    badSignature[cd1] = 0;
    assertMalformed(badSignature, "central directory entry #1 at offset 132: the signature is 0x02014b00, not"
        + " 0x02014b50");
    le(zip).putShort(cd1 + 28, (short) 1000);
    assertMalformed(zip, "central directory entry #1 with its name, extra field and comment at offset 132 needs"
        + " 1046 bytes, but the central directory ends at offset 183");
  }

  @Test
  void localHeaders() {
    byte[] far = zip.clone();
    le(far).putInt(cd1 + 42, 0x7fffffff);
    assertMalformed(far, "local header of entry #1 at offset 2147483647 needs 30 bytes, but the central directory"
        + " starts at offset 81");
    byte[] badSignature = zip.clone();
    badSignature[local1 + 3] = 5;
    assertMalformed(badSignature, "local header of entry #1 at offset 40: the signature is 0x05034b50, not"
        + " 0x04034b50");
    byte[] badName = zip.clone();
    le(badName).putShort(local1 + 26, (short) 4);
    assertMalformed(badName, "local header of entry #1 at offset 40: the name is 4 bytes, but the central directory"
        + " says 5");
    le(zip).putInt(cd1 + 20, 1000);
    assertMalformed(zip, "entry #1 (local header, name, extra field and data) at offset 40 needs 1035 bytes, but the"
        + " central directory starts at offset 81");
  }

  @Test
  void overlappingEntries() {
    byte[] shared = zip.clone();
    le(shared).putInt(cd1 + 42, 0);
    assertMalformed(shared, "entry #1 at offset 0 overlaps entry #0, whose local header and data span offsets 0 to"
        + " 40");
    le(zip).putInt(cd0 + 20, 10);
    assertMalformed(zip, "entry #1 at offset 40 overlaps entry #0, whose local header and data span offsets 0 to"
        + " 45");
  }

  @Test
  void aMarkedSizeWithoutZip64ExtraField() {
    le(zip).putInt(cd0 + 24, -1);
    assertMalformed(zip, "central directory entry #0 at offset 81 marks a size or offset as 0xffffffff (in the ZIP64"
        + " extra field), but has no ZIP64 extra field");
  }

  /** The ZIP64 fixture, with its structures' offsets. */
  private static final class Zip64 {
    final byte[] bytes;
    final int record;
    final int locator;
    final int end;
    /** The extra field of central directory entry #2, data/numbers.bin: size, compressed size, offset. */
    final int extra2;

    Zip64(String name) throws IOException {
      bytes = Zips.resource(name);
      record = lastIndexOf(bytes, Zip64EndOfCentralDirectory.SIGNATURE);
      locator = lastIndexOf(bytes, Zip64Locator.SIGNATURE);
      end = lastIndexOf(bytes, EndOfCentralDirectory.SIGNATURE);
      extra2 = indicesOf(bytes, CentralDirectoryHeader.SIGNATURE).get(2) + 46 + "data/numbers.bin".length();
    }
  }

  @Test
  void zip64CountsAndSizesThatDoNotFit() throws IOException {
    Zip64 z = new Zip64("zip64-masked.zip");
    le(z.bytes).putLong(z.record + 24, 1L << 32).putLong(z.record + 32, 1L << 32);
    assertMalformed(z.bytes, "ZIP64 end-of-central-directory record at offset " + z.record + " says there are"
        + " 4294967296 entries, but the central directory's 371 bytes hold at most 8 (46 bytes each at least)");
    le(z.bytes).putLong(z.record + 32, Long.MIN_VALUE);
    assertMalformed(z.bytes, "ZIP64 end-of-central-directory record at offset " + z.record + ": its entry count"
        + " 9223372036854775808 is 2^63 or more");
    le(z.bytes).putLong(z.record + 32, 5).putLong(z.record + 40, 1L << 62);
    assertMalformed(z.bytes, "ZIP64 end-of-central-directory record at offset " + z.record + " says the central"
        + " directory is 4611686018427387904 bytes, but only " + z.record + " bytes precede the record");
  }

  @Test
  void zip64RecordsThatDisagree() throws IOException {
    Zip64 z = new Zip64("zip64.zip");
    le(z.bytes).putShort(z.end + 10, (short) 4);
    assertMalformed(z.bytes, "end-of-central-directory record at offset " + z.end + " gives the entry count as 4,"
        + " but the ZIP64 end-of-central-directory record at offset " + z.record + " gives 5");
  }

  @Test
  void zip64LocatorThatPointsNowhere() throws IOException {
    Zip64 z = new Zip64("zip64.zip");
    le(z.bytes).putLong(z.locator + 8, Long.MAX_VALUE);
    assertEquals(5, ZipFixtures.read(z.bytes).entries().size(), "the record just before the locator is found");
    z.bytes[z.record] = 0;
    assertMalformed(z.bytes, "ZIP64 end-of-central-directory locator at offset " + z.locator + " points to offset "
        + Long.MAX_VALUE + ", but no ZIP64 end-of-central-directory record (signature 0x06064b50) ending at the"
        + " locator is there or at offset " + z.record);
    le(z.bytes).putInt(z.locator + 16, 2);
    assertMalformed(z.bytes, "ZIP64 end-of-central-directory locator at offset " + z.locator + " says the archive"
        + " spans 2 disks; only single-file archives can be read");
  }

  @Test
  void zip64ExtraFields() throws IOException {
    Zip64 z = new Zip64("zip64.zip");
    int header = indicesOf(z.bytes, CentralDirectoryHeader.SIGNATURE).get(2);
    byte[] past = z.bytes.clone();
    le(past).putShort(z.extra2 + 2, (short) 200);
    assertMalformed(past, "extra field block (tag 0x0001) of central directory entry #2 at offset " + z.extra2
        + " needs 204 bytes, but the entry's extra field ends at offset " + (z.extra2 + 28));
    byte[] short16 = z.bytes.clone();
    le(short16).putShort(z.extra2 + 2, (short) 16).putShort(z.extra2 + 20, (short) 0x5455).putShort(z.extra2 + 22,
        (short) 0);
    le(short16).putInt(z.extra2 + 24, 0);
    assertMalformed(short16, "ZIP64 extra field of central directory entry #2 at offset " + z.extra2 + " holds 16"
        + " bytes, but the entry's fields of all ones need 24");
    le(z.bytes).putLong(z.extra2 + 4, -1);
    assertMalformed(z.bytes, "ZIP64 extra field of central directory entry #2: the value at offset " + (z.extra2 + 4)
        + " is 18446744073709551615, 2^63 or more");
    assertEquals(header + 46 + 16, z.extra2);
  }
}
