package dev.structview.zip;

import dev.structview.buffer.Memory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The content of one entry as a stream: a stored entry's bytes copied out of the archive's
 * memory, a deflated one's inflated from it a chunk at a time (the inflater reads each chunk in
 * place). Memory is fixed: the inflater's window, and no buffer of the stream's own. It never
 * produces more than one byte past the entry's size: each read asks for at most that, so a
 * "deflate bomb" is refused as soon as it passes the size the central directory declares.
 */
final class EntryStream extends InputStream {
  /** The compressed bytes handed to the inflater at a time: a slice of any mapping holds them. */
  private static final int CHUNK = 64 << 10;

  private final Memory data;
  private final ZipEntryInfo entry;
  private final Path file;
  private final Inflater inflater;
  private final CRC32 crc = new CRC32();
  private long consumed;
  private long produced;
  private boolean ended;
  private boolean closed;

  private EntryStream(Memory data, ZipEntryInfo entry, Path file, Inflater inflater) {
    this.data = data;
    this.entry = entry;
    this.file = file;
    this.inflater = inflater;
  }

  /** The content of a stored entry: its {@code data}, whose length is the entry's size. */
  static EntryStream stored(Memory data, ZipEntryInfo entry, Path file) {
    return new EntryStream(data, entry, file, null);
  }

  /** The content of a deflated entry, whose raw deflate stream (RFC 1951) is {@code data}. */
  static EntryStream deflated(Memory data, ZipEntryInfo entry, Path file) {
    return new EntryStream(data, entry, file, new Inflater(true));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("the stream of entry \"" + entry.name() + "\" is closed");
    }
    if (len == 0 || ended) {
      return ended ? -1 : 0;
    }
    requireWithinSize(); // once past it, every read fails alike
    long left = entry.size() - produced;
    int asked = left < len ? (int) left + 1 : len; // one byte past the size is enough to know
    int n = inflater == null ? copy(b, off, asked) : inflate(b, off, asked);
    if (n < 0) {
      requireContentAsDeclared(); // each read at the end fails alike until the content is right
      ended = true;
      return -1;
    }
    produced += n;
    crc.update(b, off, n);
    requireWithinSize();
    return n;
  }

  private void requireWithinSize() {
    if (produced > entry.size()) {
      throw malformed("its data inflates past its size of " + entry.size() + " bytes (a zip bomb?)");
    }
  }

  /** Copies stored bytes; -1 at the end of the data. */
  private int copy(byte[] b, int off, int len) {
    long left = data.byteSize() - produced;
    if (left == 0) {
      return -1;
    }
    int n = (int) Math.min(len, left);
    data.copyTo(produced, b, off, n);
    return n;
  }

  /**
   * Inflates into {@code b}; -1 at the end of the deflate stream. Each turn of the loop either
   * returns or hands the inflater a new chunk, and the chunks run out: it ends.
   */
  private int inflate(byte[] b, int off, int len) {
    while (true) {
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw malformed("its data is not a valid deflate stream: " + e.getMessage());
      }
      if (n > 0) {
        return n;
      } else if (inflater.finished()) {
        return -1;
      } else if (!inflater.needsInput() || consumed == data.byteSize()) {
        throw malformed(inflater.needsDictionary() ? "its deflate stream asks for a preset dictionary"
            : "its deflate stream ends early: all " + data.byteSize() + " bytes of its data are read, and it has"
            + " inflated to " + produced + " of its " + entry.size() + " bytes without ending (truncated?)");
      }
      int chunk = (int) Math.min(CHUNK, data.byteSize() - consumed);
      inflater.setInput(data.slice(consumed, chunk));
      consumed += chunk;
    }
  }

  private void requireContentAsDeclared() {
    if (produced != entry.size()) {
      throw malformed("its data inflates to " + produced + " bytes, but the central directory says "
          + entry.size());
    }
    if (crc.getValue() != entry.crc32()) {
      throw malformed(String.format("the CRC-32 of its content is %08x, but the central directory says %08x",
          crc.getValue(), entry.crc32()));
    }
  }

  private ZipFormatException malformed(String problem) {
    String what = "entry \"" + entry.name() + "\" (local header at offset " + entry.localHeaderOffset() + "): ";
    return new ZipFormatException(file, what + problem);
  }

  /** Releases the inflater. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (inflater != null) {
      inflater.end();
    }
  }
}
