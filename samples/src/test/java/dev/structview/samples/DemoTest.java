package dev.structview.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.format.Struct;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Checks the demo against the values CPython packed into its data ({@code gen_ticks.py}). */
class DemoTest {

  /** One record as CPython wrote it. */
  record Tick(long id, int delta, int flags, byte[] bytes) {}

  private static List<Tick> cpythonTicks() throws IOException {
    List<Tick> ticks = new ArrayList<>();
    try (InputStream in = DemoTest.class.getResourceAsStream("ticks.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        ticks.add(new Tick(Long.parseLong(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]),
            HexFormat.of().parseHex(c[3])));
      }
    }
    return ticks;
  }

  private static String demoOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoPrintsEveryRecordCPythonWrote() throws IOException {
    String output = demoOutput();
    List<Tick> ticks = cpythonTicks();
    for (int i = 0; i < ticks.size(); i++) {
      Tick t = ticks.get(i);
      Pattern row = Pattern.compile("(?m)^ +" + i + " +" + t.id() + " +" + t.delta() + " +" + t.flags() + "$");
      assertTrue(row.matcher(output).find(), "missing row " + row + " in:\n" + output);
    }
    assertTrue(output.contains("reproduces the file: yes, byte for byte"), output);
    assertTrue(output.contains("first.flags(300) is refused as struct refuses it: 'B' format requires 0 <= number"
        + " <= 255, got 300"), output);
    assertTrue(output.contains("calcsize(\"@llh\") = 18, calcsize(\"@llh0l\") = 24"), output);
    assertTrue(output.contains("pack(\"<e\", 65519.99) = ff 7b"), output);
    assertTrue(output.contains("= 18446744073709551615"), output);
    assertTrue(output.contains("'Z' at index 3"), output);
  }

  @Test
  void embeddedDataUnpacksToCPythonValues() throws IOException {
    List<Tick> ticks = cpythonTicks();
    Struct tick = Struct.of(Demo.TICK_FORMAT);
    for (Tick t : ticks) {
      List<Object> values = tick.unpack(t.bytes());
      assertEquals(List.of(t.id(), (short) t.delta(), t.flags()), values);
      assertArrayEquals(t.bytes(), tick.pack(BigInteger.valueOf(t.id()), t.delta(), t.flags()));
    }
    try (InputStream in = Demo.class.getResourceAsStream(Demo.DATA)) {
      assertEquals(ticks.size() * tick.size(), in.readAllBytes().length);
    }
  }

  @Test
  void theJarPartListsAJarsFirstEntriesAsJavaUtilZipSeesThem() throws IOException, URISyntaxException {
    Path jar = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI()); // JUnit's own jar
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.printJar(new PrintStream(bytes, true, StandardCharsets.UTF_8), jar);
    String output = bytes.toString(StandardCharsets.UTF_8);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry first = zip.entries().nextElement();
      assertTrue(output.contains(String.format("%08x", first.getCrc())) && output.contains(first.getName()), output);
      assertTrue(output.contains("... " + zip.size() + " entries in all"), output);
    }
  }
}
