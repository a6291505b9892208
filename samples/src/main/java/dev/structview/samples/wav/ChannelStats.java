package dev.structview.samples.wav;

/**
 * The level of one channel: its peak and RMS, in sample units and in dB relative to full scale.
 *
 * @param peak the largest magnitude of any sample
 * @param rms the root mean square of the samples
 * @param fullScale the magnitude of a full-scale sample, for dBFS
 */
public record ChannelStats(double peak, double rms, double fullScale) {
  /** Measures every channel, reading each sample through the N-d view once. */
  public static ChannelStats[] of(Samples samples) {
    int channels = samples.channels();
    double[] peaks = new double[channels];
    double[] squares = new double[channels];
    for (long f = 0; f < samples.frames(); f++) {
      for (int c = 0; c < channels; c++) {
        double v = samples.value(f, c);
        peaks[c] = Math.max(peaks[c], Math.abs(v));
        squares[c] += v * v;
      }
    }
    ChannelStats[] stats = new ChannelStats[channels];
    for (int c = 0; c < channels; c++) {
      double rms = samples.frames() == 0 ? 0 : Math.sqrt(squares[c] / samples.frames());
      stats[c] = new ChannelStats(peaks[c], rms, samples.coding().fullScale());
    }
    return stats;
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
