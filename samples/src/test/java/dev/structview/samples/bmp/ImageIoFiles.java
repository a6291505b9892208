package dev.structview.samples.bmp;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** BMP files written and read by {@code javax.imageio}: the independent reader the sample is checked against. */
final class ImageIoFiles {
  static {
    System.setProperty("java.awt.headless", "true"); // no display is needed, nor wanted on a build machine
  }

  private ImageIoFiles() {}

  /** An image of seeded random colors. */
  static BufferedImage randomImage(int type, int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, type);
    Random random = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return image;
  }

  /** Writes {@code image} as a BMP file with ImageIO's writer. */
  static Path write(BufferedImage image, Path file) {
    try {
      if (!ImageIO.write(image, "bmp", file.toFile())) {
        throw new AssertionError("ImageIO has no BMP writer for image type " + image.getType());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a BMP file with ImageIO's reader. */
  static BufferedImage read(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
