package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.view.MemoryView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every byte exporter keeps, run against each one by a subclass: requests are
 * honoured or refused as {@code PyBuffer_FillInfo} does, the descriptor shows the exporter's bytes,
 * and writes through a writable export reach them.
 */
abstract class ExporterContractTest {
  static final byte[] CONTENT = {10, 20, 30, 40, 50, 60, 70};

  /** Makes a fresh exporter over a copy of {@link #CONTENT}. */
  abstract BufferExporter exporter();

  /** Returns the exporter's current bytes, read independently of the buffer protocol. */
  abstract byte[] contents(BufferExporter exporter);

  abstract boolean writable();

  static final List<Integer> REQUESTS = List.of(BufferFlags.SIMPLE, BufferFlags.WRITABLE, BufferFlags.FORMAT,
      BufferFlags.ND, BufferFlags.STRIDES, BufferFlags.C_CONTIGUOUS, BufferFlags.F_CONTIGUOUS,
      BufferFlags.ANY_CONTIGUOUS, BufferFlags.INDIRECT, BufferFlags.CONTIG, BufferFlags.CONTIG_RO,
      BufferFlags.STRIDED, BufferFlags.STRIDED_RO, BufferFlags.RECORDS, BufferFlags.RECORDS_RO,
      BufferFlags.FULL, BufferFlags.FULL_RO, BufferFlags.FORMAT | BufferFlags.WRITABLE);

  @Test
  void everyRequestIsMetOrRefusedForWritability() {
    for (int flags : REQUESTS) {
      BufferExporter exporter = exporter();
      if (BufferFlags.has(flags, BufferFlags.WRITABLE) && !writable()) {
        BufferException e = assertThrows(BufferException.class, () -> exporter.getBuffer(flags));
        assertEquals(expectedReadOnlyMessage(), e.getMessage());
        continue;
      }
      BufferInfo info = exporter.getBuffer(flags);
      try {
        BufferFlags.check(flags, info);
        assertEquals(CONTENT.length, info.len());
        assertEquals(!writable(), info.readonly(), "readonly for " + BufferFlags.toString(flags));
        checkParts(flags, info);
      } finally {
        exporter.releaseBuffer(info);
      }
    }
  }

  /** What a read-only exporter says to a WRITABLE request. */
  String expectedReadOnlyMessage() {
    return "Object is not writable.";
  }

  /** PyBuffer_FillInfo: itemsize 1, one dimension, each part present iff requested. */
  void checkParts(int flags, BufferInfo info) {
    assertEquals(1, info.itemsize());
    assertEquals(1, info.ndim());
    if (BufferFlags.has(flags, BufferFlags.FORMAT)) {
      assertEquals("B", info.format());
    } else {
      assertNull(info.format());
    }
    assertEquals(BufferFlags.has(flags, BufferFlags.ND), info.shape() != null);
    assertEquals(BufferFlags.has(flags, BufferFlags.STRIDES), info.strides() != null);
    assertNull(info.suboffsets());
  }

  @ParameterizedTest
  @ValueSource(ints = {BufferFlags.READ, BufferFlags.WRITE})
  void readAndWriteAreNotRequests(int flags) {
    assertThrows(IllegalArgumentException.class, () -> exporter().getBuffer(flags));
  }

  @Test
  void theDescriptorShowsTheExportersBytes() {
    BufferExporter exporter = exporter();
    try (MemoryView view = MemoryView.of(exporter)) {
      assertArrayEquals(CONTENT, view.toBytes());
      assertEquals("B", view.format());
      assertEquals(!writable(), view.readonly());
    }
  }

  @Test
  void writesThroughAWritableExportReachTheExporter() {
    BufferExporter exporter = exporter();
    try (MemoryView view = MemoryView.of(exporter)) {
      if (writable()) {
        view.set(99, 2);
        assertEquals(99, contents(exporter)[2]);
      } else {
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> view.set(99, 2));
        assertArrayEquals(CONTENT, contents(exporter));
      }
    }
  }

  @Test
  void theDescriptorCannotReachOutsideTheExportedBytes() {
    BufferExporter exporter = exporter();
    BufferInfo info = exporter.getBuffer(BufferFlags.FULL_RO);
    try {
      assertTrue(info.offset() + info.len() <= info.memory().limit());
      assertTrue(info.offset() >= 0);
    } finally {
      exporter.releaseBuffer(info);
    }
  }
}
