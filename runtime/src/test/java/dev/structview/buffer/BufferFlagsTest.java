package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BufferFlagsTest {

  @Test
  void valuesAreCPythons() {
    // From CPython 3.13: inspect.BufferFlags and _testbuffer.PyBUF_*.
    assertEquals(0x000, BufferFlags.SIMPLE);
    assertEquals(0x001, BufferFlags.WRITABLE);
    assertEquals(0x004, BufferFlags.FORMAT);
    assertEquals(0x008, BufferFlags.ND);
    assertEquals(0x018, BufferFlags.STRIDES);
    assertEquals(0x038, BufferFlags.C_CONTIGUOUS);
    assertEquals(0x058, BufferFlags.F_CONTIGUOUS);
    assertEquals(0x098, BufferFlags.ANY_CONTIGUOUS);
    assertEquals(0x118, BufferFlags.INDIRECT);
    assertEquals(0x009, BufferFlags.CONTIG);
    assertEquals(0x008, BufferFlags.CONTIG_RO);
    assertEquals(0x019, BufferFlags.STRIDED);
    assertEquals(0x018, BufferFlags.STRIDED_RO);
    assertEquals(0x01d, BufferFlags.RECORDS);
    assertEquals(0x01c, BufferFlags.RECORDS_RO);
    assertEquals(0x11d, BufferFlags.FULL);
    assertEquals(0x11c, BufferFlags.FULL_RO);
    assertEquals(0x100, BufferFlags.READ);
    assertEquals(0x200, BufferFlags.WRITE);
  }

  @Test
  void compoundRequestsContainWhatTheyImply() {
    assertTrue(BufferFlags.has(BufferFlags.FULL_RO, BufferFlags.STRIDES));
    assertTrue(BufferFlags.has(BufferFlags.C_CONTIGUOUS, BufferFlags.ND));
    assertFalse(BufferFlags.has(BufferFlags.ND, BufferFlags.STRIDES));
    assertFalse(BufferFlags.has(BufferFlags.FULL_RO, BufferFlags.WRITABLE));
  }

  @Test
  void requestsHaveNames() {
    assertEquals("SIMPLE", BufferFlags.toString(0));
    assertEquals("FULL_RO", BufferFlags.toString(BufferFlags.FULL_RO));
    assertEquals("FORMAT|WRITABLE", BufferFlags.toString(BufferFlags.FORMAT | BufferFlags.WRITABLE));
    assertEquals("C_CONTIGUOUS", BufferFlags.toString(BufferFlags.C_CONTIGUOUS));
    assertEquals("C_CONTIGUOUS|WRITABLE", BufferFlags.toString(BufferFlags.C_CONTIGUOUS | BufferFlags.WRITABLE));
    assertEquals("STRIDED", BufferFlags.toString(BufferFlags.STRIDED));
    assertEquals("INDIRECT", BufferFlags.toString(BufferFlags.INDIRECT));
    assertEquals("ND|0x400", BufferFlags.toString(BufferFlags.ND | 0x400));
  }

  @Test
  void readAndWriteAreNotRequests() {
    assertThrows(IllegalArgumentException.class, () -> BufferFlags.requireRequest(BufferFlags.READ));
    assertThrows(IllegalArgumentException.class, () -> BufferFlags.requireRequest(BufferFlags.WRITE));
    BufferFlags.requireRequest(BufferFlags.INDIRECT); // contains READ's bit, and is a request
  }
}
