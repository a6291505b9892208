package dev.structview.zip;


import static dev.structview.zip.ZipFixtures.assertSameAsJavaUtilZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.Zips;
import dev.structview.testing.Zips.Item;
import dev.structview.zip.ZipFixtures.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names without flag bit 11: UTF-8 when they are valid UTF-8, as {@code java.util.zip} and
 * {@code unzip} show the archives Info-ZIP {@code zip} writes on Linux; CP437 otherwise.
 */
class ZipNamesTest {
  private static final String NAME = "h\u00e9llo.txt";
  private static final String DIRECTORY = "\u00fcber/";

  @TempDir
  Path dir;

  /** The UTF-8 bytes of the names stored without bit 11 (ZipOutputStream sets it only for a UTF-8 charset). */
  @Test
  void validUtf8WithoutBit11IsReadAsJavaUtilZipReadsIt() throws IOException {
    byte[] bytes = Zips.write(StandardCharsets.ISO_8859_1, "", Item.stored(latin1OfUtf8(NAME), "x"),
        Item.directory(latin1OfUtf8(DIRECTORY)));
    Listing archive = assertSameAsJavaUtilZip(Zips.file(dir, "utf8.zip", bytes), StandardCharsets.UTF_8);
    assertEquals(NAME, archive.entries().get(0).name());
    assertFalse(archive.entries().get(0).utf8(), "the name is not flagged as UTF-8");
    assertEquals(DIRECTORY, archive.entries().get(1).name());
  }

  /** Each entry is decoded on its own: a CP437 name (0x82 is é) beside a UTF-8 one. */
  @Test
  void eachUnflaggedNameIsDecodedOnItsOwn() throws IOException {
    byte[] bytes = Zips.write(StandardCharsets.ISO_8859_1, "", Item.stored(latin1OfUtf8(NAME), "x"),
        Item.stored("caf\u0082.txt", "y"));
    Listing archive = ZipFixtures.read(bytes);
    assertEquals(List.of(NAME, "caf\u00e9.txt"), archive.entries().stream().map(ZipEntryInfo::name)
        .collect(Collectors.toList()));
  }

  /** An archive made by Info-ZIP zip in a UTF-8 locale, as on any Linux machine; listed by all three. */
  @Test
  void infoZipArchivesAgreeWithUnzipAndJavaUtilZip() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/zip")) && Files.isExecutable(Path.of("/usr/bin/unzip")),
        "zip and unzip are not on this machine (apt-get install zip unzip)");
    Path files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve(NAME), "hello");
    Files.createDirectories(files.resolve(DIRECTORY));
    Path zip = dir.resolve("infozip.zip");
    run(files, "/usr/bin/zip", "-q", "-r", zip.toString(), NAME, DIRECTORY);
    Listing archive = assertSameAsJavaUtilZip(zip, StandardCharsets.UTF_8);
    assertTrue(archive.entries().stream().noneMatch(ZipEntryInfo::utf8), "zip sets no bit 11: " + archive);
    List<String> unzip = List.of(run(dir, "/usr/bin/unzip", "-Z1", zip.toString()).split("\n"));
    List<String> ours = archive.entries().stream().map(ZipEntryInfo::name).collect(Collectors.toList());
    assertEquals(unzip, ours);
    assertTrue(ours.contains(NAME), ours.toString());
  }

  /** The bytes of {@code text} in UTF-8, one char each, so that ISO-8859-1 writes exactly those bytes. */
  private static String latin1OfUtf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String run(Path in, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C.UTF-8"); // names are UTF-8 on disk and on the terminal
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
    assertEquals(0, process.exitValue(), output);
    return output.strip();
  }
}
