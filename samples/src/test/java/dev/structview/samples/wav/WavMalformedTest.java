package dev.structview.samples.wav;

import static dev.structview.samples.wav.WavBytes.buffer;
import static dev.structview.samples.wav.WavBytes.chunk;
import static dev.structview.samples.wav.WavBytes.extensible;
import static dev.structview.samples.wav.WavBytes.fmt;
import static dev.structview.samples.wav.WavBytes.pcm16;
import static dev.structview.samples.wav.WavBytes.riff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.io.MalformedFileException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Broken and hostile WAV files: each fails with a message naming the structure, its offset and the problem. */
class WavMalformedTest {
  private static final byte[] FOUR_FRAMES = new byte[16];

  private static String failure(byte[] file) {
    return assertThrows(MalformedFileException.class, () -> WavFile.read(buffer(file))).getMessage();
  }

  @Test
  void emptyAndForeignFiles() {
    assertEquals("the file is empty", failure(new byte[0]));
    assertEquals("RIFF header at offset 0 needs 12 bytes, but the file ends at 4", failure("RIFF".getBytes()));
    assertEquals("not a WAV file: the RIFF header at offset 0 starts with b'BM\\x00\\x00', not 'RIFF'",
        failure(Arrays.copyOf("BM".getBytes(), 12)));
  }

  @Test
  void foreignIdsAreShownAsPythonBytes() {
    assertEquals("not a WAV file: the RIFF header at offset 0 starts with b'\\x89PNG', not 'RIFF'",
        failure(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 'W', 'A', 'V', 'E'}));
    assertEquals("not a WAV file: the RIFF header at offset 0 has form type 'AVI ', not 'WAVE'",
        failure("RIFF\4\0\0\0AVI ".getBytes()));
  }

  @Test
  void aRiffSizePastTheEndMeansATruncatedFile() {
    byte[] file = riff(1000, chunk("fmt ", pcm16(1)), chunk("data", FOUR_FRAMES));
    assertEquals("RIFF header at offset 0 declares 1000 bytes after its first 8, but the file ends at 60: the file"
        + " is truncated", failure(file));
  }

  @Test
  void chunksPastTheEnd() {
    assertEquals("'data' chunk #1 body at offset 44 needs 1000 bytes, but the file ends at 60",
        failure(riff(chunk("fmt ", pcm16(1)), chunk("data", 1000, FOUR_FRAMES))));
    assertEquals("'LIST' chunk #0 body at offset 20 needs 4294967295 bytes, but the file ends at 60",
        failure(riff(chunk("LIST", 0xFFFF_FFFFL, new byte[16]), chunk("data", FOUR_FRAMES))));
  }

  @Test
  void missingChunks() {
    assertEquals("no 'data' chunk among the 1 chunks of the RIFF form (28 bytes)",
        failure(riff(chunk("fmt ", pcm16(1)))));
    assertEquals("no 'fmt ' chunk among the 1 chunks of the RIFF form (28 bytes)",
        failure(riff(chunk("data", FOUR_FRAMES))));
  }

  @Test
  void formatsThatContradictThemselves() {
    assertEquals("'fmt ' chunk at offset 12 is 14 bytes; a WAVE format needs at least 16",
        failure(riff(chunk("fmt ", Arrays.copyOf(pcm16(1), 14)), chunk("data", FOUR_FRAMES))));
    assertEquals("'fmt ' chunk at offset 12 has 0 channels", failure(wav(fmt(1, 0, 8000, 2, 16))));
    assertEquals("'fmt ' chunk at offset 12 has a sample rate of 0", failure(wav(fmt(1, 1, 0, 2, 16))));
    assertEquals("'fmt ' chunk at offset 12 has a block align of 0", failure(wav(fmt(1, 1, 8000, 0, 16))));
    assertEquals("'fmt ' chunk at offset 12 has 0 bits per sample", failure(wav(fmt(1, 1, 8000, 2, 0))));
    assertEquals("'fmt ' chunk at offset 12 has a block align of 3, but 2 channels of 16 bits need 4",
        failure(wav(fmt(1, 2, 8000, 3, 16))));
  }

  @Test
  void extensibleFormatsNeedTheirExtension() {
    assertEquals("'fmt ' chunk at offset 12 is 18 bytes; WAVE_FORMAT_EXTENSIBLE needs 40",
        failure(wav(Arrays.copyOf(extensible(2, 16, 22, 16, 1), 18))));
    assertEquals("WAVE_FORMAT_EXTENSIBLE extension at offset 36 declares 0 bytes; it needs 22",
        failure(wav(extensible(2, 16, 0, 16, 1))));
    assertEquals("WAVE_FORMAT_EXTENSIBLE extension at offset 36 has 17 valid bits in samples of 16",
        failure(wav(extensible(2, 16, 22, 17, 1))));
  }

  @Test
  void codecsAndUnknownSubFormatsReportTheirFormatWithoutSamples() {
    WavFile alaw = WavFile.read(buffer(wav(fmt(6, 1, 8000, 1, 8))));
    assertEquals("A-law", alaw.format().encoding());
    assertTrue(alaw.format().coding().isEmpty());
    assertEquals("no sample view for A-law", assertThrows(UnsupportedOperationException.class, alaw::samples)
        .getMessage());
    WavFile unknown = WavFile.read(buffer(wav(extensible(2, 16, 22, 16, 0x10000))));
    assertEquals("WAVE_FORMAT_EXTENSIBLE: sub-format {00010000-0000-0010-8000-00aa00389b71}",
        unknown.format().encoding());
  }

  @Test
  void anEmptyDataChunkInAFinishedFileHasNoFrames() {
    WavFile wav = WavFile.read(buffer(riff(chunk("fmt ", pcm16(2)), chunk("data", new byte[0]),
        chunk("LIST", new byte[6]))));
    assertEquals(0, wav.frames());
    try (Samples samples = wav.samples()) {
      assertEquals("[0, 2]", Arrays.toString(samples.view().shape())); // exported: cast refuses a 0 in a shape
    }
  }

  @Test
  void aPartialLastFrameIsIgnored() {
    WavFile wav = WavFile.read(buffer(riff(chunk("fmt ", pcm16(2)), chunk("data", new byte[11]))));
    assertEquals(2, wav.frames());
    assertEquals(3, wav.strayBytes());
  }

  @Test
  void millionsOfChunksCostNoMemory() {
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    many.writeBytes(chunk("fmt ", pcm16(1)));
    for (int i = 0; i < 100_000; i++) {
      many.writeBytes(chunk("junk", new byte[0]));
    }
    many.writeBytes(chunk("data", FOUR_FRAMES));
    WavFile wav = WavFile.read(buffer(riff(many.toByteArray())));
    assertEquals(100_002, wav.chunkCount());
    assertEquals(RiffChunks.LISTED, wav.chunks().size());
    assertEquals(8, wav.frames());
  }

  private static byte[] wav(byte[] fmtBody) {
    return riff(chunk("fmt ", fmtBody), chunk("data", FOUR_FRAMES));
  }
}
