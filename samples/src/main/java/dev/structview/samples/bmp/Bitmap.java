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
  private static final Slice REVERSED = Slice.of(null, null, -1L);

  private final BmpLayout layout;
  private final RecordArray<RgbQuadView> palette;
  private final PixelGrid pixels;
  private final String whyNoPixels;

  private Bitmap(ByteBuffer file, BmpLayout layout) {
    this.layout = layout;
    int paletteAt = (int) layout.paletteOffset; // checked against the file by BmpLayout
    this.palette = RgbQuadView.array(file.duplicate().position(paletteAt)
        .limit(paletteAt + (int) layout.paletteColors * RgbQuadView.SIZE));
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

  /** {@code BITMAPINFOHEADER}, or the common prefix of a V4 or V5 header. */
  public InfoHeader info() {
    return layout.info;
  }

  /** The header's name: {@code BITMAPINFOHEADER}, {@code BITMAPV4HEADER} or {@code BITMAPV5HEADER}. */
  public String headerName() {
    return BmpLayout.headerName(layout.info.headerSize());
  }

  /** The color masks, for {@code BI_BITFIELDS} images and V2 headers or later. */
  public Optional<BitMasks> masks() {
    return Optional.ofNullable(layout.masks);
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

  /** The palette, empty when there is none. */
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
    if (!Compression.isUncompressed(compression)) {
      return Compression.name(compression) + " pixels are compressed";
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
        // the fourth byte is alpha only when a V4/V5 header's alpha mask says so; with BI_RGB it is unused
        boolean alpha = l.info.compression() == Compression.BITFIELDS && l.colorSpace != null
            && l.colorSpace.alphaMask() == 0xFF00_0000L;
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
