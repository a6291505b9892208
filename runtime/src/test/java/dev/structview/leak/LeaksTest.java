package dev.structview.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.ByteArray;
import dev.structview.buffer.Exporters;
import dev.structview.view.ManagedBuffer;
import dev.structview.view.MemoryView;
import dev.structview.view.Slice;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the registry tracks for envelopes, at each level, and how it reports it. */
class LeaksTest {
  private final LeakLevel before = Leaks.level();

  @AfterEach
  void restoreTheLevel() {
    Leaks.setLevel(before);
  }

  @Test
  void levelsParseAsThePropertySpellsThem() {
    assertEquals(LeakLevel.OFF, LeakLevel.parse("off"));
    assertEquals(LeakLevel.COUNTS, LeakLevel.parse("COUNTS"));
    assertEquals(LeakLevel.TRACES, LeakLevel.parse(" traces "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LeakLevel.parse("trace"));
    assertEquals("-Dstructview.leaks=trace is not a leak level; use off, counts or traces", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LeakLevel.parse(null));
    assertThrows(IllegalArgumentException.class, () -> Leaks.setLevel(null));
    assertEquals("structview.leaks", LeakLevel.PROPERTY);
  }

  @Test
  void thePropertyChoosesTheFirstLevelAndATypoKeepsTheDefault() {
    assertEquals(LeakLevel.COUNTS, Leaks.initialLevel(null));
    assertEquals(LeakLevel.TRACES, Leaks.initialLevel("traces"));
    assertEquals(LeakLevel.OFF, Leaks.initialLevel("Off"));
    assertEquals(LeakLevel.COUNTS, Leaks.initialLevel("trace")); // logged as a warning, not thrown
  }

  @Test
  void anEnvelopeIsLiveFromItsRequestUntilItsLastViewGoes() {
    Leaks.setLevel(LeakLevel.COUNTS);
    long mark = Leaks.mark();
    ByteArray array = new ByteArray(new byte[4]);
    MemoryView view = MemoryView.of(array);
    MemoryView slice = view.slice(Slice.of(1L, null, null));
    List<Leak> live = Leaks.unreleasedSince(mark);
    assertEquals(1, live.size(), live.toString());
    Leak leak = live.get(0);
    assertEquals(Leak.Kind.MANAGED_BUFFER, leak.kind());
    assertEquals("ManagedBuffer[pins=2, exporter=ByteArray[length=4, exports=1]]", leak.resource());
    assertEquals(Thread.currentThread().getName(), leak.thread());
    assertEquals(List.of(), leak.site()); // counts: no stack
    assertFalse(leak.collected());
    assertTrue(leak.id() > mark);
    assertTrue(Leaks.live().contains(leak));
    view.release();
    assertEquals(1, Leaks.unreleasedSince(mark).size(), "a derived view still holds the export");
    slice.release();
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
  }

  @Test
  void exportersWithNothingToReleaseAreNotTracked() {
    Leaks.setLevel(LeakLevel.TRACES);
    long mark = Leaks.mark();
    MemoryView array = MemoryView.of(new byte[8]);
    MemoryView buffer = MemoryView.of(ByteBuffer.allocateDirect(8));
    MemoryView bytes = MemoryView.of(Exporters.readOnly(new byte[8]));
    MemoryView lambda = MemoryView.of(flags -> Exporters.writable(new byte[8]).getBuffer(flags));
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
    // A view is an exporter with a release: an envelope over it is tracked.
    ManagedBuffer.Pin reExport = ManagedBuffer.acquire(array, BufferFlags.FULL_RO);
    List<Leak> live = Leaks.unreleasedSince(mark);
    assertEquals(1, live.size(), live.toString());
    assertTrue(live.get(0).resource().startsWith("ManagedBuffer[pins=1, exporter=MemoryView["), live.toString());
    reExport.close();
    for (MemoryView v : List.of(array, buffer, bytes, lambda)) {
      v.release();
    }
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
  }

  @Test
  void tracesRecordsTheStackThatAcquired() {
    Leaks.setLevel(LeakLevel.TRACES);
    long mark = Leaks.mark();
    try (MemoryView view = MemoryView.of(new ByteArray(new byte[2]))) {
      Leak leak = Leaks.unreleasedSince(mark).get(0);
      StackTraceElement caller = leak.site().get(0);
      assertEquals(LeaksTest.class.getName(), caller.getClassName(), leak.site().toString());
      assertEquals("tracesRecordsTheStackThatAcquired", caller.getMethodName());
      assertTrue(leak.site().size() > 1);
      assertTrue(leak.site().size() <= 64);
      assertTrue(view.nbytes() == 2);
    }
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
  }

  @Test
  void offTracksNothing() {
    Leaks.setLevel(LeakLevel.OFF);
    long mark = Leaks.mark();
    MemoryView view = MemoryView.of(new ByteArray(new byte[2]));
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
    assertEquals(mark, Leaks.mark());
    Leaks.setLevel(LeakLevel.COUNTS);
    view.release(); // releasing an untracked envelope under another level is fine
    assertEquals(List.of(), Leaks.unreleasedSince(mark));
  }

  @Test
  void anEntryNamesTheResourceTheThreadAndTheSite() {
    StackTraceElement here = new StackTraceElement("com.example.Parser", "read", "Parser.java", 42);
    StackTraceElement there = new StackTraceElement("com.example.Main", "main", "Main.java", 7);
    assertEquals("ManagedBuffer[pins=1, exporter=X], acquired on thread \"main\" (no site recorded;"
        + " -Dstructview.leaks=traces records it)",
        new Leak(1, Leak.Kind.MANAGED_BUFFER, "ManagedBuffer[pins=1, exporter=X]", "main", List.of(), false)
            .toString());
    assertEquals("block #3 (64 bytes) of HEAP allocator heap-1, garbage-collected without being freed,"
        + " allocated on thread \"worker-2\" at com.example.Parser.read(Parser.java:42)",
        new Leak(2, Leak.Kind.BLOCK, "block #3 (64 bytes) of HEAP allocator heap-1", "worker-2", List.of(here),
            true).toString());
    assertEquals("ManagedBuffer[exporter=a.B@1f], garbage-collected without being released, acquired on"
        + " thread \"main\" at:\n      at com.example.Parser.read(Parser.java:42)\n"
        + "      at com.example.Main.main(Main.java:7)",
        new Leak(3, Leak.Kind.MANAGED_BUFFER, "ManagedBuffer[exporter=a.B@1f]", "main", List.of(here, there),
            true).toString());
  }

  @Test
  void aReportCountsThenListsOneEntryPerLine() {
    Leak one = new Leak(1, Leak.Kind.MANAGED_BUFFER, "ManagedBuffer[pins=1, exporter=X]", "main", List.of(), false);
    Leak two = new Leak(2, Leak.Kind.BLOCK, "block #1 (1 byte) of HEAP allocator a", "main", List.of(), false);
    assertEquals("", Leaks.report(List.of()));
    assertEquals("1 structview resource was not released:\n  " + one, Leaks.report(List.of(one)));
    assertEquals("2 structview resources were not released:\n  " + one + "\n  " + two,
        Leaks.report(List.of(one, two)));
    assertThrows(IllegalArgumentException.class, () -> Leaks.report(null));
  }

  @Test
  void longSitesAreCutInTheReportButKeptWhole() {
    StackTraceElement frame = new StackTraceElement("a.B", "c", "B.java", 1);
    Leak deep = new Leak(1, Leak.Kind.BLOCK, "block", "main", java.util.Collections.nCopies(30, frame), false);
    assertEquals(30, deep.site().size());
    assertTrue(deep.toString().endsWith("\n      at a.B.c(B.java:1)\n      ... 6 more"), deep.toString());
  }
}
