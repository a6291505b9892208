package dev.structview.samples.wav;

import static dev.structview.samples.wav.WavBytes.chunk;
import static dev.structview.samples.wav.WavBytes.pcm16;
import static dev.structview.samples.wav.WavBytes.riff;

import dev.structview.samples.io.HeaderFuzzing;
import dev.structview.samples.io.MalformedFileException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every truncation of small WAV files, and thousands of seeded random corruptions, read and printed
 * in full: each gives a report or a {@link MalformedFileException}, nothing else, and quickly.
 */
class WavFuzzTest {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  /** Reads and prints in full; the headers are in the first 64 bytes. */
  private static final HeaderFuzzing FUZZING = new HeaderFuzzing(file -> WavCommand.print("fuzz.wav", file, NOWHERE),
      64, new long[] {0, 1, 2, 3, 0xFF, 0xFFFF, 0xFFFE, 0x7FFF_FFFF, 0x8000_0000L, 0xFFFF_FFFFL});

  private static List<byte[]> seeds() {
    byte[] afterData = riff(chunk("fmt ", pcm16(2)), chunk("data", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
        chunk("LIST", new byte[] {'I', 'N', 'F', 'O', 1}));
    return List.of(WavFixturesTest.bytes("float32-stereo.wav"), WavFixturesTest.bytes("extensible-pcm24.wav"),
        WavFixturesTest.bytes("streaming-pcm16.wav"), afterData);
  }

  @Test
  void everyTruncationIsReadOrRefusedCleanly() {
    FUZZING.everyTruncation(seeds());
  }

  @Test
  void randomCorruptionsAreReadOrRefusedCleanly() {
    FUZZING.randomCorruptions(seeds(), 4000, 5);
  }
}
