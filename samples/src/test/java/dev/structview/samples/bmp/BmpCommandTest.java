package dev.structview.samples.bmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.cli.Cli;
import dev.structview.samples.cli.CliRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code structview bmp FILE} end to end: the report, and one line on standard error for every failure. */
class BmpCommandTest {
  @TempDir
  Path dir;



  /** Black on the left, red over white on the right: a preview anyone can check by eye. */
  private Path halves() {
    BufferedImage image = new BufferedImage(7, 4, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 4; y++) {
      for (int x = 4; x < 7; x++) {
        image.setRGB(x, y, y < 2 ? 0xFF0000 : 0xFFFFFF);
      }
    }
    return ImageIoFiles.write(image, dir.resolve("halves.bmp"));
  }

  @Test
  void reportsHeadersPixelsAndAPreview() {
    Path file = halves();
    CliRun run = CliRun.of("bmp", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertEquals(String.join(System.lineSeparator(),
        file + ": BMP image, 150 bytes",
        "  file header  BITMAPFILEHEADER: file size 150, pixels at offset 54",
        "  info header  BITMAPINFOHEADER, 40 bytes",
        "  size         7 x 4 pixels, bottom-up",
        "  bits         24 per pixel, BI_RGB",
        "  row stride   24 bytes",
        "  resolution   0 x 0 pixels per meter",
        "  palette      0 colors",
        "  pixels       RecordArray<BgrView> [4, 7], strides [-24, 3]",
        "",
        "  pixel         y  x  color",
        "  top left      0  0  #000000",
        "  top right     0  6  #ff0000",
        "  center        1  3  #000000",
        "  bottom left   3  0  #000000",
        "  bottom right  3  6  #ffffff",
        "",
        "  preview",
        "  @@@@###",
        "  @@@@   ",
        ""), run.out());
  }

  @Test
  void palettedImagesListTheirColors() {
    Path file = ImageIoFiles.write(ImageIoFiles.randomImage(BufferedImage.TYPE_BYTE_INDEXED, 5, 3, 1),
        dir.resolve("indexed.bmp"));
    CliRun run = CliRun.of("bmp", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("  palette      256 colors: #000000 #000033 #000066 #000099 #0000cc #0000ff "
        + "#003300 #003333 ..." + System.lineSeparator()), run.out());
    assertTrue(run.out().contains("  pixels       MemoryView 'B' [3, 5], strides [-8, 1], indexing 256 colors"),
        run.out());
  }

  @Test
  void everyFailureIsOneLineAndStatus2() throws IOException {
    byte[] bmp = Files.readAllBytes(halves());
    byte[] random = new byte[300];
    new Random(1).nextBytes(random);
    Path empty = Files.write(dir.resolve("empty.bmp"), new byte[0]);
    Path wav = Files.write(dir.resolve("sound.wav"), Arrays.copyOf("RIFF".getBytes(), 44));
    Path noise = Files.write(dir.resolve("noise.bmp"), random);
    Path truncated = Files.write(dir.resolve("truncated.bmp"), Arrays.copyOf(bmp, 100));
    assertFails(dir.resolve("missing.bmp"), "no such file");
    assertFails(dir, "cannot read: is a directory");
    assertFails(empty, "the file is empty");
    assertFails(wav, "not a BMP file: the BITMAPFILEHEADER at offset 0 starts with b'RI', not 'BM'");
    assertFails(noise, "not a BMP file: the BITMAPFILEHEADER at offset 0 starts with ");
    assertFails(truncated, "pixel array at offset 54 needs 4 rows of 24 bytes, but the file ends at 100");
  }

  private static void assertFails(Path file, String message) {
    CliRun run = CliRun.of("bmp", file.toString());
    assertEquals(Cli.FAILURE, run.status(), run.out());
    assertTrue(run.err().startsWith("structview: " + file + ": " + message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
