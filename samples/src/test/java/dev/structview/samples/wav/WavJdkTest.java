package dev.structview.samples.wav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.structview.io.MappedFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WAV files written by {@code javax.sound.sampled}, read through the N-d view and checked against
 * what the JDK reads back: the format, the frame count and every sample.
 */
class WavJdkTest {
  private static final int FRAMES = 301;

  @TempDir
  Path dir;

  /** Every linear format the JDK's WAVE writer writes, as {encoding, bits, channels, view code}. */
  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(Encoding.PCM_UNSIGNED, 8, 1, "B"),
        Arguments.of(Encoding.PCM_SIGNED, 8, 2, "B"), // the JDK stores 8-bit samples unsigned, as WAV requires
        Arguments.of(Encoding.PCM_SIGNED, 16, 1, "h"),
        Arguments.of(Encoding.PCM_SIGNED, 16, 2, "h"),
        Arguments.of(Encoding.PCM_SIGNED, 24, 2, "B"),
        Arguments.of(Encoding.PCM_SIGNED, 32, 2, "i"),
        Arguments.of(Encoding.PCM_SIGNED, 16, 6, "h"),
        Arguments.of(Encoding.PCM_FLOAT, 32, 2, "f"));
  }

  private Path jdkWav(Encoding encoding, int bits, int channels) throws IOException {
    AudioFormat format = new AudioFormat(encoding, 44100, bits, channels, bits / 8 * channels, 44100, false);
    return JdkAudio.write(dir.resolve("jdk.wav"), format, FRAMES, bits * 31L + channels);
  }

  @ParameterizedTest(name = "{0} {1}-bit, {2} channels")
  @MethodSource("formats")
  void formatAndFramesAreWhatTheJdkReads(Encoding encoding, int bits, int channels, String code) throws IOException {
    Path file = jdkWav(encoding, bits, channels);
    WavFile wav = WavFile.read(MappedFile.map(file));
    AudioFileFormat jdk = JdkAudio.fileFormat(file);
    WaveFormat f = wav.format();
    assertEquals(jdk.getFrameLength(), wav.frames());
    assertEquals(jdk.getFormat().getChannels(), f.channels());
    assertEquals(jdk.getFormat().getSampleRate(), f.sampleRate());
    assertEquals(jdk.getFormat().getSampleSizeInBits(), f.bitsPerSample());
    assertEquals(jdk.getFormat().getFrameSize(), f.blockAlign());
    assertEquals(encoding == Encoding.PCM_FLOAT ? WaveFormat.IEEE_FLOAT : WaveFormat.PCM, f.formatTag());
    assertEquals(44100L * f.blockAlign(), f.byteRate());
    assertEquals(0, wav.strayBytes());
  }

  @ParameterizedTest(name = "{0} {1}-bit, {2} channels")
  @MethodSource("formats")
  void everySampleThroughTheViewIsWhatTheJdkReads(Encoding encoding, int bits, int channels, String code)
      throws IOException {
    Path file = jdkWav(encoding, bits, channels);
    JdkAudio.Decoded jdk = JdkAudio.read(file.toFile());
    assertFalse(jdk.format().isBigEndian());
    try (Samples samples = WavFile.read(MappedFile.map(file)).samples()) {
      assertEquals(code, samples.view().format());
      long[] shape = bits == 24 ? new long[] {FRAMES, channels, 3} : new long[] {FRAMES, channels};
      assertArrayEquals(shape, samples.view().shape());
      assertEquals(bits / 8 * channels, samples.view().strides()[0]);
      assertEquals(jdk.frames(), samples.frames());
      assertSameSamples(jdk, samples);
    }
  }

  @ParameterizedTest(name = "{0} {1}-bit, {2} channels")
  @MethodSource("formats")
  void aBigEndianMachineExportsLittleEndianItemsWithTheSameShape(Encoding encoding, int bits, int channels,
      String code) throws IOException {
    Path file = jdkWav(encoding, bits, channels);
    WavFile wav = WavFile.read(MappedFile.map(file));
    SampleCoding coding = wav.format().coding().orElseThrow();
    int start = (int) wav.data().bodyOffset();
    ByteBuffer data = MappedFile.map(file).asByteBuffer().position(start)
        .limit(start + FRAMES * wav.format().blockAlign());
    try (Samples cast = wav.samples();
        Samples exported = Samples.over(data, coding, wav.frames(), channels, ByteOrder.BIG_ENDIAN)) {
      assertEquals(bits == 8 || bits == 24 ? code : "<" + code, exported.view().format());
      assertArrayEquals(cast.view().shape(), exported.view().shape());
      assertArrayEquals(cast.view().strides(), exported.view().strides());
      assertSameSamples(JdkAudio.read(file.toFile()), exported);
    }
  }

  private static void assertSameSamples(JdkAudio.Decoded jdk, Samples samples) {
    for (long f = 0; f < samples.frames(); f++) {
      for (int c = 0; c < samples.channels(); c++) {
        assertEquals(jdk.sample(f, c), samples.value(f, c), "frame " + f + ", channel " + c);
      }
    }
  }
}
