package dev.structview.zip.internal;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.zip.ZipFormatException;
import java.util.function.Supplier;

/**
 * Resolves an entry's sizes and local header offset: a 32-bit field of all ones means that the
 * value is in the entry's ZIP64 extended information extra field (APPNOTE.TXT 4.5.3), which
 * holds, in this order, only the values so marked.
 */
final class Zip64Extra {
  /** An entry's sizes and local header offset (counted from the archive's start). */
  record Values(long size, long compressedSize, long localHeaderOffset) {}

  private final Placer<ExtraFieldHeaderView> blocks;
  private final Placer<Zip64ValueView> values;

  Zip64Extra(Window file) {
    this.blocks = new Placer<>(file, ExtraFieldHeaderView.SIZE, ExtraFieldHeaderView::wrap,
        ExtraFieldHeaderView::moveTo);
    this.values = new Placer<>(file, Zip64ValueView.SIZE, Zip64ValueView::wrap, Zip64ValueView::moveTo);
  }

  /**
   * Returns the values of the entry under {@code header} (at {@code headerAt}), whose extra field
   * (at {@code extraAt}, known to lie in the file) is read only when a field is marked; {@code entry}
   * names the entry in messages.
   *
   * @throws ZipFormatException if a marked value is missing or 2^63 or more
   */
  Values resolve(CentralDirectoryHeaderView header, long headerAt, long extraAt, Supplier<String> entry) {
    boolean size = header.size() == CentralDirectoryHeader.ZIP64_MARKER;
    boolean compressed = header.compressedSize() == CentralDirectoryHeader.ZIP64_MARKER;
    boolean offset = header.localHeaderOffset() == CentralDirectoryHeader.ZIP64_MARKER;
    if (!size && !compressed && !offset) {
      return new Values(header.size(), header.compressedSize(), header.localHeaderOffset());
    }
    String what = entry.get(); // a ZIP64 entry: rare enough to name it up front
    int needed = 8 * ((size ? 1 : 0) + (compressed ? 1 : 0) + (offset ? 1 : 0));
    long at = findBlock(header, headerAt, extraAt, what);
    int dataSize = blocks.at(at).dataSize();
    if (dataSize < needed) {
      throw new ZipFormatException("ZIP64 extra field of " + what + " at offset " + at + " holds "
          + dataSize + " bytes, but the entry's fields of all ones need " + needed);
    }
    long next = at + ExtraFieldHeaderView.SIZE;
    long sizeValue = size ? read(next, what) : header.size();
    next += size ? 8 : 0;
    long compressedValue = compressed ? read(next, what) : header.compressedSize();
    next += compressed ? 8 : 0;
    long offsetValue = offset ? read(next, what) : header.localHeaderOffset();
    return new Values(sizeValue, compressedValue, offsetValue);
  }

  /** Walks the extra field's blocks, each of which must fit it, to the ZIP64 one. */
  private long findBlock(CentralDirectoryHeaderView header, long headerAt, long extraAt, String what) {
    long extraEnd = extraAt + header.extraLength();
    for (long at = extraAt; at + ExtraFieldHeaderView.SIZE <= extraEnd; ) {
      ExtraFieldHeaderView block = blocks.at(at);
      String blockName = String.format("extra field block (tag 0x%04x) of %s", block.tag(), what);
      Bounds.within(extraEnd, "the entry's extra field ends at offset", at,
          ExtraFieldHeaderView.SIZE + (long) block.dataSize(), blockName);
      if (block.tag() == ExtraFieldHeader.ZIP64_TAG) {
        return at;
      }
      at += ExtraFieldHeaderView.SIZE + block.dataSize();
    }
    throw new ZipFormatException(what + " at offset " + headerAt
        + " marks a size or offset as 0xffffffff (in the ZIP64 extra field), but has no ZIP64 extra field");
  }

  private long read(long at, String what) {
    Zip64ValueView value = values.at(at);
    if (value.value() < 0) {
      throw new ZipFormatException("ZIP64 extra field of " + what + ": the value at offset " + at + " is "
          + Long.toUnsignedString(value.value()) + ", 2^63 or more");
    }
    return value.value();
  }
}
