package com.example.ticks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.view.RecordArray;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The generated TickView, used as an application would, against records that CPython packed. */
class TickViewTest {
  /** One record a line, from src/test/python/gen_ticks.py (CPython 3.13). */
  static final String TICKS = """
      01000000feff0341434d450000010002000300
      ffffffff0080ff5349584348520000ffff2c01
      d2029649ff7f80544f4f4c4f4e070008000900
      """;

  static byte[] record(int i) {
    return HexFormat.of().parseHex(TICKS.lines().toList().get(i));
  }

  static byte[] file() {
    return HexFormat.of().parseHex(TICKS.replace("\n", ""));
  }

  @Test
  void readsEveryFieldOfEveryRecord() {
    RecordArray<TickView> ticks = TickView.array(file());
    assertEquals(3, ticks.length());
    assertEquals("Tick[id=1, delta=-2, flags=3, symbol=ACME, levels=[1, 2, 3]]", ticks.get(0).toString());
    TickView edge = ticks.get(1);
    assertEquals(4294967295L, edge.id());
    assertEquals(Short.MIN_VALUE, edge.delta());
    assertEquals(255, edge.flags());
    assertEquals("SIXCHR", edge.symbol());
    assertArrayEquals(new int[] {0, 65535, 300}, edge.levels());
    assertEquals(65535, edge.levels(1));
    assertEquals("TOOLON", ticks.get(2).symbol());
  }

  @Test
  void movesOverTheRecordsOfOneArray() {
    byte[] file = file();
    TickView tick = TickView.wrap(file);
    long[] ids = new long[3];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tick.moveTo(i * TickView.SIZE).id();
    }
    assertArrayEquals(new long[] {1, 4294967295L, 1234567890}, ids);
  }

  @Test
  void packsTheBytesCPythonPacks() {
    assertEquals(19, TickView.SIZE);
    assertArrayEquals(record(0), TickView.pack(1, (short) -2, 3, "ACME", new int[] {1, 2, 3}));
    assertArrayEquals(record(2), TickView.pack(1234567890, (short) 32767, 128, "TOOLONGSYM", new int[] {7, 8, 9}));
  }

  @Test
  void settersWriteInPlaceAsStructPacks() {
    byte[] bytes = new byte[TickView.SIZE];
    TickView tick = TickView.wrap(bytes);
    tick.id(4294967295L);
    tick.delta(Short.MIN_VALUE);
    tick.flags(255);
    tick.symbol("SIXCHR");
    tick.levels(1, 65535);
    tick.levels(2, 300);
    assertEquals(HexFormat.of().formatHex(record(1)), HexFormat.of().formatHex(bytes));
    assertArrayEquals(new int[] {0, 65535, 300}, tick.unpack().levels());
  }
}
