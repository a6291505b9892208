package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.format.ByteOrderMode;
import dev.structview.format.FormatCode;
import dev.structview.format.Struct;
import org.junit.jupiter.api.Test;

/**
 * The memoryview item codes come from {@link FormatCode}'s one table: which codes a view reads in
 * place, in which Java class, and which codes a cast accepts, all follow from it.
 */
class NativeItemsTest {

  @Test
  void everyItemCodeReadsInTheCarrierTheTableNames() {
    for (FormatCode code : FormatCode.values()) {
      String format = String.valueOf(code.code());
      MemoryView bytes = MemoryView.of(new byte[8]);
      if (!code.isMemoryviewItem()) {
        assertThrows(IllegalArgumentException.class, () -> bytes.cast(format), format);
        continue;
      }
      MemoryView items = bytes.cast(format);
      assertEquals(Struct.calcsize("@" + format), items.itemsize(), format);
      assertEquals(code.carrier(ByteOrderMode.NATIVE), items.get(0L).getClass(), format);
    }
  }

  @Test
  void theByteFormatsAreTheOneByteIntegersAndChar() {
    StringBuilder bytes = new StringBuilder();
    for (FormatCode code : FormatCode.values()) {
      if (code.isByteFormat()) {
        bytes.append(code.code());
      }
    }
    assertEquals("cbB", bytes.toString()); // CPython's IS_BYTE_FORMAT
  }

  @Test
  void theCodeListsOfMessagesComeFromTheTable() {
    assertEquals("x c b B ? h H i I l L q Q n N e f d s p P", FormatCode.listFor(ByteOrderMode.NATIVE));
    assertEquals("x c b B ? h H i I l L q Q e f d s p", FormatCode.listFor(ByteOrderMode.LITTLE_ENDIAN));
  }
}
