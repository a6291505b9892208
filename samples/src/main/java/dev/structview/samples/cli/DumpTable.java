package dev.structview.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code dump} prints for records of few small values, laid out exactly as {@link Table}
 * lays out its rows: widths from the header and the first {@value Table#MEASURED} rows, numbers
 * right-aligned, columns two spaces apart. The rows after those are written value by value
 * into one reused line of bytes ({@link ValueCell}, {@link AsciiLine}): no string, list or cell
 * per row. Every cell is ASCII (numbers, and reprs that escape every other byte), so none needs
 * {@link Printable}.
 */
final class DumpTable {
  /** How often the printer checks that the output still takes writes ({@code | head} has gone). */
  private static final int CHECK_EVERY = 1024;

  private final List<String> headers;
  private final boolean[] right;
  private final ValueCell[] cells;
  private final int[] widths;
  private final AsciiLine line = new AsciiLine(256);
  private final AsciiLine cell = new AsciiLine(64);

  /** A table with a column per header; {@code right[i]} right-aligns column i; {@code cells} are the value columns. */
  DumpTable(List<String> headers, boolean[] right, ValueCell[] cells) {
    this.headers = headers;
    this.right = right.clone();
    this.cells = cells.clone();
    this.widths = new int[headers.size()];
  }

  /** Prints the header and a row per record: index, offset ({@code offset} plus index times {@code size}), values. */
  void print(Records records, long offset, long size, PrintStream out) throws IOException {
    List<String[]> measured = new ArrayList<>();
    long index = 0;
    while (measured.size() < Table.MEASURED && records.next()) {
      measured.add(row(records, index, offset + index * size));
      index++;
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (String[] row : measured) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    writeRow(headers.toArray(new String[0]), out);
    measured.forEach(row -> writeRow(row, out));
    for (; !(index % CHECK_EVERY == 0 && out.checkError()) && records.next(); index++) {
      line.append("  ");
      column(0, cell.clear().decimal(index));
      column(1, cell.clear().decimal(offset + index * size));
      for (int v = 0; v < cells.length; v++) {
        cells[v].write(records.buffer(), records.start(), cell.clear());
        column(v + 2, cell);
      }
      line.append(System.lineSeparator()).writeTo(out);
    }
  }

  /** The cells of one record as text, for measuring: the buffer moves on with the next record. */
  private String[] row(Records records, long index, long at) {
    String[] row = new String[widths.length];
    row[0] = Long.toString(index);
    row[1] = Long.toString(at);
    for (int v = 0; v < cells.length; v++) {
      cells[v].write(records.buffer(), records.start(), cell.clear());
      row[v + 2] = cell.text();
    }
    return row;
  }

  private void writeRow(String[] row, PrintStream out) {
    line.append("  ");
    for (int c = 0; c < row.length; c++) {
      column(c, cell.clear().append(row[c]));
    }
    line.append(System.lineSeparator()).writeTo(out);
  }

  /** Appends column {@code c}'s cell, padded as {@link Table} pads it, and the gap after it. */
  private void column(int c, AsciiLine text) {
    boolean last = c == widths.length - 1;
    int pad = widths[c] - text.length();
    if (right[c]) {
      line.spaces(pad).append(text);
    } else {
      line.append(text).spaces(last ? 0 : pad);
    }
    if (!last) {
      line.append("  ");
    }
  }
}
