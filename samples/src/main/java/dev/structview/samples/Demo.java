package dev.structview.samples;

import dev.structview.format.FormatException;
import dev.structview.format.Struct;
import dev.structview.samples.cli.Table;
import dev.structview.view.RecordArray;
import dev.structview.zip.ZipArchive;
import dev.structview.zip.ZipEntryInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The demo {@code java -jar structview.jar} runs: records CPython's {@code struct.pack} wrote
 * (embedded as {@code ticks.bin}) read in place through the generated {@code TickView}, the jar
 * itself read as a ZIP through generated views, and a few rules CPython users rely on.
 */
public final class Demo {
  static final String TICK_FORMAT = "<IhB";
  static final String DATA = "ticks.bin";
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
  private static final int ENTRIES_SHOWN = 5;

  private Demo() {}

  /** Prints the demo to {@code out}. */
  public static void run(PrintStream out) {
    byte[] data = embeddedTicks();
    out.println("structview: Python's struct and buffer protocol for Java");
    out.println();
    out.printf("Reading %s: %d bytes written by CPython's struct.pack(\"%s\", ...), %d bytes a record,%n"
        + "in place, through TickView, generated at compile time from @BufferFormat(\"%s\") interface Tick%n%n",
        DATA, data.length, TICK_FORMAT, TickView.SIZE, TICK_FORMAT);
    printTicks(out, data);
    out.println();
    printRoundTrip(out, data);
    ownJar().ifPresent(jar -> printJar(out, jar)); // not when run from a classes directory (the tests)
    printRules(out);
    out.println();
    out.println("More: java -jar structview.jar help");
  }

  private static void printTicks(PrintStream out, byte[] data) {
    List<List<String>> rows = new ArrayList<>();
    try (RecordArray<TickView> ticks = TickView.array(data)) {
      for (TickView tick : ticks) { // a view of each record, over the same bytes
        rows.add(List.of(Integer.toString(rows.size()), Long.toString(tick.id()), Short.toString(tick.delta()),
            Integer.toString(tick.flags())));
      }
    }
    new Table().right("#").right("id (I)").right("delta (h)").right("flags (B)").print(out, rows);
  }

  private static void printRoundTrip(PrintStream out, byte[] data) {
    TickView first = TickView.wrap(data);
    out.printf("TickView.pack(%d, %d, %d) = %s%n", first.id(), first.delta(), first.flags(),
        HEX.formatHex(TickView.pack(first.id(), first.delta(), first.flags())));
    byte[] repacked = new byte[data.length];
    for (int at = 0; at < data.length; at += TickView.SIZE) {
      System.arraycopy(TickView.wrap(data, at).unpack().pack(), 0, repacked, at, TickView.SIZE);
    }
    out.printf("unpacking and packing every record reproduces the file: %s%n",
        Arrays.equals(repacked, data) ? "yes, byte for byte" : "NO");
    try {
      first.flags(300);
    } catch (IllegalArgumentException e) {
      out.printf("first.flags(300) is refused as struct refuses it: %s%n", e.getMessage());
    }
  }

  /** Lists the first entries of {@code jar}, the demo's own jar when it runs from one. */
  static void printJar(PrintStream out, Path jar) {
    try (ZipArchive archive = ZipArchive.open(jar)) {
      out.printf("%nThis program's own jar, read as a ZIP through generated views: %s%n%n", jar.getFileName());
      List<List<String>> rows = new ArrayList<>();
      for (ZipEntryInfo e : archive.entries().limit(ENTRIES_SHOWN).toList()) {
        rows.add(List.of(e.methodName(), Long.toString(e.size()), String.format("%08x", e.crc32()), e.name()));
      }
      new Table().left("method").right("size").left("CRC-32").left("name").print(out, rows);
      out.printf("  ... %d entries in all, %d bytes; structview zip FILE lists them%n", archive.entryCount(),
          archive.totalSize());
    } catch (IOException | RuntimeException e) {
      out.printf("%n(could not read the jar %s: %s)%n", jar, e.getMessage());
    }
  }

  /** The jar this class was loaded from, if it was loaded from a jar file. */
  private static Optional<Path> ownJar() {
    try {
      Path location = Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no code source (a custom class loader): skip that part of the demo
    }
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
