package dev.structview.samples.zip;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cross-checks each entry's local header where the central directory points (signature and name
 * length), and that entries (local header, name, extra field and data) neither run into the
 * central directory nor overlap one another. Overlapping entries are how "non-recursive" zip
 * bombs multiply their output; {@code unzip} 6.0 refuses them too ("invalid zip file with
 * overlapped components").
 */
final class LocalHeaders {
  /** The bytes an entry occupies before the central directory: [start, end). */
  private record Span(int entry, long start, long end) {}

  private final ByteBuffer file;
  private final long centralDirectoryStart;
  private final List<Span> spans = new ArrayList<>();
  private LocalFileHeaderView header;

  /** Checks local headers in {@code file}, whose central directory starts at the given offset. */
  LocalHeaders(ByteBuffer file, long centralDirectoryStart) {
    this.file = file;
    this.centralDirectoryStart = centralDirectoryStart;
  }

  /**
   * Checks the local header of entry {@code index}, whose name is {@code nameLength} bytes in the
   * central directory, and remembers the bytes the entry occupies.
   *
   * @throws MalformedFileException if the local header is missing, disagrees on the name length,
   *     or the entry runs into the central directory
   */
  void check(int index, ZipEntryInfo entry, int nameLength) {
    String what = "local header of entry #" + index;
    long at = entry.localHeaderOffset();
    Bounds.within(centralDirectoryStart, "the central directory starts at offset", at, LocalFileHeaderView.SIZE,
        what);
    int offset = Region.require(file.limit(), at, LocalFileHeaderView.SIZE, what);
    header = header == null ? LocalFileHeaderView.wrap(file, offset) : header.moveTo(offset);
    if (header.signature() != LocalFileHeader.SIGNATURE) {
      throw new MalformedFileException(what + " at offset " + at + ": the signature is "
          + Bounds.hex(header.signature()) + ", not " + Bounds.hex(LocalFileHeader.SIGNATURE));
    }
    if (header.nameLength() != nameLength) {
      throw new MalformedFileException(what + " at offset " + at + ": the name is " + header.nameLength()
          + " bytes, but the central directory says " + nameLength);
    }
    long length = LocalFileHeaderView.SIZE + (long) header.nameLength() + header.extraLength()
        + entry.compressedSize();
    Bounds.within(centralDirectoryStart, "the central directory starts at offset", at, length,
        "entry #" + index + " (local header, name, extra field and data)");
    spans.add(new Span(index, at, at + length));
  }

  /**
   * Checks that no two checked entries share a byte.
   *
   * @throws MalformedFileException naming two entries that overlap
   */
  void requireNoOverlaps() {
    spans.sort(Comparator.comparingLong(Span::start));
    for (int i = 1; i < spans.size(); i++) {
      Span previous = spans.get(i - 1);
      Span next = spans.get(i);
      if (next.start() < previous.end()) {
        throw new MalformedFileException("entry #" + next.entry() + " at offset " + next.start() + " overlaps entry #"
            + previous.entry() + ", whose local header and data span offsets " + previous.start() + " to "
            + previous.end());
      }
    }
  }
}
