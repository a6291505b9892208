package dev.structview.samples.wav;

import java.util.Optional;

/**
 * How linear samples are stored, and the {@code memoryview} format code that reads them: what
 * {@link Samples} casts the {@code data} bytes to.
 */
public enum SampleCoding {
  /** 8-bit PCM, unsigned, centered on 128. */
  UNSIGNED_8("B", 1, 128),
  /** 16-bit PCM. */
  SIGNED_16("h", 2, 1 << 15),
  /**
   * 24-bit PCM: no struct code is 3 bytes wide, so the view is frames x channels x 3 unsigned bytes
   * ({@code 'B'}) and each sample is assembled from its three, little-endian.
   */
  SIGNED_24("B", 3, 1 << 23),
  /** 32-bit PCM. */
  SIGNED_32("i", 4, 1L << 31),
  /** 32-bit IEEE float, full scale 1.0. */
  FLOAT_32("f", 4, 1),
  /** 64-bit IEEE float, full scale 1.0. */
  FLOAT_64("d", 8, 1);

  private final String code;
  private final int bytes;
  private final double fullScale;

  SampleCoding(String code, int bytes, double fullScale) {
    this.code = code;
    this.bytes = bytes;
    this.fullScale = fullScale;
  }

  /**
   * The coding of samples of a format tag (1 PCM, 3 IEEE float; for WAVE_FORMAT_EXTENSIBLE, its
   * sub-format's) in containers of {@code bytes} bytes; empty for every other kind.
   */
  public static Optional<SampleCoding> of(int tag, int bytes) {
    if (tag == WaveFormat.PCM) {
      return bytes >= 1 && bytes <= 4 ? Optional.of(values()[bytes - 1]) : Optional.empty();
    }
    if (tag == WaveFormat.IEEE_FLOAT) {
      return bytes == 4 ? Optional.of(FLOAT_32) : bytes == 8 ? Optional.of(FLOAT_64) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The native single-character format the samples are cast to: {@code "h"} for 16-bit. */
  public String code() {
    return code;
  }

  /** The bytes of one sample. */
  public int bytes() {
    return bytes;
  }

  /** The magnitude of a full-scale sample: 32768 for 16 bits, 1.0 for floats. */
  public double fullScale() {
    return fullScale;
  }

  /** Whether samples are floating point. */
  public boolean isFloat() {
    return this == FLOAT_32 || this == FLOAT_64;
  }

  /** The view's shape: frames x channels, and x 3 bytes for 24-bit samples. */
  long[] shape(long frames, int channels) {
    return this == SIGNED_24 ? new long[] {frames, channels, 3} : new long[] {frames, channels};
  }

  /** The size of one item of the view: 1 byte for the assembled 24-bit samples. */
  int itemsize() {
    return this == SIGNED_24 ? 1 : bytes;
  }
}
