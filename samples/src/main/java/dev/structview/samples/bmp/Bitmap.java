package dev.structview.samples.bmp;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A BMP file read in place: its headers through generated views, its palette as a
 * {@code RecordArray} of {@link RgbQuad} records, and its pixels as a 2-D grid, top row first.
 *
 * <pre>{@code
 * try (Bitmap bmp = Bitmap.read(MappedFile.map(path))) {
 *   bmp.info().width();
 *   bmp.pixels().orElseThrow().rgb(0, 0);        // the top-left pixel, 0xRRGGBB
 * }
 * }</pre>
 *
 * <p>Pixels are viewed for uncompressed 8-bit (palette indices), 24-bit and 32-bit images (BGR
 * and BGRA masks); other kinds report their headers only ({@link #whyNoPixels()}). Bottom-up files
 * (positive height, the usual kind) are flipped without copying: the row dimension gets a negative
 * stride, so that row 0 of the grid is the last row of the file.
 */
public final class Bitmap implements AutoCloseable {
  private static final long BGR_MASKS_RED = 0xFF0000;
  private static final long BGR_MASKS_GREEN = 0xFF00;
  private static final long BGR_MASKS_BLUE = 0xFF;
  private static final long ALPHA_BYTE = 0xFF00_0000L;
  private static final Slice REVERSED = Slice.of(null, null, -1L);

  private final BmpLayout layout;
  private final RecordArray<RgbQuadView> palette;
  private final PixelGrid pixels;
  private final String whyNoPixels;

  private Bitmap(ByteBuffer file, BmpLayout layout) {
    this.layout = layout;
    int paletteAt = (int) layout.paletteOffset; // checked against the file by BmpLayout
    long quads = layout.kind.paletteEntrySize() == RgbQuadView.SIZE ? layout.paletteColors : 0;
    this.palette = RgbQuadView.array(file.duplicate().position(paletteAt)
        .limit(paletteAt + (int) quads * RgbQuadView.SIZE));
    this.whyNoPixels = whyNoPixels(layout);
    this.pixels = whyNoPixels == null ? grid(file, layout, palette) : null;
  }

  /**
   * Reads the BMP file between the buffer's position and limit.
   *
   * @throws MalformedFileException if it is not a BMP file or a structure does not fit it
   */
  public static Bitmap read(ByteBuffer buffer) {
    ByteBuffer file = buffer.slice();
    return new Bitmap(file, BmpLayout.of(file));
  }

  /** {@code BITMAPFILEHEADER}. */
  public FileHeader fileHeader() {
    return layout.fileHeader;
  }

  /**
   * {@code BITMAPINFOHEADER}, or the same fields of another kind of info header: the first 40 bytes
   * of the larger ones, and for the 12- and 16-byte headers their fields with the others 0.
   */
  public InfoHeader info() {
    return layout.info;
  }

  /**
   * The header's name by its size: {@code BITMAPCOREHEADER} (12 bytes), {@code BITMAPINFOHEADER2
   * (OS/2 2.x, 16 bytes)}, {@code BITMAPINFOHEADER} (40), {@code BITMAPV2INFOHEADER} (52),
   * {@code BITMAPV3INFOHEADER} (56), {@code BITMAPINFOHEADER2 (OS/2 2.x)} (64),
   * {@code BITMAPV4HEADER} (108) or {@code BITMAPV5HEADER} (124).
   */
  public String headerName() {
    return layout.kind.title();
  }

  /** The compression's name in this kind of header: {@code BI_RGB}, or OS/2's {@code Huffman 1D (OS/2)}. */
  public String compressionName() {
    return layout.kind.compressionName(layout.info.compression());
  }

  /** The red, green and blue masks: of V2 headers and later, and of 40-byte headers with bit fields. */
  public Optional<BitMasks> masks() {
    return Optional.ofNullable(layout.masks);
  }

  /** The alpha mask: of V3 headers and later, and of 40-byte headers with {@code BI_ALPHABITFIELDS}. */
  public Optional<Long> alphaMask() {
    return Optional.ofNullable(layout.alphaMask);
  }

  /** How many colors the palette has; for a core header they are 3-byte RGBTRIPLEs, not in {@link #palette()}. */
  public long paletteColors() {
    return layout.paletteColors;
  }

  /** The color space of a V4 or V5 header. */
  public Optional<ColorSpace> colorSpace() {
    return Optional.ofNullable(layout.colorSpace);
  }

  /** Whether the rows are stored top-down (negative height). */
  public boolean topDown() {
    return layout.topDown;
  }

  /** The bytes from one stored row to the next: the row's pixels padded to 4 bytes. */
  public long rowStride() {
    return layout.rowStride;
  }

  /** The palette of RGBQUADs, empty when there is none (and for a core header's RGBTRIPLEs). */
  public RecordArray<RgbQuadView> palette() {
    return palette;
  }

  /** The pixels, top row first, when this kind of image can be viewed. */
  public Optional<PixelGrid> pixels() {
    return Optional.ofNullable(pixels);
  }

  /** Why {@link #pixels()} is empty, or {@code null} when it is not. */
  public String whyNoPixels() {
    return whyNoPixels;
  }

  private static String whyNoPixels(BmpLayout layout) {
    long compression = layout.info.compression();
    int bits = layout.info.bitCount();
    if (!layout.kind.uncompressed(compression)) {
      return layout.kind.compressionName(compression) + " pixels are compressed";
    }
    if (layout.kind == DibHeader.CORE && bits <= 8) {
      return "the palette of a BITMAPCOREHEADER holds 3-byte RGBTRIPLEs, which this sample does not view";
    }
    if (bits == 32 && compression != Compression.RGB && !bgrMasks(layout.masks)) {
      return String.format("the bit masks (red 0x%x, green 0x%x, blue 0x%x) are not BGR bytes",
          layout.masks.red(), layout.masks.green(), layout.masks.blue());
    }
    if (bits == 32 || compression == Compression.RGB && (bits == 24 || bits == 8)) {
      return null;
    }
    return bits + "-bit " + Compression.name(compression) + " pixels are not viewed by this sample";
  }

  private static boolean bgrMasks(BitMasks masks) {
    return masks.red() == BGR_MASKS_RED && masks.green() == BGR_MASKS_GREEN && masks.blue() == BGR_MASKS_BLUE;
  }

  private static PixelGrid grid(ByteBuffer file, BmpLayout l, RecordArray<RgbQuadView> palette) {
    switch (l.info.bitCount()) {
      case 24:
        return new BgrPixels(topRowFirst(BgrView.array(rows(file, l, BgrView.SIZE, BgrView.FORMAT)), l));
      case 32:
        // the fourth byte is alpha only when a mask says so (V3 and later, or BI_ALPHABITFIELDS);
        // with BI_RGB it is unused, whatever the header's alpha mask
        boolean alpha = l.info.compression() != Compression.RGB && l.alphaMask != null
            && l.alphaMask == ALPHA_BYTE;
        return new QuadPixels(topRowFirst(RgbQuadView.array(rows(file, l, RgbQuadView.SIZE, RgbQuadView.FORMAT)),
            l), alpha);
      default:
        return indexed(file, l, palette);
    }
  }

  private static RowExporter rows(ByteBuffer file, BmpLayout l, int itemsize, String format) {
    return new RowExporter(file, l.pixelOffset, l.rows, l.width, l.rowStride, itemsize, format);
  }

  /** The stored rows, flipped with a negative step when the file stores them bottom-up. */
  private static <V> RecordArray<V> topRowFirst(RecordArray<V> stored, BmpLayout l) {
    if (l.topDown) {
      return stored;
    }
    try (stored) {
      return stored.slice(REVERSED); // shares the export, which lasts until the slice is closed too
    }
  }

  /** 8-bit indices: the rows cast to rows x stride bytes, then sliced to the width (and flipped). */
  private static IndexedPixels indexed(ByteBuffer file, BmpLayout l, RecordArray<RgbQuadView> palette) {
    int start = (int) l.pixelOffset;
    ByteBuffer bytes = file.duplicate().position(start).limit(start + (int) (l.rows * l.rowStride));
    try (MemoryView stored = MemoryView.of(bytes); MemoryView grid = stored.cast("B", l.rows, l.rowStride)) {
      MemoryView indices = grid.slice(l.topDown ? Slice.ALL : REVERSED, Slice.of(0L, l.width));
      long topRow = l.pixelOffset + (l.topDown ? 0 : (l.rows - 1) * l.rowStride);
      return new IndexedPixels(indices, palette, topRow);
    }
  }

  /** Releases the palette and the pixel views. */
  @Override
  public void close() {
    palette.close();
    if (pixels != null) {
      pixels.close();
    }
  }
}
