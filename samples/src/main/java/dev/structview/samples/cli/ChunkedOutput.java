package dev.structview.samples.cli;

import java.io.PrintStream;

/**
 * Text on its way to a {@link PrintStream}, gathered in chunks of a bounded size: a line of
 * millions of values is written as it is made, never held whole.
 */
final class ChunkedOutput {
  /** How much text is gathered before it is handed on: large enough to make few calls. */
  static final int CHUNK = 1 << 16;

  private final PrintStream out;
  private final StringBuilder chunk = new StringBuilder(CHUNK + 256);

  ChunkedOutput(PrintStream out) {
    this.out = out;
  }

  /** Appends text, handing the chunk on once it is full. */
  ChunkedOutput append(CharSequence text) {
    chunk.append(text);
    return spill();
  }

  /** Appends one character. */
  ChunkedOutput append(char c) {
    chunk.append(c);
    return spill();
  }

  /** Ends the line. */
  ChunkedOutput newline() {
    return append(System.lineSeparator());
  }

  /** Hands on what is gathered, and flushes the stream. */
  void flush() {
    out.append(chunk);
    chunk.setLength(0);
    out.flush();
  }

  /** Whether writing has failed (a closed pipe, such as {@code | head}): there is no point going on. */
  boolean failed() {
    return out.checkError();
  }

  private ChunkedOutput spill() {
    if (chunk.length() >= CHUNK) {
      out.append(chunk);
      chunk.setLength(0);
    }
    return this;
  }
}
