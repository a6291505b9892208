package dev.structview.samples.bmp;

import dev.structview.samples.cli.PyRepr;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Where everything is in a BMP file, after every check: the headers read through their views, the
 * palette's place and length, the pixel rows' place and stride. All arithmetic is in {@code long}
 * and checked against the file's size before any view is placed, so hostile sizes fail with a
 * message, never with an overflow or a huge allocation.
 */
final class BmpLayout {
  static final int FILE_HEADER = FileHeaderView.SIZE;
  static final int MASKS_OFFSET = FILE_HEADER + InfoHeaderView.SIZE;
  static final int ALPHA_OFFSET = MASKS_OFFSET + BitMasksView.SIZE;
  /** BITMAPINFOHEADER's size, which is also where the masks of a 40-byte header begin. */
  static final int INFO_HEADER = InfoHeaderView.SIZE;
  private static final byte[] MAGIC = {'B', 'M'};

  final FileHeaderView fileHeader;
  final DibHeader kind;
  final InfoHeader info;
  final BitMasksView masks;
  /** The alpha mask, or {@code null} when the header and compression give none. */
  final Long alphaMask;
  final ColorSpaceView colorSpace;
  final long width;
  final long rows;
  final boolean topDown;
  final long rowStride;
  final long pixelOffset;
  final long paletteOffset;
  final long paletteColors;

  private BmpLayout(ByteBuffer file) {
    long size = file.limit();
    fileHeader = FileHeaderView.wrap(file, Region.require(size, 0, FILE_HEADER, "BITMAPFILEHEADER"));
    if (!Arrays.equals(fileHeader.magic(), MAGIC)) {
      throw new MalformedFileException("not a BMP file: the BITMAPFILEHEADER at offset 0 starts with "
          + PyRepr.of(fileHeader.magic()) + ", not 'BM'");
    }
    kind = kind(file);
    info = info(file, kind);
    width = info.width();
    rows = Math.abs((long) info.height());
    topDown = info.height() < 0;
    checkImage();
    masks = hasMasks() ? BitMasksView.wrap(file, Region.require(size, MASKS_OFFSET, BitMasksView.SIZE,
        "bit masks")) : null;
    alphaMask = hasAlphaMask() ? AlphaMaskView.wrap(file, Region.require(size, ALPHA_OFFSET, AlphaMaskView.SIZE,
        "alpha mask")).alpha() : null;
    colorSpace = kind.hasColorSpace() ? ColorSpaceView.wrap(file, Region.require(size, ALPHA_OFFSET,
        ColorSpaceView.SIZE, "color space")) : null;
    paletteOffset = FILE_HEADER + kind.size() + separateMasksSize();
    pixelOffset = fileHeader.pixelOffset();
    rowStride = (width * info.bitCount() + 31) / 32 * 4; // rows are padded to 4 bytes
    checkPixelOffset(size);
    paletteColors = paletteColors();
    Region.require(size, paletteOffset, paletteColors * kind.paletteEntrySize(), "palette of " + paletteColors
        + " colors");
    checkPixelArray(size);
  }

  /**
   * Reads and checks the headers of the BMP file {@code file} (from index 0 to its limit).
   *
   * @throws MalformedFileException naming the structure, its offset and what is wrong
   */
  static BmpLayout of(ByteBuffer file) {
    if (file.limit() == 0) {
      throw new MalformedFileException("the file is empty");
    }
    return new BmpLayout(file);
  }

  /** The kind of info header, by its size field, after checking that it names one. */
  private static DibHeader kind(ByteBuffer file) {
    int at = Region.require(file.limit(), FILE_HEADER, 4, "info header's size field");
    long declared = Integer.toUnsignedLong(file.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(at));
    DibHeader kind = DibHeader.of(declared);
    if (kind == null) {
      throw new MalformedFileException("info header at offset 14 declares " + declared + " bytes, the size of no"
          + " BMP info header; they have " + DibHeader.sizes());
    }
    return kind;
  }

