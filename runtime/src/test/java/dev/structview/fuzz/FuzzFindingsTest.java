package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.format.FormatParser;
import dev.structview.format.Struct;
import dev.structview.format.StructException;
import dev.structview.view.MemoryView;
import org.junit.jupiter.api.Test;

/** Regression tests for the bugs the fuzz properties found, each reduced to its shrunk sample. */
class FuzzFindingsTest {

  /**
   * MemoryViewFuzzTest: a read-only view cached its hash, so after a write through a writable
   * sibling it still equalled the sibling but hashed differently, breaking the hashCode contract.
   */
  @Test
  void aReadOnlyViewsHashFollowsWritesThroughASibling() {
    byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
    MemoryView writable = MemoryView.of(data).cast("q", new long[0]);
    MemoryView readOnly = writable.toReadOnly();
    assertEquals(writable, readOnly);
    assertEquals(writable.hashCode(), readOnly.hashCode());
    writable.set(0L);
    assertEquals(writable, readOnly);
    assertEquals(writable.hashCode(), readOnly.hashCode(), "equal views, different hashes");
  }

  /**
   * FormatParserFuzzTest (a long run of the earlier runner, seed 2941878799913582554): zero-size
   * items add values without bytes, so a format of 2^63-1 bytes held 2^63 values and the count
   * wrapped to -2^63 (as CPython's does). The count now saturates; the size is still CPython's.
   */
  @Test
  void aValueCountPastLongMaxSaturatesInsteadOfWrapping() {
    String format = "=0s9223372036854775807c";
    assertEquals(Long.MAX_VALUE, FormatParser.parse(format).valueCount());
    assertEquals(Long.MAX_VALUE, FormatParser.parseExtended(format).valueCount());
    assertEquals(Long.MAX_VALUE, Struct.calcsize(format));
    assertEquals(Long.MAX_VALUE, FormatParser.parseExtended("9223372036854775807T{}9223372036854775807T{}").valueCount());
    StructException e = assertThrows(StructException.class, () -> Struct.of(format).pack());
    assertEquals("pack expected 9223372036854775807 items for packing (got 0)", e.getMessage());
  }
}
