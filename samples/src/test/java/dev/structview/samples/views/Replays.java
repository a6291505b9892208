package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.structview.samples.views.ViewVectors.Prop;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.function.Executable;

/** What the vector replays share: one container per interface, and comparisons with CPython. */
final class Replays {
  static final HexFormat HEX = HexFormat.of();

  private Replays() {}

  /**
   * One container per vector file, holding what {@code cases} makes of its generated class. A
   * class that was not generated gets no tests here: {@link ViewLayoutTest} reports it, once.
   */
  static Stream<DynamicNode> perView(Function<ViewAccess, Stream<? extends DynamicNode>> cases) {
    return ViewVectors.all().stream().map(name -> {
      ViewVectors vectors = ViewVectors.load(name);
      ViewAccess access;
      try {
        access = ViewAccess.of(vectors);
      } catch (AssertionError notGenerated) {
        return dynamicContainer(name + " (not generated)", Stream.empty());
      }
      return dynamicContainer(name, cases.apply(access));
    });
  }

  /** Checks every getter of a record against CPython's read tokens. */
  static void assertReads(ViewAccess access, Object record, List<String> tokens, String where) {
    List<Executable> checks = new ArrayList<>();
    List<Prop> props = access.vectors.props();
    for (int i = 0; i < props.size(); i++) {
      Prop p = props.get(i);
      String expected = tokens.get(i);
      checks.add(() -> {
        for (Map.Entry<String, String> read : access.read(record, p).entrySet()) {
          assertEquals(JavaValues.describe(p, expected), JavaValues.describe(p, read.getValue()),
              () -> where + ": " + read.getKey() + " of '" + p.element() + "'");
        }
      });
    }
    assertAll(where, checks);
  }

  /** The values of a case's tokens by property name: inputs (for setters) or expected reads. */
  static Map<String, Object> values(ViewVectors vectors, List<String> tokens, boolean input) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < vectors.props().size(); i++) {
      Prop p = vectors.props().get(i);
      out.put(p.name(), input ? JavaValues.input(p, tokens.get(i)) : JavaValues.expected(p, tokens.get(i)));
    }
    return out;
  }

  /** Compares bytes in hex, so that a failure shows where they differ. */
  static void assertBytes(byte[] expected, byte[] actual, String where) {
    assertEquals(HEX.formatHex(expected), HEX.formatHex(actual), where);
  }
}
