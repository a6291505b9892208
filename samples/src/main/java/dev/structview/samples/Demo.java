package dev.structview.samples;

import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The demo the README runs: reads records that CPython's {@code struct.pack} wrote (embedded as
 * {@code ticks.bin}), prints them, packs them back, and shows a few rules CPython users rely on.
 */
public final class Demo {
  static final String TICK_FORMAT = "<IhB";
  static final String DATA = "ticks.bin";
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private Demo() {}

  /** Prints the demo to {@code out}. */
  public static void run(PrintStream out) {
    byte[] data = embeddedTicks();
    Struct tick = Struct.of(TICK_FORMAT);
    out.println("structview: Python's struct and buffer protocol for Java");
    out.println();
    out.printf("Reading %s: %d bytes written by CPython's struct.pack(\"%s\", ...), %d bytes a record%n",
        DATA, data.length, TICK_FORMAT, tick.size());
    List<List<Object>> records = readAll(tick, data);
    printTable(out, records);
    out.println();
    printRoundTrip(out, tick, records, data);
    printRules(out);
  }

  private static List<List<Object>> readAll(Struct tick, byte[] data) {
    List<List<Object>> records = new ArrayList<>();
    Iterator<List<Object>> it = tick.iterUnpack(data);
    it.forEachRemaining(records::add);
    return records;
  }

  private static void printTable(PrintStream out, List<List<Object>> records) {
    out.printf("%n  %-3s %-12s %-9s %s%n", "#", "id (I)", "delta (h)", "flags (B)");
    for (int i = 0; i < records.size(); i++) {
      List<Object> r = records.get(i);
      out.printf("  %-3d %-12s %-9s %s%n", i, r.get(0), r.get(1), r.get(2));
    }
  }

  private static void printRoundTrip(PrintStream out, Struct tick, List<List<Object>> records, byte[] data) {
    byte[] first = tick.pack(records.get(0).toArray());
    out.printf("pack(%s) = %s%n", records.get(0), HEX.formatHex(first));
    byte[] repacked = new byte[data.length];
    for (int i = 0; i < records.size(); i++) {
      tick.packInto(repacked, i * tick.size(), records.get(i).toArray());
    }
    out.printf("packing every record back reproduces the file: %s%n",
        java.util.Arrays.equals(repacked, data) ? "yes, byte for byte" : "NO");
  }

  private static void printRules(PrintStream out) {
    out.println();
    out.printf("Native alignment: calcsize(\"@llh\") = %d, calcsize(\"@llh0l\") = %d%n",
        Struct.calcsize("@llh"), Struct.calcsize("@llh0l"));
    out.printf("Half float, rounded straight from the double: pack(\"<e\", 65519.99) = %s%n",
        HEX.formatHex(Struct.of("<e").pack(65519.99)));
    out.printf("Unsigned 64-bit keeps its value: unpack(\"<Q\", ff x 8) = %s%n",
        Struct.of("<Q").unpack(HexFormat.of().parseHex("ffffffffffffffff")).get(0));
    try {
      Struct.of("<IhZ");
    } catch (FormatException e) {
      out.printf("A bad format names the character and its index:%n  \"<IhZ\" -> %s%n", e.getMessage());
    }
  }

  private static byte[] embeddedTicks() {
    try (InputStream in = Demo.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException("the demo data " + DATA + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
