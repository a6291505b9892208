package dev.structview.samples.wav;

import dev.structview.buffer.Memory;
import dev.structview.io.Window;
import dev.structview.view.MemoryView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

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
 *
 * <p>A view indexes a {@code ByteBuffer}, so a {@code data} chunk of more than a buffer holds (a
 * WAV file may have 4 GiB of samples) is viewed over its first {@value Window#SPAN} bytes of
 * frames; {@link #value} and {@link #chunks} read every frame, at {@code long} offsets with the
 * view's strides.
 */
public final class Samples implements AutoCloseable {
  /** The bytes of frames read at a time from a file. */
  static final int READ_BUFFER = 1 << 20;

  private final MemoryView view;
  private final Memory memory;
  private final long start;
  private final SampleCoding coding;
  private final long frames;
  private final int channels;
  private FileChannel source;

  private Samples(MemoryView view, Memory memory, long start, SampleCoding coding, long frames, int channels) {
    this.view = view;
    this.memory = memory;
    this.start = start;
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
    return over(Memory.of(data.slice()), 0, coding, frames, channels, order);
  }

  /** Views the {@code frames} frames at {@code start} of {@code memory}, which the caller has checked lie in it. */
  static Samples over(Memory memory, long start, SampleCoding coding, long frames, int channels, ByteOrder order) {
    long frameBytes = (long) channels * coding.bytes();
    boolean whole = frames * frameBytes <= (memory.byteSize() <= Memory.MAX_BUFFER_BYTES ? Memory.MAX_BUFFER_BYTES
        : Window.SPAN); // any range of a window's span is one slice, and a buffer's size of smaller memory
    long viewed = whole ? frames : Window.SPAN / frameBytes;
    ByteBuffer data = memory.slice(start, (int) (viewed * frameBytes));
    long[] shape = coding.shape(viewed, channels);
    boolean castable = viewed > 0 && (coding.itemsize() == 1 || order == ByteOrder.LITTLE_ENDIAN);
    MemoryView view;
    if (castable) {
      try (MemoryView bytes = MemoryView.of(data)) {
        view = bytes.cast(coding.code(), shape); // the cast outlives bytes
      }
    } else {
      view = MemoryView.of(new LittleEndianSamples(data, coding, shape));
    }
    return new Samples(view, memory, start, coding, frames, channels);
  }

  /**
   * The N-d view: frames x channels (x 3 bytes for 24-bit samples); only the first frames, as many
   * as {@value Window#SPAN} bytes hold, when there are more than a buffer holds.
   */
  public MemoryView view() {
    return view;
  }

  /** The view's shape over all the frames, which the view itself has when they fit it. */
  public long[] shape() {
    return coding.shape(frames, channels);
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

  /** The bytes of one frame: the view's first stride. */
  long frameBytes() {
    return (long) channels * coding.bytes();
  }

  /**
   * Returns one sample: the signed integer of PCM (8-bit samples centered: stored value - 128), the
   * value of floats; read at the view's strides, little-endian.
   *
   * @throws IndexOutOfBoundsException if the frame or channel is out of range
   */
  public double value(long frame, int channel) {
    if (frame < 0 || frame >= frames || channel < 0 || channel >= channels) {
      throw new IndexOutOfBoundsException("frame=" + frame + " channel=" + channel + " frames=" + frames
          + " channels=" + channels);
    }
    long at = start + frame * frameBytes() + (long) channel * coding.bytes();
    switch (coding) {
      case UNSIGNED_8:
        return (memory.getByte(at) & 0xff) - 128;
      case SIGNED_16:
        return memory.getShort(at, false);
      case SIGNED_24:
        return memory.getByte(at + 2) << 16 | (memory.getByte(at + 1) & 0xff) << 8 | (memory.getByte(at) & 0xff);
      case SIGNED_32:
        return memory.getInt(at, false);
      case FLOAT_32:
        return Float.intBitsToFloat(memory.getInt(at, false));
      default:
        return Double.longBitsToDouble(memory.getLong(at, false));
    }
  }

  /** Reads the frames a buffer at a time. */
  interface ChunkReader {
    /** Reads the whole frames of {@code chunk}, little-endian, from index 0 to its limit. */
    void read(ByteBuffer chunk);
  }

  /**
   * Reads the frames for {@link #chunks} from {@code file}, the file the memory maps, through a
   * buffer of {@value #READ_BUFFER} bytes, instead of from the mapping: pages of a mapping that
   * have been read stay resident (and count in the process's memory) until it is unmapped, and
   * reading costs a page fault per page; a read copies from the page cache and keeps neither.
   */
  Samples readingFrom(FileChannel file) {
    this.source = file;
    return this;
  }

  /** Hands every frame to {@code reader}, in little-endian buffers of whole frames, in order. */
  void chunks(ChunkReader reader) throws IOException {
    if (source != null) {
      read(reader);
      return;
    }
    long perChunk = Math.max(1, Window.SPAN / frameBytes());
    for (long f = 0; f < frames; f += perChunk) {
      long n = Math.min(perChunk, frames - f);
      reader.read(memory.slice(start + f * frameBytes(), (int) (n * frameBytes())).order(ByteOrder.LITTLE_ENDIAN));
    }
  }

  private void read(ChunkReader reader) throws IOException {
    int perChunk = (int) Math.max(1, READ_BUFFER / frameBytes());
    ByteBuffer buffer = ByteBuffer.allocateDirect((int) (perChunk * frameBytes())).order(ByteOrder.LITTLE_ENDIAN);
    for (long f = 0; f < frames; f += perChunk) {
      long at = start + f * frameBytes();
      buffer.clear().limit((int) (Math.min(perChunk, frames - f) * frameBytes()));
      while (buffer.hasRemaining()) {
        if (source.read(buffer, at + buffer.position()) < 0) {
          throw new IOException("the file ended at offset " + (at + buffer.position()) + ", inside its samples:"
              + " it shrank while being read");
        }
      }
      reader.read(buffer.flip());
    }
  }

  /** Releases the view. */
  @Override
  public void close() {
    view.release();
  }
}
