package dev.structview.samples.wav;

import dev.structview.view.MemoryView;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The samples of a {@code data} chunk as an N-d view over the file's bytes, zero-copy: frames x
 * channels, as {@code memoryview(data).cast("h", (frames, channels))} makes it in Python.
 *
 * <pre>{@code
 * try (Samples samples = wav.samples()) {
 *   samples.view().shape();          // [frames, channels]; [frames, channels, 3] for 24-bit
 *   samples.value(10, 1);            // frame 10 of the second channel
 * }
 * }</pre>
 *
 * <p>The view is {@code MemoryView.of(data).cast(code, frames, channels)} with the code of
 * {@link SampleCoding#code()}. {@code cast} reads native byte order, which is WAV's little-endian
 * order on every common machine; on a big-endian one, and for a chunk without frames (which
 * {@code cast} refuses), the same shape is exported with a little-endian format such as
 * {@code "<h"} instead ({@link LittleEndianSamples}).
 */
public final class Samples implements AutoCloseable {
  private final MemoryView view;
  private final SampleCoding coding;
  private final long frames;
  private final int channels;

  private Samples(MemoryView view, SampleCoding coding, long frames, int channels) {
    this.view = view;
    this.coding = coding;
    this.frames = frames;
    this.channels = channels;
  }

  /** Views {@code data}, exactly {@code frames * channels * coding.bytes()} bytes. */
  static Samples over(ByteBuffer data, SampleCoding coding, long frames, int channels) {
    return over(data, coding, frames, channels, ByteOrder.nativeOrder());
  }

  /** As {@link #over(ByteBuffer, SampleCoding, long, int)} on a machine of the given byte order. */
  static Samples over(ByteBuffer data, SampleCoding coding, long frames, int channels, ByteOrder order) {
    long[] shape = coding.shape(frames, channels);
    boolean castable = frames > 0 && (coding.itemsize() == 1 || order == ByteOrder.LITTLE_ENDIAN);
    if (!castable) {
      return new Samples(MemoryView.of(new LittleEndianSamples(data, coding, shape)), coding, frames, channels);
    }
    try (MemoryView bytes = MemoryView.of(data)) {
      return new Samples(bytes.cast(coding.code(), shape), coding, frames, channels); // the cast outlives bytes
    }
  }

  /** The N-d view: frames x channels (x 3 bytes for 24-bit samples). */
  public MemoryView view() {
    return view;
  }

  /** How the samples are coded. */
  public SampleCoding coding() {
    return coding;
  }

  /** The number of frames. */
  public long frames() {
    return frames;
  }

  /** The number of channels. */
  public int channels() {
    return channels;
  }

  /**
   * Returns one sample: the signed integer of PCM (8-bit samples centered: stored value - 128), the
   * value of floats.
   *
   * @throws IndexOutOfBoundsException if the frame or channel is out of range
   */
  public double value(long frame, int channel) {
    switch (coding) {
      case UNSIGNED_8:
        return ((Integer) view.get(frame, channel)) - 128;
      case SIGNED_24:
        int low = (Integer) view.get(frame, channel, 0);
        int middle = (Integer) view.get(frame, channel, 1);
        int high = (Integer) view.get(frame, channel, 2);
        return (high << 24 >> 8) | middle << 8 | low; // sign-extends the top byte
      default:
        return ((Number) view.get(frame, channel)).doubleValue();
    }
  }

  /** Releases the view. */
  @Override
  public void close() {
    view.release();
  }
}
