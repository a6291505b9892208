package dev.structview.samples.wav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WAV files the JDK cannot write (IEEE float with extra chunks, WAVE_FORMAT_EXTENSIBLE, a
 * streaming writer's unknown sizes), written by CPython's struct ({@code gen_wav_bmp_fixtures.py}):
 * every sample against the values CPython packed, and against what the JDK reads.
 */
class WavFixturesTest {
  @TempDir
  Path dir;

  /** One line of {@code fixtures.tsv}. */
  record Fixture(String file, int formatTag, int channels, long sampleRate, int bits, long frames, double[] samples) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Fixture> fixtures() {
    return lines("fixtures.tsv").stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t"))
        .map(c -> new Fixture(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Long.parseLong(c[3]),
            Integer.parseInt(c[4]), Long.parseLong(c[5]),
            Stream.of(c[6].split(",")).mapToDouble(Double::parseDouble).toArray()))
        .collect(Collectors.toList());
  }

  private static List<String> lines(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  static byte[] bytes(String resource) {
    try (InputStream in = WavFixturesTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WavFile read(String resource) {
    return WavFile.read(ByteBuffer.wrap(bytes(resource)).asReadOnlyBuffer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everySampleIsWhatCPythonPacked(Fixture fixture) {
    WavFile wav = read(fixture.file());
    assertEquals(fixture.formatTag(), wav.format().formatTag());
    assertEquals(fixture.channels(), wav.format().channels());
    assertEquals(fixture.sampleRate(), wav.format().sampleRate());
    assertEquals(fixture.bits(), wav.format().bitsPerSample());
    assertEquals(fixture.frames(), wav.frames());
    try (Samples samples = wav.samples()) {
      for (int f = 0; f < fixture.frames(); f++) {
        for (int c = 0; c < fixture.channels(); c++) {
          double expected = fixture.samples()[f * fixture.channels() + c];
          assertEquals(expected, samples.value(f, c), "frame " + f + ", channel " + c);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theJdkReadsTheSameSamples(Fixture fixture) throws IOException {
    Path file = Files.write(dir.resolve(fixture.file()), bytes(fixture.file()));
    JdkAudio.Decoded jdk = JdkAudio.read(file.toFile());
    assertEquals(fixture.frames(), jdk.frames());
    try (Samples samples = read(fixture.file()).samples()) {
      for (long f = 0; f < samples.frames(); f++) {
        for (int c = 0; c < samples.channels(); c++) {
          assertEquals(jdk.sample(f, c), samples.value(f, c), "frame " + f + ", channel " + c);
        }
      }
    }
  }

  @Test
  void chunksBeforeTheDataAreSkippedPadBytesIncluded() {
    WavFile wav = read("float32-stereo.wav");
    assertEquals(List.of(new Chunk("fmt ", 12, 18, false), new Chunk("fact", 38, 4, false),
        new Chunk("LIST", 50, 24, false), new Chunk("strv", 82, 7, false), new Chunk("data", 98, 96, false)),
        wav.chunks());
    assertEquals(5, wav.chunkCount());
    assertEquals("IEEE float, 32-bit", wav.format().encoding());
  }

  @Test
  void extensibleFormatsReadTheirSubFormatAndValidBits() {
    WaveFormat pcm24 = read("extensible-pcm24.wav").format();
    assertEquals("WAVE_FORMAT_EXTENSIBLE: PCM, 24-bit signed", pcm24.encoding());
    assertEquals(20, pcm24.validBits());
    assertEquals(0x3, pcm24.channelMask());
    assertEquals("00000001-0000-0010-8000-00aa00389b71", pcm24.subFormat());
    assertEquals(SampleCoding.SIGNED_24, pcm24.coding().orElseThrow());
    WaveFormat float64 = read("extensible-float64.wav").format();
    assertEquals("WAVE_FORMAT_EXTENSIBLE: IEEE float, 64-bit", float64.encoding());
    assertEquals(SampleCoding.FLOAT_64, float64.coding().orElseThrow());
  }

  @Test
  void aStreamingWritersUnknownSizesRunToTheEndOfTheFile() {
    WavFile wav = read("streaming-pcm16.wav");
    assertTrue(wav.riffSizeUnknown());
    assertTrue(wav.data().sizeUnknown());
    assertEquals(14, wav.data().size());
    assertEquals(7, wav.frames());
    assertFalse(read("extensible-pcm24.wav").data().sizeUnknown());
  }
}
