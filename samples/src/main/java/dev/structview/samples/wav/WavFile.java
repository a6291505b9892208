package dev.structview.samples.wav;

import dev.structview.buffer.Memory;
import dev.structview.io.Window;
import dev.structview.samples.io.MalformedFileException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A WAV file read in place: its chunks, its format, and its samples as an N-d view.
 *
 * <pre>{@code
 * WavFile wav = WavFile.read(MappedFile.map(path));   // of any size; close the memory when done
 * wav.format().channels();                      // 2
 * try (Samples samples = wav.samples()) {
 *   samples.view();                             // MemoryView.cast("h", frames, 2)
 * }
 * }</pre>
 *
 * <p>Every structure is bounds-checked before a view is placed on it; see {@link RiffChunks} for
 * the sizes that are tolerated (streaming writers' placeholders, wrong RIFF sizes) and why. A
 * {@code data} chunk that is not a whole number of frames has its partial last frame ignored.
 */
public final class WavFile {
  private final Window file;
  private final RiffChunks chunks;
  private final WaveFormat format;
  private final Chunk data;

  private WavFile(Window file, RiffChunks chunks, WaveFormat format, Chunk data) {
    this.file = file;
    this.chunks = chunks;
    this.format = format;
    this.data = data;
  }

  /**
   * Reads the WAV file between the buffer's position and limit.
   *
   * @throws MalformedFileException if it is not a RIFF WAVE file, lacks a {@code fmt } or
   *     {@code data} chunk, or a structure does not fit the file or contradicts itself
   */
  public static WavFile read(ByteBuffer buffer) {
    return read(Memory.of(buffer.slice()));
  }

  /**
   * Reads the WAV file that is all of {@code memory}, of any size; the result reads it in place.
   *
   * @throws MalformedFileException as {@link #read(ByteBuffer)} does
   */
  public static WavFile read(Memory memory) {
    Window file = new Window(memory);
    if (file.size() == 0) {
      throw new MalformedFileException("the file is empty");
    }
    RiffChunks chunks = RiffChunks.walk(file);
    WaveFormat format = FmtReader.read(file, chunks.fmt());
    return new WavFile(file, chunks, format, chunks.data());
  }

  /** The format of the {@code fmt } chunk. */
  public WaveFormat format() {
    return format;
  }

  /** The first {@value RiffChunks#LISTED} chunks, in file order. */
  public List<Chunk> chunks() {
    return chunks.listed();
  }

  /** The number of chunks in the RIFF form. */
  public long chunkCount() {
    return chunks.count();
  }

  /** The RIFF header's size field: the bytes after the first 8. */
  public long riffSize() {
    return chunks.riffSize();
  }

  /** Whether a streaming writer left the RIFF size unknown (0 or 0xFFFFFFFF). */
  public boolean riffSizeUnknown() {
    return chunks.riffSizeUnknown();
  }

  /** The {@code data} chunk. */
  public Chunk data() {
    return data;
  }

  /** The number of whole frames (blocks of {@code blockAlign} bytes) in the {@code data} chunk. */
  public long frames() {
    return data.size() / format.blockAlign();
  }

  /** The bytes of a partial frame at the end of the {@code data} chunk, which are ignored. */
  public long strayBytes() {
    return data.size() % format.blockAlign();
  }

  /** The duration in seconds: frames over the sample rate. */
  public double seconds() {
    return (double) frames() / format.sampleRate();
  }

  /**
   * Views the samples: frames x channels. Close the result to release the view.
   *
   * @throws UnsupportedOperationException if the encoding is not linear PCM of 8, 16, 24 or 32 bits
   *     or IEEE float of 32 or 64 bits
   */
  public Samples samples() {
    SampleCoding coding = format.coding().orElseThrow(() -> new UnsupportedOperationException(
        "no sample view for " + format.encoding()));
    // The data chunk was checked against the file by RiffChunks.
    return Samples.over(file.memory(), data.bodyOffset(), coding, frames(), format.channels(),
        ByteOrder.nativeOrder());
  }
}
