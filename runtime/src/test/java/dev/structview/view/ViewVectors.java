package dev.structview.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the CPython memoryview vector files under {@code src/test/resources/vectors/memoryview}:
 * cases of tab-separated steps, in the format described in
 * {@code src/test/python/gen_memoryview_vectors.py}.
 */
final class ViewVectors {
  private static final HexFormat HEX = HexFormat.of();

  /** The number of argument columns of each step, before its result. */
  private static final Map<String, Integer> ARITY = Map.ofEntries(
      Map.entry("memoryview", 3), Map.entry("cast", 4), Map.entry("slice", 5), Map.entry("toreadonly", 2),
      Map.entry("attrs", 1), Map.entry("get", 2), Map.entry("set", 3), Map.entry("setslice", 5),
      Map.entry("tolist", 1), Map.entry("tobytes", 2), Map.entry("hex", 3), Map.entry("len", 1),
      Map.entry("release", 1), Map.entry("close", 1), Map.entry("eq", 2), Map.entry("getbuf", 2),
      Map.entry("export", 3), Map.entry("drop", 1), Map.entry("state", 1), Map.entry("append", 2),
      Map.entry("resize", 2), Map.entry("setbyte", 3));

  private ViewVectors() {}

  /** One case: an exporter, the views made from it and the steps run on them. */
  record Case(String file, int line, String id, String description, List<Step> steps) {
    @Override
    public String toString() {
      return file + ":" + line + " case " + id + " (" + description + ")";
    }
  }

  /** One line of a case. */
  record Step(String file, int line, String[] columns) {
    String op() {
      return columns[0];
    }

    /** Argument {@code i}, counting from 1 (column 0 is the operation). */
    String arg(int i) {
      return columns[i];
    }

    /** What Java must do: CPython's result, or the {@code java:} override when there is one. */
    Expected expected() {
      int java = javaColumn();
      if (java >= 0) {
        return Expected.parse(columns, java + 1, columns[java].substring("java:".length()));
      }
      Integer arity = ARITY.get(op());
      if (arity == null) {
        throw new IllegalStateException("unknown step " + this);
      }
      return Expected.parse(columns, arity + 1, null);
    }

    private int javaColumn() {
      for (int i = 1; i < columns.length; i++) {
        if (columns[i].startsWith("java:")) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + String.join(" | ", columns);
    }
  }

  /** An expected outcome: "OK" and payload columns, or "ERR", the Python type and message. */
  record Expected(boolean ok, List<String> payload, String type, String message, String javaReason) {
    static Expected parse(String[] columns, int at, String javaReason) {
      String kind = columns[at];
      List<String> rest = Arrays.asList(columns).subList(at + 1, columns.length);
      int end = rest.size();
      for (int i = 0; i < rest.size(); i++) {
        if (rest.get(i).startsWith("java:")) {
          end = i;
          break;
        }
      }
      rest = rest.subList(0, end);
      if (kind.equals("OK")) {
        return new Expected(true, rest, null, null, javaReason);
      }
      if (kind.equals("ERR")) {
        return new Expected(false, List.of(), rest.get(0), rest.size() > 1 ? rest.get(1) : "", javaReason);
      }
      throw new IllegalStateException("no result at column " + at + ": " + String.join(" | ", columns));
    }

    @Override
    public String toString() {
      return (ok ? "OK " + payload : type + ": " + message) + (javaReason == null ? "" : " (java:" + javaReason + ")");
    }
  }

  /** Loads every case of a vector file from the test class path. */
  static List<Case> load(String resource) {
    List<Case> cases = new ArrayList<>();
    List<Step> steps = null;
    try (BufferedReader reader = open(resource)) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] columns = text.split("\t", -1);
        if (columns[0].equals("case")) {
          steps = new ArrayList<>();
          cases.add(new Case(resource, line, columns[1], columns[2], steps));
        } else if (steps == null) {
          throw new IllegalStateException(resource + ":" + line + ": a step before the first case");
        } else {
          steps.add(new Step(resource, line, columns));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Returns the header comment naming the Python that made a file. */
  static String pythonVersion(String resource) {
    try (BufferedReader reader = open(resource)) {
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

  private static BufferedReader open(String resource) {
    InputStream in = ViewVectors.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing vector file " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  // ---- column encodings ---------------------------------------------------------------------

  /** Decodes a text column: {@code s:text} or {@code x:hex of UTF-8}. */
  static String text(String column) {
    if (column.startsWith("s:")) {
      return column.substring(2);
    }
    return new String(HEX.parseHex(column.substring(2)), StandardCharsets.UTF_8);
  }

  /** Encodes text as the generator does, so that a Java result can be compared as a column. */
  static String encodeText(String text) {
    boolean printable = !text.isEmpty() && text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (printable || text.isEmpty()) {
      return "s:" + text;
    }
    return "x:" + HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a hex column ({@code -} for empty). */
  static byte[] bytes(String column) {
    return column.equals("-") ? new byte[0] : HEX.parseHex(column);
  }

  static String encodeBytes(byte[] bytes) {
    return bytes.length == 0 ? "-" : HEX.formatHex(bytes);
  }

  /** Decodes an integer list column ({@code -} for empty). */
  static long[] longs(String column) {
    if (column.equals("-")) {
      return new long[0];
    }
    return Arrays.stream(column.split(",")).mapToLong(Long::parseLong).toArray();
  }

  static String encodeLongs(long[] values) {
    if (values.length == 0) {
      return "-";
    }
    StringBuilder out = new StringBuilder();
    for (long v : values) {
      out.append(out.length() == 0 ? "" : ",").append(v);
    }
    return out.toString();
  }

  /** Decodes an optional integer ({@code N} for None). */
  static Long optionalLong(String column) {
    return column.equals("N") ? null : Long.valueOf(column);
  }
}
