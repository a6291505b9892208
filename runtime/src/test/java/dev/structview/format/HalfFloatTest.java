package dev.structview.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * binary16 conversions. The CPython vectors hold the bit-exact truth for thousands of values;
 * these tests add properties that must hold for all 65,536 patterns.
 */
class HalfFloatTest {

  @Test
  void everyNonNanPatternRoundTripsThroughFloat() {
    for (int bits = 0; bits < 1 << 16; bits++) {
      float value = HalfFloat.toFloat((short) bits);
      if (Float.isNaN(value)) {
        int sign = bits & 0x8000;
        assertEquals(sign | 0x7e00, HalfFloat.fromDouble(value) & 0xffff, "NaN " + Integer.toHexString(bits));
        assertEquals(sign << 16 | 0x7fc0_0000, Float.floatToRawIntBits(value));
      } else {
        assertEquals(bits, HalfFloat.fromDouble(value) & 0xffff, "pattern " + Integer.toHexString(bits));
      }
    }
  }

  @Test
  void tiesBetweenNeighboursRoundToTheEvenPattern() {
    for (int bits = 0; bits < 0x7bff; bits++) {
      double low = HalfFloat.toFloat((short) bits);
      double high = HalfFloat.toFloat((short) (bits + 1));
      int even = (bits & 1) == 0 ? bits : bits + 1;
      assertEquals(even, HalfFloat.fromDouble((low + high) / 2) & 0xffff, "tie above " + bits);
      assertEquals(bits, HalfFloat.fromDouble(Math.nextDown((low + high) / 2)) & 0xffff);
      assertEquals(bits + 1, HalfFloat.fromDouble(Math.nextUp((low + high) / 2)) & 0xffff);
    }
  }

  @Test
  void roundsOnceStraightFromTheDouble() {
    // Via float this would round twice and give 0x6800.
    assertEquals(0x67ff, HalfFloat.fromDouble(0x1ffdffffffL * 0x1p-26) & 0xffff);
  }

  @Test
  void overflowStartsAt65520() {
    assertEquals(0x7bff, HalfFloat.fromDouble(Math.nextDown(65520.0)) & 0xffff);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HalfFloat.fromDouble(65520.0));
    assertTrue(e.getMessage().startsWith("float too large to pack with e format"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HalfFloat.fromDouble(-1e300));
    assertEquals(0xfc00, HalfFloat.fromDouble(Double.NEGATIVE_INFINITY) & 0xffff);
  }

  @Test
  void subnormalEdges() {
    assertEquals(0x0001, HalfFloat.fromDouble(0x1p-24));
    assertEquals(0x0000, HalfFloat.fromDouble(0x1p-25));
    assertEquals(0x0001, HalfFloat.fromDouble(0x1p-25 + 0x1p-35));
    assertEquals(0x8000, HalfFloat.fromDouble(-0x1p-26) & 0xffff);
    assertEquals(0x0000, HalfFloat.fromDouble(Double.MIN_VALUE));
    assertEquals(0x0400, HalfFloat.fromDouble(Math.nextDown(0x1p-14)));
  }
}
