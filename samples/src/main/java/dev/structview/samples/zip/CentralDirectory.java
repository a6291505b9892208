package dev.structview.samples.zip;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the central directory with one moving header view, entry after entry until its last
 * byte: each header must lie wholly inside it, so the walk always moves forward and ends.
 */
final class CentralDirectory {
  private static final String CENTRAL_DIRECTORY_END = "the central directory ends at offset";
  /** Writers that overflowed the classic record's 16-bit count without writing ZIP64 records. */
  private static final long CLASSIC_COUNT_RANGE = 0x1_0000L;

  private final ByteBuffer file;
  private final ArchiveEnd end;
  private final Zip64Extra zip64Extra;
  private final LocalHeaders localHeaders;
  private CentralDirectoryHeaderView header;

  private CentralDirectory(ByteBuffer file, ArchiveEnd end) {
    this.file = file;
    this.end = end;
    this.zip64Extra = new Zip64Extra(file);
    this.localHeaders = new LocalHeaders(file, end.centralDirectoryStart());
  }

  /**
   * Reads every entry of the central directory that {@code end} places in {@code file}.
   *
   * @throws MalformedFileException if an entry or its local header is malformed, entries overlap, or
   *     the count is not the declared one
   */
  static List<ZipEntryInfo> read(ByteBuffer file, ArchiveEnd end) {
    return new CentralDirectory(file, end).read();
  }

  private List<ZipEntryInfo> read() {
    List<ZipEntryInfo> entries = new ArrayList<>();
    long at = end.centralDirectoryStart();
    while (at < end.centralDirectoryEnd()) {
      String what = "central directory entry #" + entries.size();
      place(at, what);
      ZipEntryInfo entry = entry(what);
      localHeaders.check(entries.size(), entry, header.nameLength());
      entries.add(entry);
      at += CentralDirectoryHeaderView.SIZE + variableLength();
    }
    requireDeclaredCount(entries.size());
    localHeaders.requireNoOverlaps();
    return entries;
  }

  private void place(long at, String what) {
    Bounds.within(end.centralDirectoryEnd(), CENTRAL_DIRECTORY_END, at, CentralDirectoryHeaderView.SIZE, what);
    int offset = Region.require(file.limit(), at, CentralDirectoryHeaderView.SIZE, what);
    header = header == null ? CentralDirectoryHeaderView.wrap(file, offset) : header.moveTo(offset);
    if (header.signature() != CentralDirectoryHeader.SIGNATURE) {
      throw new MalformedFileException(what + " at offset " + at + ": the signature is "
          + Bounds.hex(header.signature()) + ", not " + Bounds.hex(CentralDirectoryHeader.SIGNATURE));
    }
    Bounds.within(end.centralDirectoryEnd(), CENTRAL_DIRECTORY_END, at,
        CentralDirectoryHeaderView.SIZE + variableLength(), what + " with its name, extra field and comment");
  }

  private long variableLength() {
    return (long) header.nameLength() + header.extraLength() + header.commentLength();
  }

  /** The entry under the header view, whose name, extra field and comment are known to fit. */
  private ZipEntryInfo entry(String what) {
    int at = header.recordOffset();
    boolean utf8 = (header.flags() & ZipEntryInfo.FLAG_UTF8) != 0;
    int nameAt = at + CentralDirectoryHeaderView.SIZE;
    int extraAt = nameAt + header.nameLength();
    int commentAt = extraAt + header.extraLength();
    String name = ZipText.decode(file, nameAt, header.nameLength(), utf8);
    String comment = ZipText.decode(file, commentAt, header.commentLength(), utf8);
    Zip64Extra.Values values = zip64Extra.resolve(header, extraAt, what);
    return new ZipEntryInfo(name, header.method(), values.compressedSize(), values.size(), header.crc32(),
        end.prefixLength() + values.localHeaderOffset(), new DosDateTime(header.modDate(), header.modTime()),
        header.flags(), comment);
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
      throw new MalformedFileException(end.recordName() + " at offset " + end.recordOffset() + " says there are "
          + declared + " entries, but the central directory at offset " + end.centralDirectoryStart() + " holds "
          + found);
    }
  }
}