  /** The header's fields through the view of its kind; the short ones lack the later fields. */
  private static InfoHeader info(ByteBuffer file, DibHeader kind) {
    int at = Region.require(file.limit(), FILE_HEADER, kind.size(), kind.title());
    switch (kind) {
      case CORE:
        return ShortInfoHeader.of(CoreHeaderView.wrap(file, at));
      case OS2_SHORT:
        return ShortInfoHeader.of(ShortHeaderView.wrap(file, at));
      default:
        return InfoHeaderView.wrap(file, at);
    }
  }

  private void checkImage() {
    String where = kind.title() + " at offset 14";
    require(info.width() > 0, where + " has width " + info.width() + "; it must be at least 1");
    require(info.height() != 0, where + " has height 0");
    require(info.planes() == 1, where + " has " + info.planes() + " planes; BMP files have 1");
    int bits = info.bitCount();
    require(bits == 1 || bits == 4 || bits == 8 || bits == 16 || bits == 24 || bits == 32,
        where + " has " + bits + " bits per pixel; BMP pixels have 1, 4, 8, 16, 24 or 32");
    require(!topDown || kind.uncompressed(info.compression()), where + " is top-down (negative "
        + "height) and " + kind.compressionName(info.compression()) + "; top-down images cannot be compressed");
  }

  /** Red, green and blue masks: in V2 headers and later, or after a 40-byte header for bit fields. */
  private boolean hasMasks() {
    return kind.hasRgbMasks() || kind == DibHeader.INFO && (info.compression() == Compression.BITFIELDS
        || info.compression() == Compression.ALPHABITFIELDS);
  }

  /** An alpha mask: in V3 headers and later, or as the fourth mask after a 40-byte header. */
  private boolean hasAlphaMask() {
    return kind.hasAlphaMask() || kind == DibHeader.INFO && info.compression() == Compression.ALPHABITFIELDS;
  }

  /** The masks after a 40-byte header, which the palette follows; larger headers hold them. */
  private long separateMasksSize() {
    if (kind != DibHeader.INFO) {
      return 0;
    }
    return info.compression() == Compression.BITFIELDS ? 12 : info.compression() == Compression.ALPHABITFIELDS
        ? 16 : 0;
  }

  private void checkPixelOffset(long size) {
    require(pixelOffset >= paletteOffset, "BITMAPFILEHEADER at offset 0 puts the pixel array at offset "
        + pixelOffset + ", inside the headers, which end at " + paletteOffset);
    require(pixelOffset <= size, "BITMAPFILEHEADER at offset 0 puts the pixel array at offset " + pixelOffset
        + ", but the file ends at " + size);
  }

  /**
   * The palette's length: as declared, or when the header leaves it implied (0 for 2^bitCount), as
   * many of the implied colors as fit before the pixels, since writers often store fewer.
   */
  private long paletteColors() {
    long declared = info.colorsUsed();
    long room = (pixelOffset - paletteOffset) / kind.paletteEntrySize();
    if (declared == 0) {
      return info.bitCount() <= 8 ? Math.min(1L << info.bitCount(), room) : 0;
    }
    require(info.bitCount() > 8 || declared <= 1L << info.bitCount(), kind.title()
        + " at offset 14 declares " + declared + " colors, but " + info.bitCount() + "-bit pixels index at most "
        + (1L << Math.min(info.bitCount(), 8)));
    require(declared <= room, "palette of " + declared + " colors at offset " + paletteOffset + " needs "
        + declared * kind.paletteEntrySize() + " bytes, but the pixel array starts at " + pixelOffset);
    return declared;
  }

  private void checkPixelArray(long size) {
    if (!kind.uncompressed(info.compression())) {
      Region.require(size, pixelOffset, info.imageSize(), kind.compressionName(info.compression()) + " pixel data");
      return;
    }
    // rows * rowStride may overflow a long (2^31 rows of 2^37 bytes): compare by division instead
    if (rows > (size - pixelOffset) / rowStride) {
      throw new MalformedFileException("pixel array at offset " + pixelOffset + " needs " + rows + " rows of "
          + rowStride + " bytes, but the file ends at " + size);
    }
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new MalformedFileException(problem);
    }
  }
}
