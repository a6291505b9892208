package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run as a user runs them, in small heaps, on large files: they finish with the right
 * output, and when a heap is too small even so, the failure is one line and status 2, never a
 * stack trace.
 */
class SmallHeapTest {
  private static final int ENTRIES = 65_600; // past the classic 16-bit count
  private static final int FRAMES = 5_000_000; // 20 MB of 16-bit stereo

  @TempDir
  static Path dir;

  /** What a run printed, and its status. */
  record Run(int status, List<String> out, String err) {}

  @Test
  void zipOf65600EntriesListsWhatJavaUtilZipLists() throws Exception {
    Path zip = manyEntries();
    Run run = run("-Xmx32m", "zip", zip.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().get(0).contains(": " + ENTRIES + " entries, central directory at offset "),
        run.out().get(0));
    List<String> names;
    try (ZipFile file = new ZipFile(zip.toFile())) {
      names = Collections.list(file.entries()).stream().map(ZipEntry::getName).collect(Collectors.toList());
    }
    List<String> rows = run.out().subList(3, 3 + ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
      assertTrue(rows.get(i).endsWith("  " + names.get(i)), rows.get(i));
    }
  }

  @Test
  void aHeapTooSmallIsOneLineAndStatus2() throws Exception {
    // zip lists the 65,600 entries in 8 MiB now; a record of standard input is held whole, up to 64 MiB.
    Run run = run("-Xmx8m", "dump", "--format", "40000000B", "-");
    assertEquals(Cli.FAILURE, run.status(), run.err());
    assertTrue(run.err().startsWith("structview: out of memory while ") && run.err().lines().count() == 1,
        run.err());
  }

  @Test
  void wavOf20MegabytesInASmallHeap() throws Exception {
    Path wav = dir.resolve("long.wav");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(wav))) {
      out.write(wavHeader());
      byte[] frame = {(byte) 0xe8, 0x03, 0x18, (byte) 0xfc}; // 1000, -1000
      for (int i = 0; i < FRAMES; i++) {
        out.write(frame);
      }
    }
    Run run = run("-Xmx16m", "wav", wav.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().contains("  frames       " + FRAMES), String.join("\n", run.out()));
    assertTrue(run.out().stream().anyMatch(l -> l.matches(" +1 +1000 +-30\\.31 +1000\\.0 +-30\\.31")),
        String.join("\n", run.out()));
  }

  private static byte[] wavHeader() {
    ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 4 * FRAMES).put("WAVEfmt ".getBytes(
        StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 2).putInt(44_100)
        .putInt(44_100 * 4).putShort((short) 4).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
        .putInt(4 * FRAMES);
    return b.array();
  }

  /** An archive of {@value #ENTRIES} empty stored entries, written once for the tests that read it. */
  private static synchronized Path manyEntries() throws IOException {
    Path zip = dir.resolve("many.zip");
    if (Files.exists(zip)) {
      return zip;
    }
    try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
      out.setMethod(ZipOutputStream.STORED);
      for (int i = 0; i < ENTRIES; i++) {
        ZipEntry entry = new ZipEntry(String.format("d/%06d.txt", i));
        entry.setSize(0);
        entry.setCrc(0);
        entry.setTime(0);
        out.putNextEntry(entry);
        out.closeEntry();
      }
    }
    return zip;
  }

  private static Run run(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    process.getOutputStream().close(); // standard input: empty
    List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .collect(Collectors.toList());
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "structview did not finish");
    return new Run(process.exitValue(), out, Files.readString(err));
  }
}
