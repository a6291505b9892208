package dev.structview.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.buffer.Memory;
import dev.structview.testing.CPython;
import dev.structview.testing.SparseZip64;
import dev.structview.testing.Zips;
import dev.structview.zip.internal.CentralDirectoryHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data of entries, against what CPython's {@code zipfile} reads from archives it writes
 * ({@code src/test/python/zip_members.py}, run by each test): stored entries handed out zero-copy,
 * deflated ones inflated, both checked against their size and CRC-32; and corrupt or hostile data
 * refused with a {@link ZipFormatException} where {@code zipfile} refuses it too.
 */
class ZipArchiveTest {
  private static final Path SCRIPT = Path.of("src", "test", "python", "zip_members.py");
  /** {@code zipfile.ZIP_BZIP2}: a method the archive lists but does not inflate. */
  private static final int BZIP2 = 12;

  @TempDir
  Path dir;

  @BeforeEach
  void needsPython() {
    assumeTrue(CPython.available(), CPython.MISSING);
  }

  private static List<String> python(String... args) throws IOException {
    return CPython.run(Files.readString(SCRIPT), List.of(args), "");
  }

  /** An entry as zipfile reads it back. */
  record Expected(String archive, String name, int method, long size, long crc32, String sha256) {
    static Expected parse(String line) {
      String[] c = line.split("\t");
      return new Expected(c[0], c[1], Integer.parseInt(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]), c[5]);
    }
  }

  @Test
  void storedAndDeflatedContentIsWhatZipfileReads() throws IOException {
    List<Expected> expected = python("write", dir.toString()).stream().map(Expected::parse).toList();
    assertEquals(14, expected.size());
    for (Expected x : expected) {
      try (ZipArchive zip = ZipArchive.open(dir.resolve(x.archive()))) {
        ZipEntryInfo e = byName(zip).get(x.name());
        String where = x.archive() + "!" + x.name();
        assertEquals(List.of(x.method(), x.size(), x.crc32()), List.of(e.method(), e.size(), e.crc32()), where);
        assertEquals(x.archive().equals("streamed.zip"), e.hasDataDescriptor(), where);
        if (x.method() == BZIP2) {
          assertThrows(UnsupportedOperationException.class, () -> zip.inputStream(e), where);
          continue;
        }
        try (InputStream in = zip.inputStream(e)) {
          assertEquals(x.sha256(), sha256(in.readAllBytes()), where);
        }
        if (x.method() == ZipEntryInfo.STORED) {
          Memory data = zip.storedData(e);
          byte[] bytes = new byte[(int) data.byteSize()];
          data.copyTo(0, bytes, 0, bytes.length);
          assertEquals(x.sha256(), sha256(bytes), where);
          assertTrue(data.slice(0, bytes.length).isDirect() && data.isReadOnly(), "the mapped file itself: " + where);
        } else {
          assertThrows(IllegalArgumentException.class, () -> zip.storedData(e), where);
        }
      }
    }
  }

  @Test
  void storedDataSharesTheArchivesBytes() {
    byte[] bytes = Zips.small();
    try (ZipArchive zip = ZipArchive.of(Memory.of(bytes))) {
      ZipEntryInfo hello = byName(zip).get("hello.txt");
      Memory data = zip.storedData(hello);
      assertEquals("Hello, world!\n".length(), data.byteSize());
      bytes[(int) hello.dataOffset()] = 'J';
      assertEquals('J', data.getByte(0), "no copy: a change to the archive shows");
    }
  }

  @Test
  void aCorruptCrcIsRefusedAtTheEndAsZipfileRefusesIt() throws IOException {
    Path file = patched("write", "members.zip", "text.txt", (b, header) -> b.putInt(header + 16,
        b.getInt(header + 16) ^ 1));
    assertTrue(python("read", file.toString(), "text.txt").get(0).startsWith("BadZipFile: Bad CRC-32"));
    Failure failure = readToFailure(file, "text.txt");
    assertTrue(failure.exception().getMessage().startsWith(file + ": entry \"text.txt\" (local header at offset "),
        failure.exception().getMessage());
    assertTrue(failure.problem().endsWith("the CRC-32 of its content is 74fe196d, but the central directory says"
        + " 74fe196c"), failure.problem());
    assertEquals(293_357, failure.read(), "all of the content came before");
  }

  @Test
  void aTruncatedDeflateStreamIsRefusedAsZipfileRefusesIt() throws IOException {
    int[] half = new int[1];
    Path file = patched("write", "members.zip", "text.txt", (b, header) -> {
      half[0] = b.getInt(header + 20) / 2;
      b.putInt(header + 20, half[0]).putInt(b.getInt(header + 42) + 18, half[0]);
    });
    assertNotEquals("ok", python("read", file.toString(), "text.txt").get(0));
    Failure failure = readToFailure(file, "text.txt");
    assertTrue(failure.problem().contains("its deflate stream ends early: all " + half[0] + " bytes of its data are"
        + " read"), failure.problem());
  }

  /**
   * 16 MiB of zeros deflate to 16 KiB; the central directory says they are 1000 bytes. Reading
   * stops one byte past that, whatever buffer the reader offers ({@code zipfile} reads 1000 bytes
   * and finds their CRC-32 wrong).
   */
  @Test
  void aDeflateBombIsRefusedOnceItPassesItsDeclaredSize() throws IOException {
    Path file = patched("bomb", "bomb.zip", "bomb.bin", (b, header) -> b.putInt(header + 24, 1000)
        .putInt(b.getInt(header + 42) + 22, 1000));
    assertTrue(python("read", file.toString(), "bomb.bin").get(0).startsWith("BadZipFile"));
    Failure failure = readToFailure(file, "bomb.bin");
    assertTrue(failure.read() <= 1000, failure.read() + " bytes handed out");
    assertTrue(failure.problem().endsWith("its data inflates past its size of 1000 bytes (a zip bomb?)"),
        failure.problem());
  }

  /** A sparse ZIP64 archive of 5 GiB: its big stored entry is handed out as memory, not read. */
  @Test
  void aStoredEntryOf5GiBInAZip64Archive() throws IOException {
    Path file = SparseZip64.write(dir.resolve("sparse64.zip"));
    try (ZipArchive zip = ZipArchive.open(file)) {
      Map<String, ZipEntryInfo> entries = byName(zip);
      Memory big = zip.storedData(entries.get(SparseZip64.BIG_NAME));
      assertEquals(SparseZip64.BIG, big.byteSize());
      assertEquals(0, big.getLong(SparseZip64.BIG - 8, false));
      ZipEntryInfo small = entries.get(SparseZip64.SMALL_NAME);
      assertEquals(SparseZip64.SMALL_OFFSET, small.localHeaderOffset());
      Memory data = zip.storedData(small);
      byte[] bytes = new byte[SparseZip64.SMALL.length];
      data.copyTo(0, bytes, 0, bytes.length);
      assertArrayEquals(SparseZip64.SMALL, bytes);
      try (InputStream in = zip.inputStream(small)) {
        assertArrayEquals(SparseZip64.SMALL, in.readAllBytes(), "and its CRC-32 checked");
      }
    }
  }

  @Test
  void entriesOfAnotherArchiveAndEncryptedEntriesAreRefused() {
    try (ZipArchive zip = ZipArchive.of(Memory.of(Zips.small()))) {
      ZipEntryInfo hello = byName(zip).get("hello.txt");
      ZipEntryInfo far = new ZipEntryInfo("far", 0, 10, 10, 0, 0, zip.centralDirectoryOffset() - 9,
          hello.modified(), 0, "");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> zip.inputStream(far));
      assertEquals("entry \"far\" has 10 bytes of data at offset " + (zip.centralDirectoryOffset() - 9) + ", but the"
          + " entries of this archive end at offset " + zip.centralDirectoryOffset() + ": not an entry of this archive",
          e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> zip.storedData(far));
      ZipEntryInfo locked = new ZipEntryInfo(hello.name(), hello.method(), hello.compressedSize(), hello.size(),
          hello.crc32(), hello.localHeaderOffset(), hello.dataOffset(), hello.modified(),
          ZipEntryInfo.FLAG_ENCRYPTED, "");
      assertThrows(UnsupportedOperationException.class, () -> zip.storedData(locked));
      assertThrows(IllegalArgumentException.class, () -> zip.inputStream(null));
    }
  }

  @Test
  void malformedFilesAreNamedInTheMessage() throws IOException {
    Path file = Files.write(dir.resolve("short.zip"), new byte[21]);
    ZipFormatException e = assertThrows(ZipFormatException.class, () -> ZipArchive.open(file));
    assertEquals(file + ": the file is 21 bytes, too short for a ZIP archive (its end-of-central-directory record"
        + " alone is 22 bytes)", e.getMessage());
    assertEquals(file, e.file().orElseThrow());
    assertEquals("the file is 21 bytes, too short for a ZIP archive (its end-of-central-directory record alone is 22"
        + " bytes)", e.problem());
    assertFalse(assertThrows(ZipFormatException.class, () -> ZipArchive.of(Memory.of(new byte[21]))).file()
        .isPresent());
  }

  @Test
  void aClosedArchiveFailsLoudly() throws IOException {
    Path file = Zips.file(dir, "small.zip", Zips.small());
    ZipArchive zip = ZipArchive.open(file);
    ZipEntryInfo hello = byName(zip).get("hello.txt");
    Memory data = zip.storedData(hello);
    InputStream in = zip.inputStream(hello);
    zip.close();
    zip.close();
    assertThrows(IllegalStateException.class, zip::entries);
    assertThrows(IllegalStateException.class, () -> zip.inputStream(hello));
    assertThrows(IllegalStateException.class, () -> data.getByte(0), "the mapping is gone");
    assertThrows(IllegalStateException.class, in::read);
  }

  /**
   * Runs {@code zip_members.py mode}, then patches its {@code archive} through {@code patch}, which
   * is given the bytes and the offset of the central directory header of the entry {@code name}.
   */
  private Path patched(String mode, String archive, String name, BiConsumer<ByteBuffer, Integer> patch)
      throws IOException {
    python(mode, dir.toString());
    Path file = dir.resolve(archive);
    byte[] bytes = Files.readAllBytes(file);
    patch.accept(Zips.le(bytes), centralHeader(bytes, name));
    return Files.write(file, bytes);
  }

  /** What stopped a reader of an entry, and the bytes it had before. */
  private record Failure(ZipFormatException exception, long read) {
    String problem() {
      return exception.problem();
    }
  }

  /** Reads entry {@code name} of {@code file} as a reader with a buffer of 1 MiB does, to the exception. */
  private static Failure readToFailure(Path file, String name) throws IOException {
    try (ZipArchive zip = ZipArchive.open(file); InputStream in = zip.inputStream(byName(zip).get(name))) {
      byte[] buffer = new byte[1 << 20];
      long read = 0;
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          read += n;
        }
      } catch (ZipFormatException e) {
        assertEquals(e.getMessage(), assertThrows(ZipFormatException.class, in::read).getMessage(),
            "and again at each read, not a quiet end");
        return new Failure(e, read);
      }
      throw new AssertionError(name + " of " + file + " was read to its end, " + read + " bytes");
    }
  }

  private static Map<String, ZipEntryInfo> byName(ZipArchive zip) {
    return zip.entries().collect(Collectors.toMap(ZipEntryInfo::name, Function.identity()));
  }

  /** The central directory header of the entry named {@code name}, found by its bytes. */
  private static int centralHeader(byte[] zip, String name) {
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int at : Zips.indicesOf(zip, CentralDirectoryHeader.SIGNATURE)) {
      int length = Zips.le(zip).getShort(at + 28);
      if (length == wanted.length && Arrays.equals(zip, at + 46, at + 46 + length, wanted, 0, length)) {
        return at;
      }
    }
    throw new AssertionError("no central directory header for " + name);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
