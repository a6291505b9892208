package dev.structview.zip.internal;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.zip.ZipFormatException;

/**
 * Finds an archive's end-of-central-directory record by scanning backward, follows the ZIP64
 * records when there are any, and works out where the central directory really is.
 */
public final class EndRecords {
  private static final String END_RECORD = "end-of-central-directory record";
  private static final String ZIP64_RECORD = "ZIP64 end-of-central-directory record";
  private static final String LOCATOR = "ZIP64 end-of-central-directory locator";
  /** The comment after the end record is at most this long: its length is a 16-bit field. */
  private static final int MAX_COMMENT = 0xFFFF;
  private static final int ENTRIES_MARKER = 0xFFFF;
  private static final long MARKER = 0xFFFF_FFFFL;
  /** The ZIP64 record's size field counts neither itself nor the signature before it. */
  private static final int UNCOUNTED_ZIP64_BYTES = 12;

  private final Window file;
  private final long size;
  private final Placer<EndOfCentralDirectoryView> ends;

  private EndRecords(Window file) {
    this.file = file;
    this.size = file.size();
    this.ends = new Placer<>(file, EndOfCentralDirectoryView.SIZE, EndOfCentralDirectoryView::wrap,
        EndOfCentralDirectoryView::moveTo);
  }

  /**
   * Reads the end records of {@code file}.
   *
   * @throws ZipFormatException if there is no end record, or it does not add up
   */
  public static ArchiveEnd read(Window file) {
    return new EndRecords(file).read();
  }

  private ArchiveEnd read() {
    long at = findEndRecord();
    EndOfCentralDirectoryView end = ends.at(at);
    String comment = archiveComment(at + EndOfCentralDirectoryView.SIZE, end.commentLength());
    if (at >= Zip64LocatorView.SIZE) {
      long locatorAt = at - Zip64LocatorView.SIZE;
      Zip64LocatorView locator = new Placer<>(file, Zip64LocatorView.SIZE, Zip64LocatorView::wrap,
          Zip64LocatorView::moveTo).at(locatorAt);
      if (locator.signature() == Zip64Locator.SIGNATURE) {
        return zip64(end, at, locator, locatorAt, comment);
      }
    }
    requireSingleDisk(end.diskNumber(), end.centralDirectoryDisk(), END_RECORD, at);
    return place(at, END_RECORD, end.centralDirectorySize(), end.centralDirectoryOffset(), end.totalEntries(),
        false, comment);
  }

  /**
   * Returns the offset of the end record: the last signature whose comment ends the file, or
   * failing that the last one whose comment fits (bytes appended after an archive, which
   * {@code unzip} and {@code java.util.zip} accept too). A comment may itself hold the signature,
   * so a signature alone is not enough.
   */
  private long findEndRecord() {
    int record = EndOfCentralDirectoryView.SIZE;
    if (size < record) {
      throw new ZipFormatException(size == 0 ? "the file is empty, not a ZIP archive"
          : "the file is " + size + " bytes, too short for a ZIP archive (its " + END_RECORD + " alone is " + record
          + " bytes)");
    }
    long last = size - record;
    long first = Math.max(0, last - MAX_COMMENT);
    long fitting = -1;
    long overrunning = -1;
    for (long at = last; at >= first; at--) {
      EndOfCentralDirectoryView candidate = ends.at(at);
      if (candidate.signature() == EndOfCentralDirectory.SIGNATURE) {
        long commentEnd = at + record + candidate.commentLength();
        if (commentEnd == size) {
          return at;
        } else if (commentEnd < size && fitting < 0) {
          fitting = at;
        } else if (commentEnd > size && overrunning < 0) {
          overrunning = at;
        }
      }
    }
    if (fitting >= 0) {
      return fitting;
    }
    throw overrunning >= 0 ? truncatedComment(ends.at(overrunning), overrunning)
        : new ZipFormatException("no " + END_RECORD + " (signature " + Bounds.hex(EndOfCentralDirectory.SIGNATURE)
            + ") in the last " + (size - first) + " bytes: not a ZIP archive, or a truncated one");
  }

  private ZipFormatException truncatedComment(EndOfCentralDirectoryView end, long at) {
    long after = size - at - EndOfCentralDirectoryView.SIZE;
    return new ZipFormatException(END_RECORD + " at offset " + at + " has a comment of "
        + end.commentLength() + " bytes, but only " + after + " bytes follow the record (a truncated file?)");
  }

  /**
   * The archive comment has no flag for its charset (bit 11 is per entry), and writers such as
   * {@code java.util.zip} and 7-Zip store UTF-8: so the rule of unflagged names, UTF-8 when the
   * bytes are valid UTF-8 (ASCII included), CP437 otherwise.
   */
  private String archiveComment(long at, int length) {
    return ZipText.unflagged(file.bytes(at, length)); // found to fit the file by findEndRecord
  }

