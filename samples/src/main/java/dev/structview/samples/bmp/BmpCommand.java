package dev.structview.samples.bmp;

import dev.structview.buffer.Memory;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import dev.structview.samples.io.MalformedFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code structview bmp FILE}: a BMP file's headers, its palette, the colors of a few pixels and
 * a small ASCII preview, all read through views of the mapped file.
 */
public final class BmpCommand implements Command {
  /** How many palette colors are listed. */
  static final int SHOWN_COLORS = 8;

  /** The command; it keeps no state between runs. */
  public BmpCommand() {}

  @Override
  public String name() {
    return "bmp";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "show a BMP image's headers, palette, a few pixels and an ASCII preview";
  }

  @Override
  public String example() {
    return "structview bmp image.bmp";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    Input input = args.input();
    try (Memory file = input.memory()) {
      if (file.byteSize() > Memory.MAX_BUFFER_BYTES) {
        // The pixel rows are a RecordArray over one ByteBuffer; one over Memory at long indices is to come.
        throw new MalformedFileException("is " + file.byteSize() + " bytes; bmp reads files of at most "
            + Memory.MAX_BUFFER_BYTES + " bytes (the other commands read files of any size)");
      }
      print(input.name(), file.asByteBuffer(), out);
    }
  }

  /** Reads the BMP file in {@code bytes} and prints its report, headed by {@code name}. */
  static void print(String name, ByteBuffer bytes, PrintStream out) {
    try (Bitmap bmp = Bitmap.read(bytes)) {
      out.printf("%s: BMP image, %d bytes%n", Printable.of(name), bytes.remaining());
      headers(bmp, out);
      field(out, "palette", palette(bmp));
      if (bmp.pixels().isEmpty()) {
        field(out, "pixels", "not shown: " + bmp.whyNoPixels());
        return;
      }
      PixelGrid pixels = bmp.pixels().get();
      field(out, "pixels", pixels.describe());
      samples(pixels, out);
      out.printf("%n  preview%n");
      AsciiPreview.of(pixels).forEach(line -> out.println("  " + line));
    }
  }

  private static void headers(Bitmap bmp, PrintStream out) {
    FileHeader file = bmp.fileHeader();
    InfoHeader info = bmp.info();
    field(out, "file header", "BITMAPFILEHEADER: file size " + file.fileSize() + ", pixels at offset "
        + file.pixelOffset());
    field(out, "info header", bmp.headerName() + ", " + info.headerSize() + " bytes");
    field(out, "size", info.width() + " x " + Math.abs((long) info.height()) + " pixels, "
        + (bmp.topDown() ? "top-down (negative height)" : "bottom-up"));
    field(out, "bits", info.bitCount() + " per pixel, " + bmp.compressionName());
    field(out, "row stride", bmp.rowStride() + " bytes");
    field(out, "resolution", info.xPixelsPerMeter() + " x " + info.yPixelsPerMeter() + " pixels per meter");
    bmp.masks().ifPresent(m -> field(out, "bit masks", String.format("red 0x%08x, green 0x%08x, blue 0x%08x",
        m.red(), m.green(), m.blue()) + bmp.alphaMask().map(a -> String.format(", alpha 0x%08x", a)).orElse("")));
    bmp.colorSpace().ifPresent(c -> field(out, "color space", c.typeName()));
  }

  private static String palette(Bitmap bmp) {
    if (bmp.paletteColors() > bmp.palette().length()) {
      return bmp.paletteColors() + " colors (3-byte RGBTRIPLEs, not listed)";
    }
    long colors = bmp.palette().length();
    StringJoiner shown = new StringJoiner(" ", colors + " colors" + (colors == 0 ? "" : ": "),
        colors > SHOWN_COLORS ? " ..." : "");
    for (long i = 0; i < Math.min(colors, SHOWN_COLORS); i++) {
      shown.add(hex(bmp.palette().get(i).bgr().rgb()));
    }
    return shown.toString();
  }

  /** The colors of the corners and the center. */
  private static void samples(PixelGrid pixels, PrintStream out) {
    long bottom = pixels.height() - 1;
    long right = pixels.width() - 1;
    Table table = new Table().left("pixel").right("y").right("x").left("color");
    List<List<String>> rows = new ArrayList<>();
    row(rows, pixels, "top left", 0, 0);
    row(rows, pixels, "top right", 0, right);
    row(rows, pixels, "center", bottom / 2, right / 2);
    row(rows, pixels, "bottom left", bottom, 0);
    row(rows, pixels, "bottom right", bottom, right);
    out.println();
    table.print(out, rows);
  }

  private static void row(List<List<String>> rows, PixelGrid pixels, String name, long y, long x) {
    String color = pixels instanceof QuadPixels && ((QuadPixels) pixels).alpha()
        ? String.format("#%08x", ((QuadPixels) pixels).argb(y, x)) : hex(pixels.rgb(y, x));
    rows.add(List.of(name, Long.toString(y), Long.toString(x), color));
  }

  private static String hex(int rgb) {
    return String.format("#%06x", rgb);
  }

  private static void field(PrintStream out, String name, String value) {
    out.printf("  %-12s %s%n", name, Printable.of(value));
  }
}
