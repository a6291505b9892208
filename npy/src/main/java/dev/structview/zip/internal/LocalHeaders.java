package dev.structview.zip.internal;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.zip.ZipFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cross-checks each entry's local header where the central directory points (signature and name
 * length), and that entries (local header, name, extra field and data) neither run into the
 * central directory nor overlap one another. Overlapping entries are how "non-recursive" zip
 * bombs multiply their output; {@code unzip} 6.0 refuses them too ("invalid zip file with
 * overlapped components").
 *
 * <p>Entries whose local headers come in the order of the directory, as every common writer puts
 * them, are checked each against the one before, which needs no memory. Out of order, the spans of
 * all entries must be sorted: {@link #keepingSpans} keeps them for that.
 */
final class LocalHeaders {
  /** The bytes an entry occupies before the central directory: [start, end). */
  private record Span(int entry, long start, long end) {}

  private static final String CENTRAL_DIRECTORY_START = "the central directory starts at offset";

  private final Window file;
  private final long centralDirectoryStart;
  private final List<Span> spans;
  private final Placer<LocalFileHeaderView> headers;
  private Span last;
  private boolean inOrder = true;
  private ZipFormatException overlap;

  private LocalHeaders(Window file, long centralDirectoryStart, List<Span> spans) {
    // A window of its own: local headers are far from the central directory in a large file, and
    // sharing one would move it back and forth at every entry.
    this.file = new Window(file.memory());
    this.centralDirectoryStart = centralDirectoryStart;
    this.spans = spans;
    this.headers = new Placer<>(this.file, LocalFileHeaderView.SIZE, LocalFileHeaderView::wrap,
        LocalFileHeaderView::moveTo);
  }

  /** Checks local headers in {@code file}, whose central directory starts at the given offset. */
  LocalHeaders(Window file, long centralDirectoryStart) {
    this(file, centralDirectoryStart, null);
  }

  /** As the constructor, keeping every entry's span for {@link #requireNoOverlaps()}. */
  static LocalHeaders keepingSpans(Window file, long centralDirectoryStart) {
    return new LocalHeaders(file, centralDirectoryStart, new ArrayList<>());
  }

  /**
   * Checks the local header of entry {@code index} at {@code at} in the file, whose name is
   * {@code nameLength} bytes in the central directory, and the bytes the entry occupies (with its
   * {@code compressedSize} bytes of data) against the entry before; returns where its data starts.
   *
   * @throws ZipFormatException if the local header is missing, disagrees on the name length,
   *     or the entry runs into the central directory
   */
  long check(int index, long at, long compressedSize, int nameLength) {
    int size = LocalFileHeaderView.SIZE;
    if (!Bounds.fits(centralDirectoryStart, at, size) || !Bounds.fits(file.size(), at, size)) {
      Bounds.within(centralDirectoryStart, CENTRAL_DIRECTORY_START, at, size, what(index));
      Bounds.within(file.size(), Bounds.FILE_END, at, size, what(index));
    }
    LocalFileHeaderView header = headers.at(at);
    if (header.signature() != LocalFileHeader.SIGNATURE) {
      throw new ZipFormatException(what(index) + " at offset " + at + ": the signature is "
          + Bounds.hex(header.signature()) + ", not " + Bounds.hex(LocalFileHeader.SIGNATURE));
    }
    if (header.nameLength() != nameLength) {
      throw new ZipFormatException(what(index) + " at offset " + at + ": the name is " + header.nameLength()
          + " bytes, but the central directory says " + nameLength);
    }
    long dataOffset = at + size + header.nameLength() + header.extraLength();
    long length = dataOffset - at + compressedSize;
    if (!Bounds.fits(centralDirectoryStart, at, length)) {
      Bounds.within(centralDirectoryStart, CENTRAL_DIRECTORY_START, at, length,
          "entry #" + index + " (local header, name, extra field and data)");
    }
    Span span = new Span(index, at, at + length);
    if (spans != null) {
      spans.add(span);
    } else if (last != null && span.start() < last.start()) {
      inOrder = false;
    } else if (last != null && overlap == null && span.start() < last.end()) {
      overlap = overlap(span, last); // reported at the end, as the sorted check would
    }
    last = span;
    return dataOffset;
  }

  /** The local header's name in messages, made only for one. */
  private static String what(int index) {
    return "local header of entry #" + index;
  }

  /** Whether every entry checked so far starts at or after the one before. */
  boolean inOrder() {
    return inOrder;
  }

  /**
   * Reports the first overlap among entries in order, which {@link #check} found.
   *
   * @throws ZipFormatException naming two entries that overlap
   */
  void requireNoOverlapsInOrder() {
    if (inOrder && overlap != null) {
      throw overlap;
    }
  }

  /**
   * Checks that no two entries share a byte, sorting the spans that {@link #keepingSpans} kept.
   *
   * @throws ZipFormatException naming two entries that overlap
   */
  void requireNoOverlaps() {
    spans.sort(Comparator.comparingLong(Span::start));
    for (int i = 1; i < spans.size(); i++) {
      Span previous = spans.get(i - 1);
      Span next = spans.get(i);
      if (next.start() < previous.end()) {
        throw overlap(next, previous);
      }
    }
  }

  private static ZipFormatException overlap(Span next, Span previous) {
    return new ZipFormatException("entry #" + next.entry() + " at offset " + next.start() + " overlaps entry #"
        + previous.entry() + ", whose local header and data span offsets " + previous.start() + " to "
        + previous.end());
  }
}
