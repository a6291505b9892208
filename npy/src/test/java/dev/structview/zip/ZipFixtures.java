package dev.structview.zip;


import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.buffer.Memory;
import dev.structview.testing.Zips;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Listings of archives ({@link Zips} writes them), and the listings of {@code java.util.zip} to compare. */
final class ZipFixtures {
  private ZipFixtures() {}

  /** What both readers report of an entry. */
  record Row(String name, int method, long compressedSize, long size, long crc32) {
    static Row of(ZipEntryInfo e) {
      return new Row(e.name(), e.method(), e.compressedSize(), e.size(), e.crc32());
    }

    static Row of(ZipEntry e) {
      return new Row(e.getName(), e.getMethod(), e.getCompressedSize(), e.getSize(), e.getCrc());
    }
  }

  /**
   * A row that {@code ZipFile(file, IBM437)} read from an entry without flag bit 11, its name
   * re-read as UTF-8 when its bytes are valid UTF-8 (what {@code ZipFile(file)} would show).
   */
  static Row unflagged(Row cp437) {
    byte[] bytes = cp437.name().getBytes(Zips.CP437);
    try {
      String utf8 = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return new Row(utf8, cp437.method(), cp437.compressedSize(), cp437.size(), cp437.crc32());
    } catch (CharacterCodingException notUtf8) {
      return cp437;
    }
  }

  /**
   * All that a {@link ZipArchive} reports, detached from it, as the tests compare it.
   *
   * @param entries the entries, read by one walk of {@link ZipArchive#entries()}
   */
  record Listing(List<ZipEntryInfo> entries, String comment, long centralDirectoryOffset, long centralDirectorySize,
      long prefixLength, boolean zip64, long totalSize) {
    static Listing of(ZipArchive archive) {
      List<ZipEntryInfo> entries = archive.entries().toList();
      assertEquals(entries.size(), archive.entryCount(), "the count of the walk at opening");
      return new Listing(entries, archive.comment(), archive.centralDirectoryOffset(), archive.centralDirectorySize(),
          archive.prefixLength(), archive.zip64(), archive.totalSize());
    }
  }

  /** Reads an archive in read-only memory, as a mapped file is. */
  static Listing read(byte[] bytes) {
    try (ZipArchive archive = ZipArchive.of(Memory.of(ByteBuffer.wrap(bytes).asReadOnlyBuffer()))) {
      return Listing.of(archive);
    }
  }

  /** Reads an archive from a file. */
  static Listing read(Path file) throws IOException {
    try (ZipArchive archive = ZipArchive.open(file)) {
      return Listing.of(archive);
    }
  }

  /** The listing of {@code java.util.zip.ZipFile}, an independent reader. */
  static List<Row> javaListing(Path file, Charset charset) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), charset)) {
      return Collections.list(zip.entries()).stream().map(Row::of).collect(Collectors.toList());
    }
  }

  /** Our listing, as rows. */
  static List<Row> rows(Listing archive) {
    return archive.entries().stream().map(Row::of).collect(Collectors.toList());
  }

  /** Asserts that {@link ZipArchive} reads {@code file} as {@code ZipFile} does. */
  static Listing assertSameAsJavaUtilZip(Path file, Charset charset) throws IOException {
    Listing archive = read(file);
    assertEquals(javaListing(file, charset), rows(archive), file.toString());
    try (ZipFile zip = new ZipFile(file.toFile(), charset)) {
      assertEquals(zip.getComment() == null ? "" : zip.getComment(), archive.comment(), file + " comment");
    }
    return archive;
  }
}
