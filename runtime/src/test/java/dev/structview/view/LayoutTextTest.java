package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The layouts a refused record array shows: offsets, names, codes with byte order, pads merged, bounded. */
class LayoutTextTest {
  @Test
  void fieldsAreShownWithOffsetsAndPadsMerged() {
    assertEquals("0 a:<i, 4 pad 4, 8 b:<d, 16 pad 8 (24 bytes)", LayoutText.of("T{i:a:xxxxd:b:}", 24));
    assertEquals("0 >I, 4 >h, 6 B (7 bytes)", LayoutText.of(">IhB", 7));
    assertEquals("0 inner:T{0 a:B, 1 b:<H}, 3 z:<i (7 bytes)", LayoutText.of("T{T{B:a:=H:b:}:inner:i:z:}", 7));
    assertEquals("0 pos:3x<f, 12 5s (17 bytes)", LayoutText.of("<(3)f:pos: 5s", 17));
  }

  @Test
  void itemsShorterThanTheFormatAreSaid() {
    assertEquals("0 id:<I, 4 delta:<h, 6 flags:B (7-byte items, shorter than the format's 8 bytes)",
        LayoutText.of("T{I:id:h:delta:B:flags:}", 7));
  }

  @Test
  void manyFieldsAreCutAndAFormatThatDoesNotParseIsShownAsGiven() {
    String shown = LayoutText.of("<100B", 100);
    assertTrue(shown.startsWith("0 100xB"), shown); // one item of 100 values
    String many = LayoutText.of("<" + "B".repeat(100), 100);
    assertTrue(many.contains("23 B, ...") && !many.contains("24 B"), many);
    String merged = LayoutText.of("<" + "x".repeat(30) + "B", 31);
    assertEquals("0 pad 30, 30 B (31 bytes)", merged);
    assertTrue(LayoutText.of("3w", 12).startsWith("'3w' (not a struct format: "));
  }
}
