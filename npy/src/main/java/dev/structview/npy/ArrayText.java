package dev.structview.npy;

import java.util.Iterator;

/**
 * Lays out the items of an array as NumPy's {@code arrayprint._formatArray} does with its default
 * options, given the items already formatted in C order: brackets per dimension, rows wrapped at
 * {@value #LINE_WIDTH} columns under the first item, blank lines between blocks of three or more
 * dimensions, and, for an array of more than {@value #THRESHOLD} items, only the first and last
 * {@value #EDGE_ITEMS} of each longer dimension around {@code ...}.
 */
final class ArrayText {
  /** NumPy's {@code linewidth}. */
  static final int LINE_WIDTH = 75;
  /** NumPy's {@code threshold}: larger arrays are summarized. */
  static final int THRESHOLD = 1000;
  /** NumPy's {@code edgeitems}. */
  static final int EDGE_ITEMS = 3;
  private static final String SEPARATOR = ", ";

  private final long[] shape;
  private final boolean summarize;
  private final Iterator<String> words;

  /**
   * @param words every item {@link #shown} lists, formatted, in C order
   */
  private ArrayText(long[] shape, boolean summarize, Iterator<String> words) {
    this.shape = shape;
    this.summarize = summarize;
    this.words = words;
  }

  /** Whether an array of {@code size} items is summarized. */
  static boolean summarized(long size) {
    return size > THRESHOLD;
  }

  /** How many indices of a dimension of {@code length} are printed. */
  static long shown(long length, boolean summarize) {
    return summarize && length > 2 * EDGE_ITEMS ? 2 * EDGE_ITEMS : length;
  }

  /** The index of the {@code k}th printed item of a dimension of {@code length}. */
  static long index(long k, long length, boolean summarize) {
    return summarize && length > 2 * EDGE_ITEMS && k >= EDGE_ITEMS ? length - 2 * EDGE_ITEMS + k : k;
  }

  /**
   * Returns {@code array2string} of a non-empty array, as {@code repr} makes it after
   * {@code "array("}: {@code [1, 2, 3]}.
   */
  static String layout(long[] shape, boolean summarize, Iterator<String> words, String prefix) {
    // One column for the closing parenthesis, as repr passes suffix=")"
    return new ArrayText(shape, summarize, words).recurse(0, " ".repeat(prefix.length() + 1), LINE_WIDTH - 1);
  }

  private String recurse(int axis, String hanging, int width) {
    if (axis == shape.length) {
      return words.next();
    }
    String nextHanging = hanging + " ";
    long n = shown(shape[axis], summarize);
    boolean summary = n < shape[axis];
    StringBuilder s = new StringBuilder();
    if (axis == shape.length - 1) {
      int elementWidth = width - 1; // room for the separator or the bracket
      String[] line = {hanging};
      for (long k = 0; k < n; k++) {
        extend(s, line, recurse(axis + 1, nextHanging, width - 1), elementWidth, hanging);
        if (k < n - 1) {
          line[0] += SEPARATOR;
        }
        if (summary && k == EDGE_ITEMS - 1) {
          extend(s, line, "...", elementWidth, hanging);
          line[0] += SEPARATOR;
        }
      }
      s.append(line[0]);
    } else {
      String lineSeparator = SEPARATOR.strip() + "\n".repeat(shape.length - axis - 1);
      for (long k = 0; k < n; k++) {
        s.append(hanging).append(recurse(axis + 1, nextHanging, width - 1));
        if (k < n - 1) {
          s.append(lineSeparator);
        }
        if (summary && k == EDGE_ITEMS - 1) {
          s.append(hanging).append("...").append(lineSeparator);
        }
      }
    }
    return "[" + s.substring(hanging.length()) + "]";
  }

  /**
   * Returns how wide NumPy takes {@code text} to be: Python's {@code len}, in code points, so that a
   * character outside the BMP (a surrogate pair here) counts once.
   */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /** {@code _extendLine}: wraps before a word that would pass the width, unless the line is still empty. */
  private static void extend(StringBuilder s, String[] line, String word, int width, String hanging) {
    if (width(line[0]) + width(word) > width && width(line[0]) > width(hanging)) {
      s.append(line[0].stripTrailing()).append('\n');
      line[0] = hanging;
    }
    line[0] += word;
  }
}
