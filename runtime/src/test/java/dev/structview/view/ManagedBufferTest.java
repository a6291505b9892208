package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ManagedBufferTest {

  @Test
  void oneRequestPerEnvelopeAndOneReleaseWhenTheLastViewGoes() {
    CountingExporter exporter = new CountingExporter(new byte[16]);
    MemoryView first = MemoryView.of(exporter);
    MemoryView sliced = first.slice(Slice.of(1L, null));
    MemoryView copy = MemoryView.of(first);
    MemoryView cast = first.cast("i");
    MemoryView readOnly = cast.toReadOnly();
    assertEquals(1, exporter.gets.get());
    assertSame(first.managedBuffer(), readOnly.managedBuffer());
    assertEquals(5, first.managedBuffer().pins());
    first.release(); // releasing the parent does not release its children
    assertEquals(0, exporter.releases.get());
    assertEquals(0, sliced.get(0)); // children stay usable after the parent is released
    for (MemoryView v : List.of(sliced, copy, cast)) {
      v.release();
      assertEquals(0, exporter.releases.get());
    }
    readOnly.release();
    assertEquals(1, exporter.releases.get());
    readOnly.release();
    first.close();
    assertEquals(1, exporter.releases.get());
  }

  @Test
  void aPinKeepsTheExportWithoutAView() {
    CountingExporter exporter = new CountingExporter(new byte[4]);
    MemoryView view = MemoryView.of(exporter);
    ManagedBuffer.Pin pin = view.managedBuffer().pin();
    view.release();
    assertEquals(0, exporter.releases.get());
    assertFalse(pin.buffer().isReleased());
    pin.close();
    pin.close(); // idempotent: only the first close counts
    assertEquals(1, exporter.releases.get());
    assertTrue(pin.buffer().isReleased());
    assertThrows(IllegalStateException.class, () -> pin.buffer().pin());
  }

  @Test
  void acquireValidatesWhatTheExporterReturnsAndReleasesWhatItRefuses() {
    int[] releases = {0};
    BufferExporter liar = new BufferExporter() {
      @Override
      public BufferInfo getBuffer(int flags) {
        return BufferInfo.fillInfo(this, ByteBuffer.allocate(4).asReadOnlyBuffer(), 0, 4, true, BufferFlags.SIMPLE);
      }

      @Override
      public void releaseBuffer(BufferInfo info) {
        releases[0]++;
      }
    };
    BufferException e = assertThrows(BufferException.class, () -> ManagedBuffer.acquire(liar, BufferFlags.WRITABLE));
    assertTrue(e.getMessage().contains("read-only memory for a WRITABLE request"), e.getMessage());
    assertEquals(1, releases[0]);
    assertThrows(IllegalArgumentException.class, () -> ManagedBuffer.acquire(liar, BufferFlags.READ));
    assertThrows(IllegalArgumentException.class, () -> ManagedBuffer.acquire(null, BufferFlags.FULL_RO));
    BufferExporter nothing = flags -> null;
    assertThrows(BufferException.class, () -> ManagedBuffer.acquire(nothing, BufferFlags.FULL_RO));
  }

  @Test
  void aRefusedViewReleasesItsExportAtOnce() {
    int[] releases = {0};
    BufferExporter pil = new BufferExporter() {
      @Override
      public BufferInfo getBuffer(int flags) {
        return new BufferInfo(ByteBuffer.allocate(8), 0, 8, false, 1, "B", 1, new long[] {8}, new long[] {1},
            new long[] {0}, this);
      }

      @Override
      public void releaseBuffer(BufferInfo info) {
        releases[0]++;
      }
    };
    BufferException e = assertThrows(BufferException.class, () -> MemoryView.of(pil));
    assertTrue(e.getMessage().contains("suboffsets"), e.getMessage());
    assertEquals(1, releases[0]);
  }

  /**
   * Sixteen threads derive, export and release views of one envelope in random order while the
   * original is released early: the exporter must be released exactly once, after the last view.
   */
  @Test
  void concurrentDeriveExportAndReleaseReleaseExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 50; round++) {
        CountingExporter exporter = new CountingExporter(new byte[64]);
        MemoryView root = MemoryView.of(exporter);
        List<MemoryView> seeds = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 16; t++) {
          seeds.add(MemoryView.of(root));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          MemoryView seed = seeds.get(t);
          long seed0 = round * 100L + t;
          futures.add(pool.submit(() -> churn(start, seed, new Random(seed0))));
        }
        root.release();
        start.countDown();
        for (Future<?> f : futures) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertEquals(1, exporter.gets.get());
        assertEquals(1, exporter.releases.get(), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Void churn(CountDownLatch start, MemoryView seed, Random random) throws InterruptedException {
    start.await();
    List<MemoryView> mine = new ArrayList<>(List.of(seed));
    for (int i = 0; i < 200; i++) {
      int pick = random.nextInt(mine.size());
      MemoryView v = mine.get(pick);
      switch (random.nextInt(4)) {
        case 0:
          mine.add(v.slice(Slice.of((long) random.nextInt(8), null)));
          break;
        case 1:
          mine.add(MemoryView.of(v));
          break;
        case 2:
          BufferInfo info = v.getBuffer(BufferFlags.FULL_RO);
          assertThrows(BufferException.class, v::release);
          v.releaseBuffer(info);
          break;
        default:
          if (mine.size() > 1) {
            mine.remove(pick); // by index: views are equal by value, not identity
            v.release();
          }
          break;
      }
    }
    Collections.shuffle(mine, random);
    for (MemoryView v : mine) {
      v.release();
    }
    return null;
  }
}
