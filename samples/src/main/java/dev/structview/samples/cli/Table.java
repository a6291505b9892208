package dev.structview.samples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A plain-text table: a header and rows, columns two spaces apart, numbers right-aligned. Rows
 * stream: widths come from the header and the first {@value #MEASURED} rows, so a million-row
 * dump prints at once and in constant memory. Every cell goes through {@link Printable}: a cell is
 * one line, and the text in it often comes from a file.
 */
public final class Table {
  static final int MEASURED = 200;

  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final StringBuilder line = new StringBuilder(); // reused: one line is printed at a time

  /** Adds a left-aligned column (text). */
  public Table left(String header) {
    headers.add(header);
    rightAligned.add(false);
    return this;
  }

  /** Adds a right-aligned column (numbers). */
  public Table right(String header) {
    headers.add(header);
    rightAligned.add(true);
    return this;
  }

  /** Prints the header and every row; each row has one cell per column. */
  public void print(PrintStream out, Iterator<List<String>> rows) {
    List<List<String>> measured = new ArrayList<>();
    while (measured.size() < MEASURED && rows.hasNext()) {
      measured.add(printable(rows.next()));
    }
    int[] widths = widths(measured);
    line(out, printable(headers), widths);
    measured.forEach(row -> line(out, row, widths));
    rows.forEachRemaining(row -> line(out, printable(row), widths));
  }

  /** Prints the header and {@code rows}. */
  public void print(PrintStream out, List<List<String>> rows) {
    print(out, rows.iterator());
  }

  private static List<String> printable(List<String> row) {
    List<String> cells = new ArrayList<>(row.size());
    row.forEach(cell -> cells.add(Printable.of(cell)));
    return cells;
  }

  private int[] widths(List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
    }
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  private void line(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder line = this.line;
    line.setLength(0);
    line.append("  ");
    int end = line.length(); // where the text so far ends, before padding
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      boolean last = c == widths.length - 1;
      if (last && cell.isEmpty() && !rightAligned.get(c)) {
        line.setLength(end); // an empty last cell leaves no spaces at the end of the line
        break;
      }
      int pad = widths[c] - cell.length();
      if (rightAligned.get(c)) {
        spaces(line, pad).append(cell);
        end = line.length();
      } else {
        end = line.append(cell).length();
        spaces(line, last ? 0 : pad);
      }
      if (!last) {
        line.append("  ");
      }
    }
    out.append(line.append(System.lineSeparator()));
  }

  private static StringBuilder spaces(StringBuilder line, int count) {
    for (int i = 0; i < count; i++) {
      line.append(' ');
    }
    return line;
  }
}
