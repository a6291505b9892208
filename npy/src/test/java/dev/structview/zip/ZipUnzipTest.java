package dev.structview.zip;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.SparseZip64;
import dev.structview.testing.Zips;
import dev.structview.zip.ZipFixtures.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings against Info-ZIP's {@code unzip -v} (sizes, method, CRC-32, name) and
 * {@code unzip -Z -l} (zipinfo: the count, sizes, method, name) on real jars; skipped where there
 * is no {@code unzip}.
 */
class ZipUnzipTest {
  private static final Path UNZIP = Path.of("/usr/bin/unzip");
  /** {@code 2665  Defl:N  785  71% 1980-02-01 00:00 ebf642f9  META-INF/MANIFEST.MF}. */
  private static final Pattern VERBOSE = Pattern.compile(
      "^\\s*(\\d+)\\s+(\\S+)\\s+(\\d+)\\s+-?\\d+%\\s+\\S+\\s+\\S+\\s+([0-9a-f]{8})  (.*)$");
  /** {@code -rw----  2.0 fat  2665 bl  785 defN 80-Feb-01 00:00 META-INF/MANIFEST.MF}. */
  private static final Pattern ZIPINFO = Pattern.compile(
      "^\\S+\\s+\\S+\\s+\\S+\\s+(\\d+)\\s+\\S+\\s+(\\d+)\\s+(\\S+)\\s+\\S+\\s+\\S+ (.*)$");

  /** One line of unzip's listing. */
  record Line(String name, String method, long size, long compressedSize, String crc32) {}

  @BeforeAll
  static void needsUnzip() {
    assumeTrue(Files.isExecutable(UNZIP), "no " + UNZIP + " to compare with");
  }

  private static List<Path> jars() {
    List<Path> jars = Zips.asciiJars().collect(Collectors.toList());
    assertTrue(jars.size() >= 3, "too few jars with ASCII names: " + jars);
    return jars;
  }

  @Test
  void unzipVerboseListsWhatWeList() throws IOException, InterruptedException {
    for (Path jar : jars()) {
      assertSameAsUnzipVerbose(jar, 0);
    }
  }

  /**
   * The ZIP64 fixtures, also prefixed by 1000 bytes: unzip finds the ZIP64 record there too,
   * warning ("End-of-centdir-64 signature not where expected (prepended bytes?)"; status 1).
   */
  @Test
  void unzipVerboseListsTheZip64FixturesAsWeDo(@TempDir Path dir) throws IOException, InterruptedException {
    for (String name : List.of("zip64.zip", "zip64-masked.zip")) {
      byte[] bytes = Zips.resource(name);
      assertSameAsUnzipVerbose(Zips.file(dir, name, bytes), 0);
      assertSameAsUnzipVerbose(Zips.file(dir, "prefixed-" + name, Zips.concat(new byte[1000], bytes)),
          1);
    }
  }

  /** A ZIP64 archive of more than 4 GiB, whose second entry starts past 4 GiB: read in place, not refused. */
  @Test
  void unzipVerboseListsAnArchiveOfMoreThan4GiBAsWeDo(@TempDir Path dir) throws IOException, InterruptedException {
    Path zip = SparseZip64.write(dir.resolve("sparse64.zip"));
    assertSameAsUnzipVerbose(zip, 0);
    Listing archive = ZipFixtures.read(zip);
    assertEquals(List.of(0L, SparseZip64.SMALL_OFFSET), archive.entries().stream().map(
        ZipEntryInfo::localHeaderOffset).collect(Collectors.toList()));
    assertEquals(SparseZip64.BIG + SparseZip64.SMALL.length, archive.totalSize());
    assertTrue(archive.zip64());
  }

  private static void assertSameAsUnzipVerbose(Path file, int status) throws IOException, InterruptedException {
    List<Line> theirs = new ArrayList<>();
    for (String line : unzip("-v", file, status)) {
      Matcher m = VERBOSE.matcher(line);
      if (m.matches()) {
        theirs.add(new Line(m.group(5), m.group(2), Long.parseLong(m.group(1)), Long.parseLong(m.group(3)),
            m.group(4)));
      }
    }
    List<Line> ours = ZipFixtures.read(file).entries().stream().map(e -> new Line(e.name(), verboseMethod(e),
        e.size(), e.compressedSize(), String.format("%08x", e.crc32()))).collect(Collectors.toList());
    assertEquals(theirs, ours, file.toString());
  }

  @Test
  void zipinfoListsWhatWeList() throws IOException, InterruptedException {
    for (Path jar : jars()) {
      List<String> output = unzip("-Z -l", jar, 0);
      Listing archive = ZipFixtures.read(jar);
      assertTrue(output.get(1).endsWith("number of entries: " + archive.entries().size()), output.get(1));
      List<Line> theirs = new ArrayList<>();
      for (String line : output) {
        Matcher m = ZIPINFO.matcher(line);
        if (m.matches()) {
          theirs.add(new Line(m.group(4), m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), ""));
        }
      }
      List<Line> ours = archive.entries().stream().map(e -> new Line(e.name(), zipinfoMethod(e), e.size(),
          e.compressedSize(), "")).collect(Collectors.toList());
      assertEquals(theirs, ours, jar.toString());
    }
  }

  /** unzip -v names stored and deflated entries {@code Stored} and {@code Defl:N} (or X, F, S by level). */
  private static String verboseMethod(ZipEntryInfo e) {
    return e.method() == 0 ? "Stored" : e.method() == 8 ? "Defl:" + "NXFS".charAt(e.flags() >> 1 & 3)
        : e.methodName();
  }

  /** zipinfo names them {@code stor} and {@code defN} (or X, F, S). */
  private static String zipinfoMethod(ZipEntryInfo e) {
    return e.method() == 0 ? "stor" : e.method() == 8 ? "def" + "NXFS".charAt(e.flags() >> 1 & 3) : e.methodName();
  }

  private static List<String> unzip(String options, Path jar, int status) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(UNZIP.toString()));
    command.addAll(List.of(options.split(" ")));
    command.add(jar.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "unzip did not finish");
    assertEquals(status, process.exitValue(), output);
    return output.lines().collect(Collectors.toList());
  }
}
