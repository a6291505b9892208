package dev.structview.samples.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One test interface's CPython vectors, as {@code gen_view_vectors.py} wrote them (its docstring
 * describes the columns).
 *
 * @param view the interface's simple name
 * @param format the {@code @BufferFormat} string
 * @param struct the format CPython packed with
 * @param size {@code struct.calcsize}
 * @param iface the interface's binary name in the test package ({@code Outer$Rec})
 * @param viewClass the generated class's simple name ({@code Outer_RecView})
 * @param props the properties, in format order
 * @param reads CPython's values of bytes
 * @param writes values, and the bytes CPython packed from them
 * @param sets one value in a record of zeros, and the bytes CPython packed
 * @param errors values CPython refuses, with its messages
 */
record ViewVectors(String view, String format, String struct, int size, String iface, String viewClass,
    List<Prop> props, List<Read> reads, List<Write> writes, List<SetCase> sets, List<ErrorCase> errors) {

  private static final String DIR = "/dev/structview/samples/views/";
  private static final HexFormat HEX = HexFormat.of();

  /**
   * A property as the generator declares it.
   *
   * @param name the property name; dotted ({@code pos.x}, {@code pts[1].y}) through nested views
   * @param javaType the Java type of the getter ({@code short[]} for arrays)
   * @param kind {@code scalar}, {@code array} or {@code text}
   * @param element the struct code with its byte order
   * @param count the values of an array, the bytes of a text, 1 otherwise
   * @param dims the subarray shape, or {@code null}
   * @param offset the byte offset in the record
   */
  record Prop(String name, String javaType, String kind, String element, int count, int[] dims, int offset) {
    boolean isArray() {
      return kind.equals("array");
    }

    boolean isText() {
      return kind.equals("text");
    }

    boolean isNested() {
      return name.contains(".");
    }

    /** The Java type of one element: the array's component type, or the type itself. */
    String elementType() {
      return isArray() ? javaType.substring(0, javaType.length() - 2) : javaType;
    }
  }

  /** CPython's {@code struct.unpack} of {@code bytes}: one read token per property. */
  record Read(int line, byte[] bytes, List<String> tokens) {}

  /** Input tokens, one per property, and CPython's {@code struct.pack} of them. */
  record Write(int line, byte[] bytes, List<String> tokens) {}

  /** One property (element {@code index} of an array, else -1) set in a record of zeros. */
  record SetCase(int line, String prop, int index, String input, String read, byte[] bytes) {}

  /** A value struct refuses; {@code message} is {@code null} where struct has no text for it. */
  record ErrorCase(int line, String prop, int index, String input, String message) {}

  /** Returns the property called {@code name}. */
  Prop prop(String name) {
    return props.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(view + " has no property " + name));
  }

  /** Returns whether any property is read through a nested view. */
  boolean hasNested() {
    return props.stream().anyMatch(Prop::isNested);
  }

  /** Returns the names of every vector file's interface, sorted. */
  static List<String> all() {
    try {
      URL dir = ViewVectors.class.getResource(DIR);
      try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
        return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv") && !f.equals("slices.tsv"))
            .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the vectors of one interface. */
  static ViewVectors load(String view) {
    Builder b = new Builder();
    List<String> lines = lines(view + ".tsv");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isEmpty() && !line.startsWith("#")) {
        b.add(i + 1, line.split("\t", -1));
      }
    }
    return new ViewVectors(b.view, b.format, b.struct, b.size, b.iface, b.viewClass, List.copyOf(b.props),
        List.copyOf(b.reads), List.copyOf(b.writes), List.copyOf(b.sets), List.copyOf(b.errors));
  }

  /** Reads a vector file's lines. */
  static List<String> lines(String file) {
    try (InputStream in = ViewVectors.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing vectors " + DIR + file + "; run gen_view_vectors.py");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(String token) {
    return token.equals("-") ? new byte[0] : HEX.parseHex(token);
  }

  /** Collects the lines of one file. */
  private static final class Builder {
    String view;
    String format;
    String struct;
    int size;
    String iface;
    String viewClass;
    final List<Prop> props = new ArrayList<>();
    final List<Read> reads = new ArrayList<>();
    final List<Write> writes = new ArrayList<>();
    final List<SetCase> sets = new ArrayList<>();
    final List<ErrorCase> errors = new ArrayList<>();

    void add(int line, String[] c) {
      switch (c[0]) {
        case "view" -> view = c[1];
        case "format" -> format = c[1];
        case "struct" -> struct = c[1];
        case "size" -> size = Integer.parseInt(c[1]);
        case "charset" -> { } // the generated class holds it; the tokens are decoded already
        case "classes" -> {
          iface = c[1];
          viewClass = c[2];
        }
        case "prop" -> props.add(new Prop(c[1], c[2], c[3], c[4], Integer.parseInt(c[5]), dims(c[6]),
            Integer.parseInt(c[7])));
        case "read" -> reads.add(new Read(line, hex(c[1]), List.of(c).subList(2, c.length)));
        case "write" -> writes.add(new Write(line, hex(c[1]), List.of(c).subList(2, c.length)));
        case "set" -> sets.add(new SetCase(line, c[1], index(c[2]), c[3], c[4], hex(c[5])));
        case "error" -> errors.add(new ErrorCase(line, c[1], index(c[2]), c[3], c[4].equals("-") ? null : c[4]));
        default -> throw new IllegalArgumentException("line " + line + ": unknown case " + c[0]);
      }
    }

    private static int index(String token) {
      return token.equals("-") ? -1 : Integer.parseInt(token);
    }

    private static int[] dims(String token) {
      if (token.equals("-")) {
        return null;
      }
      String[] parts = token.split("x");
      int[] dims = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        dims[i] = Integer.parseInt(parts[i]);
      }
      return dims;
    }
  }
}
