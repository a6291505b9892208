package dev.structview.samples.wav;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** WAV files written and read by {@code javax.sound.sampled}: the reader the samples are checked against. */
final class JdkAudio {
  private JdkAudio() {}

  /** Writes {@code frames} frames of seeded random bytes in {@code format} as a WAV file, with the JDK's writer. */
  static Path write(Path file, AudioFormat format, int frames, long seed) throws IOException {
    byte[] data = new byte[frames * format.getFrameSize()];
    new Random(seed).nextBytes(data);
    if (format.getEncoding() == AudioFormat.Encoding.PCM_FLOAT) {
      finiteFloats(data, format.getSampleSizeInBits());
    }
    AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), format, frames);
    AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    return file;
  }

  /** Random bits make NaNs, whose payloads need not survive; keep floats finite, within [-1, 1). */
  private static void finiteFloats(byte[] data, int bits) {
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    Random random = new Random(data.length);
    for (int i = 0; i < data.length; i += bits / 8) {
      double v = random.nextDouble() * 2 - 1;
      if (bits == 32) {
        b.putFloat(i, (float) v);
      } else {
        b.putDouble(i, v);
      }
    }
  }

  /** The format the JDK reads back from a file. */
  static AudioFileFormat fileFormat(Path file) throws IOException {
    try {
      return AudioSystem.getAudioFileFormat(file.toFile());
    } catch (UnsupportedAudioFileException e) {
      throw new AssertionError(e);
    }
  }

  /** The sample bytes the JDK's stream returns, and their format. */
  static Decoded read(File file) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file)) {
      return new Decoded(in.getFormat(), in.readAllBytes());
    } catch (UnsupportedAudioFileException e) {
      throw new AssertionError(e);
    }
  }

  /** Samples decoded from the JDK's bytes, independently of structview. */
  record Decoded(AudioFormat format, byte[] bytes) {
    long frames() {
      return bytes.length / format.getFrameSize();
    }

    /** The sample as {@link Samples#value} gives it: signed (8-bit centered), or the float. */
    double sample(long frame, int channel) {
      int width = format.getFrameSize() / format.getChannels();
      int at = (int) (frame * format.getFrameSize()) + channel * width;
      ByteBuffer b = ByteBuffer.wrap(bytes).order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN
          : ByteOrder.LITTLE_ENDIAN);
      if (format.getEncoding() == AudioFormat.Encoding.PCM_FLOAT) {
        return width == 4 ? b.getFloat(at) : b.getDouble(at);
      }
      if (format.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED) {
        return (bytes[at] & 0xff) - 128;
      }
      long value = 0;
      for (int i = width - 1; i >= 0; i--) { // little-endian: the last byte is the most significant
        value = value << 8 | (bytes[at + i] & 0xff);
      }
      return value << (64 - 8 * width) >> (64 - 8 * width); // sign-extends
    }
  }
}