  private ArchiveEnd zip64(EndOfCentralDirectoryView end, long endAt, Zip64LocatorView locator, long locatorAt,
      String comment) {
    if (locator.recordDisk() != 0 || locator.totalDisks() > 1) {
      throw new ZipFormatException(LOCATOR + " at offset " + locatorAt + " says the archive spans "
          + locator.totalDisks() + " disks; only single-file archives can be read");
    }
    long at = zip64Record(locator, locatorAt);
    Zip64EndOfCentralDirectoryView record = zip64Records().at(at);
    requireSingleDisk(record.diskNumber(), record.centralDirectoryDisk(), ZIP64_RECORD, at);
    long entries = nonNegative(record.totalEntries(), "entry count", at);
    long cdSize = nonNegative(record.centralDirectorySize(), "central directory size", at);
    long cdOffset = nonNegative(record.centralDirectoryOffset(), "central directory offset", at);
    agree(end.totalEntries(), ENTRIES_MARKER, entries, "entry count", endAt, at);
    agree(end.centralDirectorySize(), MARKER, cdSize, "central directory size", endAt, at);
    agree(end.centralDirectoryOffset(), MARKER, cdOffset, "central directory offset", endAt, at);
    return place(at, ZIP64_RECORD, cdSize, cdOffset, entries, true, comment);
  }

  /**
   * Returns the ZIP64 record, which must end where the locator starts. It is looked for where the
   * locator says, and then just before the locator: in an archive with data prefixed to it, the
   * locator's offset counts from the archive's start, not the file's (Python's {@code zipfile}
   * only ever looks just before the locator).
   */
  private long zip64Record(Zip64LocatorView locator, long locatorAt) {
    long stated = locator.endRecordOffset();
    long adjacent = locatorAt - (long) Zip64EndOfCentralDirectoryView.SIZE;
    Placer<Zip64EndOfCentralDirectoryView> records = zip64Records();
    for (long at : new long[] {stated, adjacent}) {
      if (at >= 0 && at <= adjacent) {
        Zip64EndOfCentralDirectoryView record = records.at(at);
        boolean endsAtLocator = record.recordSize() == locatorAt - at - UNCOUNTED_ZIP64_BYTES;
        if (record.signature() == Zip64EndOfCentralDirectory.SIGNATURE && endsAtLocator) {
          return at;
        }
      }
    }
    throw new ZipFormatException(LOCATOR + " at offset " + locatorAt + " points to offset " + Long.toUnsignedString(
        stated) + ", but no " + ZIP64_RECORD + " (signature " + Bounds.hex(Zip64EndOfCentralDirectory.SIGNATURE)
        + ") ending at the locator is there or at offset " + adjacent);
  }

  /**
   * Places the central directory: it ends where the end record (or ZIP64 record) starts. Where
   * the record says it starts tells how much data precedes the archive, as {@code unzip} and
   * {@code java.util.zip} work it out.
   */
  private Placer<Zip64EndOfCentralDirectoryView> zip64Records() {
    return new Placer<>(file, Zip64EndOfCentralDirectoryView.SIZE, Zip64EndOfCentralDirectoryView::wrap,
        Zip64EndOfCentralDirectoryView::moveTo);
  }

  private ArchiveEnd place(long at, String name, long cdSize, long cdOffset, long entries, boolean zip64,
      String comment) {
    long start = at - cdSize;
    if (start < 0) {
      throw new ZipFormatException(name + " at offset " + at + " says the central directory is " + cdSize
          + " bytes, but only " + at + " bytes precede the record");
    }
    long prefix = start - cdOffset;
    if (prefix < 0) {
      throw new ZipFormatException(name + " at offset " + at + " says the central directory starts at offset "
          + cdOffset + ", but its " + cdSize + " bytes end at the record, so it starts at offset " + start
          + ": the file lacks the archive's first " + -prefix + " bytes");
    }
    long room = cdSize / CentralDirectoryHeaderView.SIZE;
    if (entries > room) {
      throw new ZipFormatException(name + " at offset " + at + " says there are " + entries + " entries, but the"
          + " central directory's " + cdSize + " bytes hold at most " + room + " (" + CentralDirectoryHeaderView.SIZE
          + " bytes each at least)");
    }
    return new ArchiveEnd(start, cdSize, entries, prefix, zip64, comment, name, at);
  }

  private static void requireSingleDisk(long disk, long cdDisk, String name, long at) {
    if (disk != 0 || cdDisk != 0) {
      throw new ZipFormatException(name + " at offset " + at + " says this is disk " + disk
          + " of a split archive, with the central directory on disk " + cdDisk
          + "; only single-file archives can be read");
    }
  }

  private static long nonNegative(long value, String field, long at) {
    if (value < 0) {
      throw new ZipFormatException(ZIP64_RECORD + " at offset " + at + ": its " + field + " "
          + Long.toUnsignedString(value) + " is 2^63 or more");
    }
    return value;
  }

  /** The classic record holds each value itself, or all ones to defer to the ZIP64 record. */
  private static void agree(long classic, long marker, long zip64, String field, long endAt, long zip64At) {
    if (classic != marker && classic != zip64) {
      throw new ZipFormatException(END_RECORD + " at offset " + endAt + " gives the " + field + " as " + classic
          + ", but the " + ZIP64_RECORD + " at offset " + zip64At + " gives " + zip64);
    }
  }
}
