package dev.structview.samples.wav;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The chunks of a RIFF WAVE file, walked zero-copy: one {@link ChunkHeaderView} moved from header
 * to header, bodies skipped by their padded size.
 *
 * <p>What is tolerated, and why:
 * <ul>
 *   <li>A RIFF size of 0 or 0xFFFFFFFF means "unknown": a streaming writer that could not seek back
 *       leaves one of these, so the chunks run to the end of the file. Any other RIFF size past the
 *       end of the file (beyond a missing final pad byte) means the file is truncated: an error.
 *   <li>A {@code data} size of 0xFFFFFFFF, or of 0 when the RIFF size is unknown too, is the same
 *       writer's placeholder: the samples run to the end of the file. A real 0 (an empty {@code data}
 *       chunk in a finished file) is kept, since the RIFF size then proves the header was patched.
 *       Any other {@code data} size past the end of the file is an error: guessing would read a
 *       truncated file as if it were whole.
 *   <li>A chunk whose body runs past the declared end of the RIFF form but not past the file is
 *       read (writers often get the RIFF size wrong; the chunk sizes are what locate the data);
 *       fewer than 8 stray bytes at the end of the form (a missing pad, junk) are ignored.
 * </ul>
 * Only the first {@value #LISTED} chunks are kept for display, so a file of millions of empty
 * chunks costs time in proportion to its size but no memory.
 */
final class RiffChunks {
  /** How many chunks are kept for display. */
  static final int LISTED = 16;
  private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

  private final long riffSize;
  private final boolean riffSizeUnknown;
  private final List<Chunk> listed = new ArrayList<>();
  private long count;
  private Chunk fmt;
  private Chunk data;

  private RiffChunks(long riffSize, boolean riffSizeUnknown) {
    this.riffSize = riffSize;
    this.riffSizeUnknown = riffSizeUnknown;
  }

  /**
   * Reads the RIFF header and walks every chunk.
   *
   * @throws MalformedFileException if the file is not a RIFF WAVE file or a chunk does not fit it
   */
  static RiffChunks walk(Window file) {
    long size = file.size();
    Region.check(size, 0, RiffHeaderView.SIZE, "RIFF header");
    RiffHeaderView header = new Placer<>(file, RiffHeaderView.SIZE, RiffHeaderView::wrap, RiffHeaderView::moveTo).at(0);
    requireId(header.id(), "RIFF", "not a WAV file: the RIFF header at offset 0 starts with ");
    requireId(header.form(), "WAVE", "not a WAV file: the RIFF header at offset 0 has form type ");
    long riffSize = header.size();
    boolean unknown = riffSize == 0 || riffSize == UNKNOWN_SIZE;
    long end = unknown ? size : 8 + riffSize;
    if (end > size + 1) { // one byte of slack: writers often count a final pad byte they never write
      throw new MalformedFileException("RIFF header at offset 0 declares " + riffSize
          + " bytes after its first 8, but the file ends at " + size + ": the file is truncated");
    }
    RiffChunks chunks = new RiffChunks(riffSize, unknown);
    chunks.walk(file, Math.min(end, size));
    return chunks;
  }

  private static void requireId(byte[] id, String expected, String message) {
    if (!Arrays.equals(id, expected.getBytes(StandardCharsets.ISO_8859_1))) {
      throw new MalformedFileException(message + Chunk.shown(id) + ", not '" + expected + "'");
    }
  }

  private void walk(Window file, long end) {
    long size = file.size();
    Placer<ChunkHeaderView> headers = new Placer<>(file, ChunkHeaderView.SIZE, ChunkHeaderView::wrap,
        ChunkHeaderView::moveTo);
    long offset = RiffHeaderView.SIZE;
    while (end - offset >= ChunkHeaderView.SIZE) {
      Region.check(size, offset, ChunkHeaderView.SIZE, "header of chunk #" + count);
      Chunk chunk = locate(headers.at(offset), offset, size);
      Region.check(size, chunk.bodyOffset(), chunk.size(), chunk.shownId() + " chunk #" + count + " body");
      keep(chunk);
      if (chunk.sizeUnknown()) {
        return; // its samples run to the end of the file
      }
      offset = chunk.bodyOffset() + chunk.size() + (chunk.size() & 1);
    }
  }

  /** The chunk whose header is at {@code offset}, with a streaming writer's data size resolved. */
  private Chunk locate(ChunkHeaderView header, long offset, long size) {
    String id = new String(header.id(), StandardCharsets.ISO_8859_1);
    long declared = header.size();
    boolean placeholder = declared == UNKNOWN_SIZE || (declared == 0 && riffSizeUnknown);
    if (id.equals("data") && data == null && placeholder) {
      return new Chunk(id, offset, size - offset - ChunkHeaderView.SIZE, true);
    }
    return new Chunk(id, offset, declared, false);
  }

  private void keep(Chunk chunk) {
    if (chunk.id().equals("fmt ") && fmt == null) {
      fmt = chunk;
    } else if (chunk.id().equals("data") && data == null) {
      data = chunk;
    }
    if (listed.size() < LISTED) {
      listed.add(chunk);
    }
    count++;
  }

  /** The RIFF header's size field. */
  long riffSize() {
    return riffSize;
  }

  /** Whether the RIFF size is a streaming writer's placeholder. */
  boolean riffSizeUnknown() {
    return riffSizeUnknown;
  }

  /** The first {@value #LISTED} chunks. */
  List<Chunk> listed() {
    return List.copyOf(listed);
  }

  /** The number of chunks walked. */
  long count() {
    return count;
  }

  /**
   * The {@code fmt } chunk; the first if there are several.
   *
   * @throws MalformedFileException if there is none
   */
  Chunk fmt() {
    return require(Optional.ofNullable(fmt), "'fmt '");
  }

  /**
   * The {@code data} chunk; the first if there are several.
   *
   * @throws MalformedFileException if there is none
   */
  Chunk data() {
    return require(Optional.ofNullable(data), "'data'");
  }

  private Chunk require(Optional<Chunk> chunk, String id) {
    return chunk.orElseThrow(() -> new MalformedFileException("no " + id + " chunk among the " + count
        + " chunks of the RIFF form (" + (riffSizeUnknown ? "size unknown" : riffSize + " bytes") + ")"));
  }
}
