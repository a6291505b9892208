package dev.structview.zip.internal;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.zip.DosDateTime;
import dev.structview.zip.ZipEntryInfo;
import dev.structview.zip.ZipFormatException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks the central directory with one moving header view, entry after entry until its last
 * byte: each header must lie wholly inside it, so the walk always moves forward and ends. Entries
 * are handed out as they are read, so a listing of any length holds one at a time; what can only
 * be checked at the end (the declared count, overlapping entries) is checked when the walk ends,
 * before {@link #hasNext()} first says there is no more.
 */
public final class CentralDirectory implements Iterator<ZipEntryInfo> {
  private static final String CENTRAL_DIRECTORY_END = "the central directory ends at offset";
  /** Writers that overflowed the classic record's 16-bit count without writing ZIP64 records. */
  private static final long CLASSIC_COUNT_RANGE = 0x1_0000L;

  private final Window file;
  private final ArchiveEnd end;
  private final Zip64Extra zip64Extra;
  private final LocalHeaders localHeaders;
  private final Placer<CentralDirectoryHeaderView> headers;
  private long at;
  private int count;
  private boolean checked;

  private CentralDirectory(Window file, ArchiveEnd end, LocalHeaders localHeaders) {
    this.file = file;
    this.end = end;
    this.zip64Extra = new Zip64Extra(file);
    this.localHeaders = localHeaders;
    this.headers = new Placer<>(file, CentralDirectoryHeaderView.SIZE, CentralDirectoryHeaderView::wrap,
        CentralDirectoryHeaderView::moveTo);
    this.at = end.centralDirectoryStart();
  }

  /**
   * The entries of the central directory that {@code end} places in {@code file}, in its order.
   * The iterator throws {@link ZipFormatException} where an entry or its local header is
   * malformed, and at the end if entries overlap or their count is not the declared one.
   */
  public static Iterator<ZipEntryInfo> entries(Window file, ArchiveEnd end) {
    return new CentralDirectory(file, end, new LocalHeaders(file, end.centralDirectoryStart()));
  }

  @Override
  public boolean hasNext() {
    if (at < end.centralDirectoryEnd()) {
      return true;
    }
    if (!checked) {
      checked = true;
      requireDeclaredCount(count);
      if (!localHeaders.inOrder()) {
        requireNoOverlaps();
      }
      localHeaders.requireNoOverlapsInOrder();
    }
    return false;
  }

  @Override
  public ZipEntryInfo next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CentralDirectoryHeaderView header = place();
    ZipEntryInfo entry = entry(header);
    at += CentralDirectoryHeaderView.SIZE + variableLength(header);
    count++;
    return entry;
  }

  /**
   * Entries whose local headers are not in the order of the directory (rare: some writers
   * reorder) are checked for overlaps the slow way: a second walk that keeps every entry's span,
   * sorted. In order, each entry was checked against the one before as it came, in no memory.
   */
  private void requireNoOverlaps() {
    LocalHeaders all = LocalHeaders.keepingSpans(file, end.centralDirectoryStart());
    CentralDirectory again = new CentralDirectory(file, end, all);
    while (again.at < end.centralDirectoryEnd()) {
      again.next();
    }
    all.requireNoOverlaps();
  }

  /** The entry's name in messages, made only for one. */
  private String what() {
    return "central directory entry #" + count;
  }

  private CentralDirectoryHeaderView place() {
    long cdEnd = end.centralDirectoryEnd();
    int size = CentralDirectoryHeaderView.SIZE;
    if (!Bounds.fits(cdEnd, at, size) || !Bounds.fits(file.size(), at, size)) {
      Bounds.within(cdEnd, CENTRAL_DIRECTORY_END, at, size, what());
      Bounds.within(file.size(), Bounds.FILE_END, at, size, what());
    }
    CentralDirectoryHeaderView header = headers.at(at);
    if (header.signature() != CentralDirectoryHeader.SIGNATURE) {
      throw new ZipFormatException(what() + " at offset " + at + ": the signature is "
          + Bounds.hex(header.signature()) + ", not " + Bounds.hex(CentralDirectoryHeader.SIGNATURE));
    }
    if (!Bounds.fits(cdEnd, at, size + variableLength(header))) {
      Bounds.within(cdEnd, CENTRAL_DIRECTORY_END, at, size + variableLength(header),
          what() + " with its name, extra field and comment");
    }
    return header;
  }

  private static long variableLength(CentralDirectoryHeaderView header) {
    return (long) header.nameLength() + header.extraLength() + header.commentLength();
  }

  /**
   * The entry under the header view, whose name, extra field and comment are known to fit, after
   * checking its local header (which says where its data starts).
   */
  private ZipEntryInfo entry(CentralDirectoryHeaderView header) {
    boolean utf8 = (header.flags() & ZipEntryInfo.FLAG_UTF8) != 0;
    long nameAt = at + CentralDirectoryHeaderView.SIZE;
    long extraAt = nameAt + header.nameLength();
    long commentAt = extraAt + header.extraLength();
    String name = ZipText.decode(file, nameAt, header.nameLength(), utf8);
    String comment = ZipText.decode(file, commentAt, header.commentLength(), utf8);
    Zip64Extra.Values values = zip64Extra.resolve(header, at, extraAt, this::what);
    long localHeaderOffset = end.prefixLength() + values.localHeaderOffset();
    long dataOffset = localHeaders.check(count, localHeaderOffset, values.compressedSize(), header.nameLength());
    return new ZipEntryInfo(name, header.method(), values.compressedSize(), values.size(), header.crc32(),
        localHeaderOffset, dataOffset, new DosDateTime(header.modDate(), header.modTime()), header.flags(), comment);
  }

  /**
   * The walk counts the entries; the end record's count must agree. Like {@code java.util.zip},
   * accept a classic 16-bit count that wrapped around (archives of 65,536 entries or more that
   * some writers made without ZIP64 records).
   */
  private void requireDeclaredCount(long found) {
    long declared = end.declaredEntries();
    boolean wrapped = !end.zip64() && found % CLASSIC_COUNT_RANGE == declared;
    if (found != declared && !wrapped) {
      throw new ZipFormatException(end.recordName() + " at offset " + end.recordOffset() + " says there are "
          + declared + " entries, but the central directory at offset " + end.centralDirectoryStart() + " holds "
          + found);
    }
  }
}
