package dev.structview.samples.wav;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The level of one channel: its peak and RMS, in sample units and in dB relative to full scale.
 *
 * @param peak the largest magnitude of any sample
 * @param rms the root mean square of the samples
 * @param fullScale the magnitude of a full-scale sample, for dBFS
 */
public record ChannelStats(double peak, double rms, double fullScale) {
  /**
   * Measures every channel, reading each sample once, at the view's strides: frame after frame,
   * a buffer of frames at a time, with no object per sample (a boxed value per sample made a
   * 100 MB file take seconds and hundreds of megabytes of heap). The sums are those of reading each
   * sample as a {@code double}, in the same order; integer peaks are kept as integers, which is
   * the same maximum.
   *
   * @throws IOException if the samples are read from a file that cannot be read
   */
  public static ChannelStats[] of(Samples samples) throws IOException {
    int channels = samples.channels();
    double[] peaks = new double[channels];
    double[] squares = new double[channels];
    SampleCoding coding = samples.coding();
    if (coding.isFloat()) {
      FloatSample read = coding == SampleCoding.FLOAT_32 ? (b, at) -> b.getFloat(at) : ByteBuffer::getDouble;
      samples.chunks(chunk -> floats(chunk, coding.bytes(), read, peaks, squares));
    } else {
      long[] integerPeaks = new long[channels];
      IntegerSample read = integers(coding);
      samples.chunks(chunk -> integers(chunk, coding.bytes(), read, integerPeaks, squares));
      for (int c = 0; c < channels; c++) {
        peaks[c] = integerPeaks[c];
      }
    }
    ChannelStats[] stats = new ChannelStats[channels];
    for (int c = 0; c < channels; c++) {
      double rms = samples.frames() == 0 ? 0 : Math.sqrt(squares[c] / samples.frames());
      stats[c] = new ChannelStats(peaks[c], rms, coding.fullScale());
    }
    return stats;
  }

  /** Reads one integer sample, as {@link Samples#value} does; one per coding, so the loop has no switch. */
  private interface IntegerSample {
    long read(ByteBuffer chunk, int at);
  }

  /** Reads one float sample. */
  private interface FloatSample {
    double read(ByteBuffer chunk, int at);
  }

  private static IntegerSample integers(SampleCoding coding) {
    switch (coding) {
      case UNSIGNED_8:
        return (b, at) -> (b.get(at) & 0xff) - 128;
      case SIGNED_16:
        return ByteBuffer::getShort;
      case SIGNED_24:
        return (b, at) -> b.get(at + 2) << 16 | (b.get(at + 1) & 0xff) << 8 | (b.get(at) & 0xff);
      default:
        return ByteBuffer::getInt;
    }
  }

  private static void integers(ByteBuffer chunk, int step, IntegerSample read, long[] peaks, double[] squares) {
    int channels = peaks.length;
    int limit = chunk.limit();
    if (channels == 2) { // stereo, most files: sums in locals, each channel's in the same order as below
      long peak0 = peaks[0];
      long peak1 = peaks[1];
      double squares0 = squares[0];
      double squares1 = squares[1];
      for (int at = 0; at < limit; at += 2 * step) {
        long v0 = read.read(chunk, at);
        long v1 = read.read(chunk, at + step);
        peak0 = Math.max(peak0, Math.abs(v0));
        peak1 = Math.max(peak1, Math.abs(v1));
        squares0 += (double) v0 * v0;
        squares1 += (double) v1 * v1;
      }
      peaks[0] = peak0;
      peaks[1] = peak1;
      squares[0] = squares0;
      squares[1] = squares1;
      return;
    }
    for (int at = 0; at < limit; ) {
      for (int c = 0; c < channels; c++, at += step) {
        long v = read.read(chunk, at);
        peaks[c] = Math.max(peaks[c], Math.abs(v));
        squares[c] += (double) v * v;
      }
    }
  }

  private static void floats(ByteBuffer chunk, int step, FloatSample read, double[] peaks, double[] squares) {
    int channels = peaks.length;
    int limit = chunk.limit();
    for (int at = 0; at < limit; ) {
      for (int c = 0; c < channels; c++, at += step) {
        double v = read.read(chunk, at);
        peaks[c] = Math.max(peaks[c], Math.abs(v));
        squares[c] += v * v;
      }
    }
  }

  /** The peak in dB relative to full scale: 0 at full scale, negative infinity for silence. */
  public double peakDbfs() {
    return dbfs(peak);
  }

  /** The RMS in dB relative to full scale. */
  public double rmsDbfs() {
    return dbfs(rms);
  }

  private double dbfs(double level) {
    return 20 * Math.log10(level / fullScale);
  }
}
