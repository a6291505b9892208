package dev.structview.format;

import dev.structview.testing.PyTokens;
import dev.structview.testing.PyTokens.IntStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CPython vector files under {@code src/test/resources/vectors}: tab-separated cases
 * whose format is described in {@code src/test/python/gen_struct_vectors.py}.
 */
final class PyVectors {
  private PyVectors() {}

  /** One line of a vector file. */
  record Case(String file, int line, String[] columns) {
    String op() {
      return columns[0];
    }

    String column(int i) {
      return columns[i];
    }

    /** Returns the index of the result column ("OK" or "ERR"), counting from the end. */
    int resultIndex() {
      for (int i = columns.length - 1; i > 0; i--) {
        if (columns[i].equals("OK") || columns[i].equals("ERR")) {
          return i;
        }
      }
      throw new IllegalStateException("no result column in " + this);
    }

    boolean expectsError() {
      return columns[resultIndex()].equals("ERR");
    }

    /** The OK payload (the column after "OK"). */
    String payload() {
      return columns[resultIndex() + 1];
    }

    String errorType() {
      return columns[resultIndex() + 1];
    }

    String errorMessage() {
      int i = resultIndex() + 2;
      return i < columns.length ? columns[i] : "";
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + String.join(" | ", columns);
    }
  }

  /** Loads every case of a vector file from the test class path. */
  static List<Case> load(String resource) {
    InputStream in = PyVectors.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing vector file " + resource);
    }
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (!text.isEmpty() && !text.startsWith("#")) {
          cases.add(new Case(resource, line, text.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Returns the header comment naming the Python that made a file. */
  static String pythonVersion(String resource) {
    InputStream in = PyVectors.class.getResourceAsStream(resource);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null && text.startsWith("#")) {
        if (text.startsWith("# python ")) {
          return text.substring("# python ".length());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Decodes a format column: {@code s:text} or {@code x:hex of UTF-8}. */
  static String format(String column) {
    return PyTokens.format(column);
  }

  /** Decodes a bytes column: hex, {@code -} for empty, {@code N} for None (null). */
  static byte[] bytes(String column) {
    return PyTokens.bytes(column);
  }

  /** Decodes a values column into Java values for {@code pack}. */
  static Object[] values(String column, IntStyle style) {
    if (column.equals("-")) {
      return new Object[0];
    }
    String[] tokens = column.split(",");
    Object[] out = new Object[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = PyTokens.value(tokens[i], style);
    }
    return out;
  }

  /** Splits a records column: {@code count:} then {@code ;}-separated values columns. */
  static List<String> records(String column) {
    int colon = column.indexOf(':');
    int count = Integer.parseInt(column.substring(0, colon));
    return count == 0 ? List.of() : List.of(column.substring(colon + 1).split(";", -1));
  }
}
