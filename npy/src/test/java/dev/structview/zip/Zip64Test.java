package dev.structview.zip;


import static dev.structview.testing.Zips.file;
import static dev.structview.zip.ZipFixtures.assertSameAsJavaUtilZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.Zips;
import dev.structview.zip.ZipFixtures.Listing;
import dev.structview.zip.internal.Zip64EndOfCentralDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ZIP64 archives written by CPython's {@code zipfile} ({@code gen_zip64_fixtures.py}), read against
 * what CPython and {@code java.util.zip} read from them.
 */
class Zip64Test {
  @TempDir
  Path dir;

  /** An entry as CPython's zipfile read it back: {@code zip64.tsv}. */
  record Expected(String name, int method, long compressedSize, long size, long crc32, long headerOffset,
      String modified, int flags) {}

  static List<Expected> cpython() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (String line : new String(Zips.resource("zip64.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] c = line.split("\t");
        rows.add(new Expected(c[0], Integer.parseInt(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3]),
            Long.parseLong(c[4]), Long.parseLong(c[5]), c[6], Integer.parseInt(c[7])));
      }
    }
    return rows;
  }

  private static void assertAsCPythonReadIt(Listing archive, long prefix) throws IOException {
    List<Expected> expected = cpython();
    assertEquals(5, expected.size());
    assertEquals(expected.size(), archive.entries().size());
    for (int i = 0; i < expected.size(); i++) {
      Expected x = expected.get(i);
      ZipEntryInfo e = archive.entries().get(i);
      assertEquals(x, new Expected(e.name(), e.method(), e.compressedSize(), e.size(), e.crc32(),
          e.localHeaderOffset() - prefix, e.modified().toString(), e.flags()));
    }
    assertTrue(archive.zip64());
    assertEquals("ZIP64 records written by CPython zipfile", archive.comment());
    assertEquals(prefix, archive.prefixLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zip64.zip", "zip64-masked.zip"})
  void readAsCPythonAndJavaUtilZipReadThem(String name) throws IOException {
    Path path = file(dir, name, Zips.resource(name));
    assertAsCPythonReadIt(assertSameAsJavaUtilZip(path, StandardCharsets.UTF_8), 0);
  }

  @Test
  void thePlainAndMaskedRecordsPlaceTheSameCentralDirectory() throws IOException {
    Listing plain = ZipFixtures.read(Zips.resource("zip64.zip"));
    Listing masked = ZipFixtures.read(Zips.resource("zip64-masked.zip"));
    assertEquals(plain, masked);
    assertEquals(Zips.lastIndexOf(Zips.resource("zip64.zip"), Zip64EndOfCentralDirectory.SIGNATURE),
        plain.centralDirectoryOffset() + plain.centralDirectorySize(), "the ZIP64 record follows the directory");
  }

  /**
   * Prefixed, the locator's offset (counted from the archive's start) misses the ZIP64 record; it
   * is found just before the locator, as CPython's {@code zipfile} and {@code unzip} find it.
   * ({@code java.util.zip.ZipFile} of JDK 17 refuses both archives: it looks for the ZIP64 record
   * only where the locator says, and without it misplaces the central directory.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"zip64.zip", "zip64-masked.zip"})
  void prefixedZip64Archives(String name) throws IOException {
    byte[] stub = new byte[1000];
    assertAsCPythonReadIt(ZipFixtures.read(Zips.concat(stub, Zips.resource(name))), stub.length);
  }
}
