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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
      String row = String.format("  %-3d %-12s %-9s %s%n", i, t.id(), t.delta(), t.flags());
      assertTrue(output.contains(row), "missing row '" + row + "' in:\n" + output);
    }
    assertTrue(output.contains("reproduces the file: yes, byte for byte"), output);
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
}
