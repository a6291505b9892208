package dev.structview.samples.wav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.cli.Cli;
import dev.structview.samples.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code structview wav FILE} end to end: the report, and one line on standard error for every failure. */
class WavCommandTest {
  @TempDir
  Path dir;



  private Path stereo16() throws IOException {
    return JdkAudio.write(dir.resolve("stereo.wav"), new AudioFormat(8000, 16, 2, true, false), 4000, 7);
  }

  @Test
  void reportsTheFormatLevelsAndFirstFramesOfAJdkWav() throws IOException {
    Path file = stereo16();
    CliRun run = CliRun.of("wav", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    String nl = System.lineSeparator();
    assertTrue(run.out().startsWith(file + ": WAVE audio, 16044 bytes, 2 chunks" + nl
        + "  chunks       'fmt ' at 12 (16 bytes), 'data' at 36 (16000 bytes)" + nl
        + "  encoding     PCM, 16-bit signed" + nl
        + "  channels     2" + nl
        + "  sample rate  8000 Hz" + nl
        + "  bits         16" + nl
        + "  block align  4 bytes" + nl
        + "  byte rate    32000 bytes/s" + nl
        + "  frames       4000" + nl
        + "  duration     0.5 s" + nl
        + "  samples      MemoryView 'h' [4000, 2], strides [4, 2]" + nl), run.out());
    assertTrue(run.out().contains("  channel   peak  peak dBFS      rms  rms dBFS" + nl), run.out());
    assertTrue(run.out().contains("  first 5 frames" + nl + "  frame     ch0     ch1" + nl), run.out());
  }

  @Test
  void levelsAreComputedFromEverySample() throws IOException {
    Path file = stereo16();
    JdkAudio.Decoded jdk = JdkAudio.read(file.toFile());
    List<String> lines = CliRun.of("wav", file.toString()).out().lines().collect(Collectors.toList());
    int header = lines.indexOf("  channel   peak  peak dBFS      rms  rms dBFS");
    for (int c = 0; c < 2; c++) {
      double peak = 0;
      double squares = 0;
      for (long f = 0; f < jdk.frames(); f++) {
        peak = Math.max(peak, Math.abs(jdk.sample(f, c)));
        squares += jdk.sample(f, c) * jdk.sample(f, c);
      }
      double rms = Math.sqrt(squares / jdk.frames());
      String[] row = lines.get(header + 1 + c).trim().split(" +");
      assertEquals(List.of(String.valueOf(c), String.valueOf((long) peak)), List.of(row[0], row[1]));
      assertEquals(20 * Math.log10(peak / 32768), Double.parseDouble(row[2]), 0.005);
      assertEquals(rms, Double.parseDouble(row[3]), 0.05);
      assertEquals(20 * Math.log10(rms / 32768), Double.parseDouble(row[4]), 0.005);
    }
  }

  @Test
  void everyFailureIsOneLineAndStatus2() throws IOException {
    byte[] wav = Files.readAllBytes(stereo16());
    byte[] random = new byte[300];
    new Random(1).nextBytes(random);
    Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
    Path bmp = Files.write(dir.resolve("image.bmp"), Arrays.copyOf("BM".getBytes(), 60));
    Path noise = Files.write(dir.resolve("noise.wav"), random);
    Path truncated = Files.write(dir.resolve("truncated.wav"), Arrays.copyOf(wav, 1000));
    assertFails(dir.resolve("missing.wav"), "no such file");
    assertFails(dir, "cannot read: is a directory");
    assertFails(empty, "the file is empty");
    assertFails(bmp, "not a WAV file: the RIFF header at offset 0 starts with b'BM\\x00\\x00', not 'RIFF'");
    assertFails(noise, "not a WAV file: the RIFF header at offset 0 starts with ");
    assertFails(truncated, "RIFF header at offset 0 declares 16036 bytes after its first 8, but the file ends at "
        + "1000: the file is truncated");
  }

  private static void assertFails(Path file, String message) {
    CliRun run = CliRun.of("wav", file.toString());
    assertEquals(Cli.FAILURE, run.status(), run.out());
    assertTrue(run.err().startsWith("structview: " + file + ": " + message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().endsWith(System.lineSeparator()), run.err());
  }
}
