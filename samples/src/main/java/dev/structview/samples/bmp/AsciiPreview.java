package dev.structview.samples.bmp;

import java.util.ArrayList;
import java.util.List;

/**
 * A small picture of a bitmap in characters, darkest {@code @} to lightest blank: one pixel sampled
 * at the center of each cell, so the cost is the preview's size, whatever the image's.
 */
final class AsciiPreview {
  static final int MAX_COLUMNS = 64;
  static final int MAX_ROWS = 32;
  private static final String RAMP = "@%#*+=-:. ";

  private AsciiPreview() {}

  /** The preview's lines; a character cell is about twice as tall as wide, so rows are halved. */
  static List<String> of(PixelGrid pixels) {
    long width = pixels.width();
    long height = pixels.height();
    int columns = (int) Math.min(MAX_COLUMNS, width);
    long proportional = Math.round(height * (double) columns / width / 2);
    int rows = (int) Math.max(1, Math.min(Math.min(MAX_ROWS, height), proportional));
    List<String> lines = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder(columns);
      long y = (2L * r + 1) * height / (2L * rows);
      for (int c = 0; c < columns; c++) {
        line.append(shade(pixels.rgb(y, (2L * c + 1) * width / (2L * columns))));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static char shade(int rgb) {
    int luma = (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    return RAMP.charAt(luma * (RAMP.length() - 1) / 255);
  }
}
