package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.format.Struct;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell {@code structview dump} prints is what CPython's {@code repr} shows for the value
 * {@code struct.iter_unpack} returns: 1,500 random formats over random bytes and special floats,
 * from {@code samples/src/test/python/gen_dump_vectors.py}.
 */
class DumpVectorsTest {
  private static final String VECTORS = "dump_vectors.tsv";

  @TestFactory
  Stream<DynamicTest> everyValueIsShownAsPythonShowsIt() throws IOException {
    return lines().stream().map(line -> {
      String[] cells = line.split("\t", -1);
      return DynamicTest.dynamicTest(cells[0] + " " + cells[1], () -> check(cells));
    });
  }

  private static void check(String[] cells) {
    Struct struct = Struct.of(cells[0]);
    byte[] data = HexFormat.of().parseHex(cells[1]);
    List<String> expected = Arrays.asList(cells).subList(2, cells.length);
    List<String> shown = new ArrayList<>();
    Iterator<List<String>> rows = DumpCommand.rows(struct, ByteBuffer.wrap(data), 0);
    long record = 0;
    while (rows.hasNext()) {
      List<String> row = rows.next();
      assertEquals(List.of(Long.toString(record), Long.toString(record * struct.size())), row.subList(0, 2));
      shown.addAll(row.subList(2, row.size()));
      record++;
    }
    assertEquals(expected, shown);
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = DumpVectorsTest.class.getResourceAsStream(VECTORS);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }
}
